import { describe, expect, it } from "vitest";
import { generateMigrations } from "../../bench/generate.js";
import { schemaObjectCount } from "../../bench/raw.js";
import { openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";
import { replayUpDownUp } from "../helpers/replay-check.js";

describe("generateMigrations", () => {
  const migrations = generateMigrations(200);
  /** What the replay test below replays: every kind of change is in it already. */
  const replayed = migrations.slice(0, 120);

  it("is deterministic for a seed and varies with it", () => {
    expect(generateMigrations(200)).toEqual(migrations);
    expect(generateMigrations(50, 7)).toEqual(generateMigrations(50, 7));
    expect(generateMigrations(50, 8)).not.toEqual(generateMigrations(50, 7));
  });

  it("numbers versions 0001… and names files safely", () => {
    expect(migrations.map((m) => m.version)).toEqual(
      migrations.map((_, i) => String(i + 1).padStart(4, "0")),
    );
    for (const m of migrations) expect(m.name).toMatch(/^[a-z0-9_]+$/);
  });

  it("exercises every kind of change", () => {
    const ups = replayed.map((m) => m.up).join("\n");
    const constructs: [string, RegExp][] = [
      ["create table", /^CREATE TABLE \w+ \(/m],
      ["foreign key to an earlier table", /REFERENCES \w+ \(id\) ON DELETE CASCADE/],
      ["add column", /^ALTER TABLE \w+ ADD COLUMN /m],
      ["drop column", /^ALTER TABLE \w+ DROP COLUMN /m],
      ["view", /^CREATE VIEW /m],
      ["index", /^CREATE INDEX /m],
      ["partial index", /^CREATE INDEX .* WHERE /m],
      ["unique index", /^CREATE UNIQUE INDEX /m],
      ["trigger", /^CREATE TRIGGER /m],
      ["backfill update", /^UPDATE \w+ SET /m],
      ["backfill insert…select", /^INSERT INTO \w+ \([^)]*\)\nSELECT /m],
      ["drop index", /^DROP INDEX /m],
      ["drop view", /^DROP VIEW /m],
      ["drop table", /^DROP TABLE \w+;$/m],
      ["check constraint", /CHECK \(/],
    ];
    for (const [what, pattern] of constructs) expect(ups, what).toMatch(pattern);

    // A rebuild copies into a new table, renames it, and recreates the indexes the drop took away.
    const rebuild = migrations.find(
      (m) => /RENAME TO/.test(m.up) && /RENAME TO[\s\S]*CREATE (UNIQUE )?INDEX/.test(m.up),
    );
    expect(rebuild?.up).toMatch(
      /CREATE TABLE (\w+)_new[\s\S]*INSERT INTO \1_new[\s\S]*DROP TABLE \1;\s+ALTER TABLE \1_new RENAME TO \1;/,
    );
    expect(rebuild?.down).toMatch(/RENAME TO/);
  });

  it("replays up, down, up on SQLite with every down restoring the schema", async () => {
    const db = await openMemoryDatabase();
    try {
      // Data-only backfills change no schema, so an unchanged schema after an up is allowed here.
      expect(replayUpDownUp(db, replayed, undefined, false)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("with data, fills every table it creates and still replays up, down, up cleanly", async () => {
    const withData = generateMigrations(80, 1, { data: true });
    const db = await openMemoryDatabase();
    try {
      expect(replayUpDownUp(db, withData, undefined, false)).toEqual([]);
      const tables = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
      );
      const names = tables.rows().map(([name]) => String(name));
      tables.finalize();
      expect(names.length).toBeGreaterThan(10);
      const empty = names.filter((name) => {
        const count = db.prepare(`SELECT count(*) FROM "${name}"`);
        const n = Number(count.rows()[0]?.[0] ?? 0);
        count.finalize();
        return n === 0;
      });
      expect(empty).toEqual([]);
    } finally {
      db.close();
    }
    // Without the option the history is the one it always was.
    expect(generateMigrations(80, 1)).toEqual(generateMigrations(80, 1, { data: false }));
  });

  it("keeps growing: a 1,000-migration history leaves a few hundred objects", async () => {
    const count = await schemaObjectCount(generateMigrations(1000));
    expect(count).toBeGreaterThan(300);
    expect(count).toBeLessThan(1000);
  });
});
