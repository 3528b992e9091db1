import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatabaseReport } from "../../src/core/report.js";
import type { SchemaObject } from "../../src/core/schema/index.js";
import {
  cachedVerdicts,
  decodeRecord,
  encodeRecord,
  type PrefixRecord,
} from "../../src/engine/replay/prefix-record.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { CASES, CORPORA, present } from "../helpers/corpora.js";
import { tempTree } from "../helpers/temp-dir.js";

const EXAMPLES = resolve(import.meta.dirname, "../../migrations");

/** A report as a user compares two runs: everything but how long each migration took. */
function verdicts(report: DatabaseReport) {
  return { ...report, migrations: report.migrations.map(({ ms: _ms, ...rest }) => rest) };
}

async function replay(cwd: string, cache: string | false, down: "all" | "new" | "none" = "all") {
  const { report } = await runReplay({ cwd, dir: "migrations", cache, down });
  return report.databases[0] as DatabaseReport;
}

function project(): string {
  const cwd = tempTree({});
  cpSync(EXAMPLES, join(cwd, "migrations"), { recursive: true });
  return cwd;
}

describe("the verified-prefix cache", () => {
  it("gives a warm run the cold run's report, read from the cache", async () => {
    const cwd = project();
    const cache = join(cwd, ".cache");
    const cold = await replay(cwd, cache);
    expect(readdirSync(cache).filter((f) => f.endsWith(".entry"))).toHaveLength(1);
    const warm = await replay(cwd, cache);
    expect(verdicts(warm)).toEqual(verdicts(cold));
    // The timings are the cold run's own: nothing was replayed again.
    expect(warm.migrations.map((m) => m.ms)).toEqual(cold.migrations.map((m) => m.ms));
  });

  it("replays from an edited migration on, and reports what the edit broke", async () => {
    const cwd = project();
    const cache = join(cwd, ".cache");
    await replay(cwd, cache);
    writeFileSync(join(cwd, "migrations/0011_archive_projects.down.sql"), "DROP TABLE nowhere;\n");
    const warm = await replay(cwd, cache);
    const cold = await replay(cwd, false);
    expect(verdicts(warm)).toEqual(verdicts(cold));
    expect(warm.findings.map((f) => f.rule)).toContain("down-failed");
  });

  it("loads the prefix a longer history shares, and replays only what was added", async () => {
    const cwd = project();
    const cache = join(cwd, ".cache");
    const before = await replay(cwd, cache, "none");
    writeFileSync(join(cwd, "migrations/0012_tags.up.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
    writeFileSync(join(cwd, "migrations/0012_tags.down.sql"), "DROP TABLE tags;\n");
    const warm = await replay(cwd, cache, "none");
    const cold = await replay(cwd, false, "none");
    expect(verdicts(warm)).toEqual(verdicts(cold));
    expect(warm.migrations.slice(0, 11).map((m) => m.ms)).toEqual(before.migrations.map((m) => m.ms));
  });

  it("answers a whole cached history from its record alone, and opens the database only to replay on it", async () => {
    const cwd = project();
    const cache = join(cwd, ".cache");
    const cold = await replay(cwd, cache, "none");
    // The stored database is damaged: a run of the same history never opens it.
    const [file] = readdirSync(cache).filter((f) => f.endsWith(".entry"));
    const path = join(cache, file as string);
    const bytes = readFileSync(path);
    bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 0xff, bytes.length - 1);
    writeFileSync(path, bytes);
    const warm = await replay(cwd, cache, "none");
    expect(verdicts(warm)).toEqual(verdicts(cold));
    expect(warm.migrations.map((m) => m.ms)).toEqual(cold.migrations.map((m) => m.ms));
    // A longer history would start from that database: it is refused, and the whole history replayed.
    writeFileSync(join(cwd, "migrations/0012_tags.up.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
    writeFileSync(join(cwd, "migrations/0012_tags.down.sql"), "DROP TABLE tags;\n");
    const longer = await replay(cwd, cache, "none");
    expect(verdicts(longer)).toEqual(verdicts(await replay(cwd, false, "none")));
    expect(longer.migrations.slice(0, 11).map((m) => m.ms)).not.toEqual(cold.migrations.map((m) => m.ms));
  });

  it("ignores entries it cannot trust, and --no-cache writes none", async () => {
    const cwd = project();
    const cache = join(cwd, ".cache");
    const cold = await replay(cwd, cache);
    for (const file of readdirSync(cache)) writeFileSync(join(cache, file), "garbage");
    expect(verdicts(await replay(cwd, cache))).toEqual(verdicts(cold));
    const untouched = tempTree({});
    cpSync(EXAMPLES, join(untouched, "migrations"), { recursive: true });
    await replay(untouched, false);
    expect(readdirSync(untouched)).toEqual(["migrations"]);
  });

  it.runIf(present)("gives every shared corpus the same findings warm as cold", async () => {
    for (const c of CASES.filter((c) => !c.functions)) {
      const cwd = tempTree({});
      cpSync(join(CORPORA, c.set, c.dir), join(cwd, "migrations"), { recursive: true });
      const cache = join(cwd, ".cache");
      const run = async () =>
        (await runReplay({ cwd, dir: "migrations", cache })).report.databases[0] as DatabaseReport;
      if (c.layout)
        writeFileSync(
          join(cwd, "lockstep.config.json"),
          JSON.stringify({ databases: [{ name: c.set, dir: "migrations", layout: c.layout }] }),
        );
      const cold = await run();
      const warm = await run();
      expect(verdicts(warm), c.set).toEqual(verdicts(cold));
    }
  });
});

describe("records read back from the cache", () => {
  it("share one model per key and engine, so unchanged objects compare as the same object", () => {
    const table = (): SchemaObject =>
      JSON.parse(
        JSON.stringify({
          kind: "table",
          name: "users",
          columns: [],
          foreignKeys: [],
          checks: [],
          strict: false,
          withoutRowid: false,
          sql: "CREATE TABLE users (id INTEGER)",
        }),
      );
    const record = (obj: SchemaObject): PrefixRecord => ({
      count: 1,
      reports: [],
      findings: [],
      touched: [],
      reportedIntegrity: [],
      pragmas: [],
      models: [["table users users CREATE TABLE users (id INTEGER)", obj]],
      final: [],
    });
    const objectOf = (r: PrefixRecord | undefined) => r && [...cachedVerdicts(r).schema.objects.values()][0];
    const stored = encodeRecord(record(table()));
    // As an entry keeps it: the model is a JSON text of its own.
    expect(typeof stored.models[0]?.[1]).toBe("string");
    const head = objectOf(decodeRecord(stored, "native 3.54.1"));
    expect(head).toEqual(table());
    expect(objectOf(decodeRecord(encodeRecord(record(table())), "native 3.54.1"))).toBe(head);
    // A key met before is not parsed again: its text is not even read.
    const known = { ...stored, models: stored.models.map(([key]) => [key, "not json"] as [string, string]) };
    expect(objectOf(decodeRecord(known, "native 3.54.1"))).toBe(head);
    const other = objectOf(decodeRecord(encodeRecord(record(table())), "wasm 3.54.1"));
    expect(other).not.toBe(head);
    expect(other).toEqual(head);
    // A model no record had that is not JSON: the entry is not used.
    const fresh = {
      ...stored,
      models: [["table other other CREATE TABLE other (x)", "{"]] as [string, string][],
    };
    expect(decodeRecord(fresh, "native 3.54.1")).toBeUndefined();
  });
});
