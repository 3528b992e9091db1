import { copyFileSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReplayCache } from "../../src/adapters/replay-cache.js";
import { tempTree } from "../helpers/temp-dir.js";

const key = (n: number) => n.toString(16).padStart(64, "0");
const entry = (n: number, size = 16) => ({
  key: key(n),
  record: { migrations: n, note: "ünïcode" },
  database: new Uint8Array(size).fill(n),
});
/** What `get` gave back, with its database read. */
const got = (cache: ReplayCache, n: number) => {
  const stored = cache.get(key(n));
  return stored && { key: stored.key, record: stored.record, database: stored.database() };
};

describe("the replay cache store", () => {
  it("gives back what it stored, byte for byte", () => {
    const cache = new ReplayCache(join(tempTree({}), "cache"));
    expect(cache.get(key(1))).toBeUndefined();
    cache.put(entry(1));
    expect(got(cache, 1)).toEqual(entry(1));
  });

  it("treats a damaged, truncated or foreign entry as a miss, never as an error", () => {
    const dir = join(tempTree({}), "cache");
    const cache = new ReplayCache(dir);
    cache.put(entry(1));
    cache.put(entry(2));
    const file = (n: number) => join(dir, `${key(n)}.entry`);
    const bytes = readFileSync(file(1));
    // A damaged database: the record is still sound, the bytes are refused when asked for.
    bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 0xff, bytes.length - 1);
    writeFileSync(file(1), bytes);
    expect(cache.get(key(1))?.record).toEqual(entry(1).record);
    expect(cache.get(key(1))?.database()).toBeUndefined();
    // A damaged record: a miss.
    const header = Buffer.from(bytes);
    const at = header.indexOf("ünïcode");
    header.writeUInt8((header[at] ?? 0) ^ 0x01, at);
    writeFileSync(file(1), header);
    expect(cache.get(key(1))).toBeUndefined();
    writeFileSync(file(2), readFileSync(file(2)).subarray(0, 20));
    expect(cache.get(key(2))).toBeUndefined();
    // An intact entry under another key's name answers for its own key only.
    cache.put(entry(3));
    copyFileSync(file(3), file(4));
    expect(cache.get(key(4))).toBeUndefined();
    writeFileSync(file(5), "not an entry at all");
    expect(cache.get(key(5))).toBeUndefined();
    expect(got(cache, 3)).toEqual(entry(3));
  });

  it("reads the database only when asked, from the file as it is then", () => {
    const dir = join(tempTree({}), "cache");
    const cache = new ReplayCache(dir);
    const file = join(dir, `${key(6)}.entry`);
    cache.put(entry(6, 64));
    const whole = readFileSync(file);
    // A header length beyond the file is damage, never an allocation of that size.
    const huge = Buffer.from(whole);
    huge.writeUInt32BE(0xfffffff0, "lockstep-replay-cache/2\n".length);
    writeFileSync(file, huge);
    expect(cache.get(key(6))).toBeUndefined();
    // Cut after the header: the record is there, the database is not.
    writeFileSync(file, whole.subarray(0, whole.length - 40));
    const cut = cache.get(key(6));
    expect(cut?.record).toEqual(entry(6).record);
    expect(cut?.database()).toBeUndefined();
    // Stored whole again after the record was read: the database is read from the file as it is now.
    writeFileSync(file, whole);
    expect(cut?.database()).toEqual(entry(6, 64).database);
  });

  it("stays within its bound, dropping the least recently used entries", () => {
    const dir = join(tempTree({}), "cache");
    const cache = new ReplayCache(dir, 3 * 1250);
    for (const n of [1, 2, 3]) {
      cache.put(entry(n, 1000));
      const then = new Date(Date.now() - (10 - n) * 60_000);
      utimesSync(join(dir, `${key(n)}.entry`), then, then);
    }
    expect(cache.get(key(1))).toBeDefined(); // used now: the newest
    cache.put(entry(4, 1000));
    expect(readdirSync(dir).sort()).toEqual([key(1), key(3), key(4)].map((k) => `${k}.entry`));
  });

  it("leaves the replay alone when it cannot write", () => {
    const root = tempTree({ cache: "a file where the directory should be" });
    const cache = new ReplayCache(join(root, "cache"));
    expect(() => cache.put(entry(1))).not.toThrow();
    expect(cache.get(key(1))).toBeUndefined();
  });
});
