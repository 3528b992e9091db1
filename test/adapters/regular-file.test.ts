import { closeSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularBytes, readUpTo } from "../../src/adapters/regular-file.js";
import { tempTree } from "../helpers/temp-dir.js";

/** Bytes that differ from position to position, so a chunk out of place or a byte left unread shows. */
function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

function readAll(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    return readUpTo(fd, limit);
  } finally {
    closeSync(fd);
  }
}

describe("readUpTo", () => {
  it("gives exactly the file's bytes, whether it fits one read or spans several megabyte chunks", () => {
    const root = tempTree({});
    for (const size of [0, 1, 4095, 4096, 8193, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 2.5 * (1 << 20)]) {
      const path = join(root, `f${size}`);
      const bytes = pattern(size);
      writeFileSync(path, bytes);
      // As the readers call it: the size stat gave, plus one byte to notice a file that grew.
      const read = readAll(path, size + 1);
      expect(read.length, `size ${size}`).toBe(size);
      expect(read.equals(bytes), `size ${size}`).toBe(true);
    }
  });

  it("stops at the limit when the file holds more", () => {
    const root = tempTree({});
    const path = join(root, "big");
    const bytes = pattern(3 << 20);
    writeFileSync(path, bytes);
    for (const limit of [10, 1 << 20, (1 << 20) + 7, 2 << 20]) {
      const read = readAll(path, limit);
      expect(read.length).toBe(limit);
      expect(read.equals(bytes.subarray(0, limit))).toBe(true);
    }
  });

  it("hands out only bytes that were read: many small files read in a row each give their own", () => {
    const root = tempTree({});
    const texts = Array.from({ length: 200 }, (_, i) => `-- file ${i}\n${"x".repeat(i % 37)}`);
    for (const [i, text] of texts.entries()) writeFileSync(join(root, `m${i}.sql`), text);
    const read = texts.map((_, i) => {
      const result = readRegularBytes(join(root, `m${i}.sql`), 1 << 20);
      return result.ok ? result.bytes.toString("utf8") : result.why;
    });
    expect(read).toEqual(texts);
  });
});
