import { describe, expect, it } from "vitest";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { type EngineName, nativeAvailable, openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";
import { diffSchemas, isEmptyDiff, renderDiffText, serializeSchema } from "../../src/core/schema/index.js";

const engines: EngineName[] = (await nativeAvailable()) ? ["native", "wasm"] : ["wasm"];

/** Double-quoted words SQLite reads as strings, beside double-quoted names it reads as columns and rowids. */
const SCHEMA = `
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  k TEXT CHECK (k IN ("a", "it's ""x""")),
  n INTEGER CHECK ("n" > 0 AND "rowid" > 0),
  g TEXT AS ("k" || "-" || "rowid"),
  later INTEGER,
  CHECK ("later" <> "later-string" COLLATE "nocase"),
  CHECK (CAST("n" AS "text") <> "t")
);
CREATE TABLE w (k TEXT PRIMARY KEY, v TEXT, CHECK ("rowid" <> "v")) WITHOUT ROWID;
CREATE INDEX t_k ON t (k || "x" || "rowid") WHERE "n" <> "none" AND "rowid" > 0;
CREATE INDEX w_v ON w (v) WHERE "rowid" <> "v";
CREATE VIEW tv AS SELECT "k", "z" AS zz, "n" FROM t WHERE "k" <> "none" AND "rowid" > 0;
CREATE VIEW tv2 AS SELECT "zz", "k" FROM tv WHERE "zz" = "q";
`;

for (const engine of engines) {
  describe(`the ${engine} engine's own rewrite of double-quoted strings`, () => {
    it("ALTER TABLE RENAME COLUMN single-quotes the stored strings; the schema read is the same", async () => {
      const db = await openMemoryDatabase(engine);
      db.exec(SCHEMA);
      const stored = () =>
        db
          .prepare("SELECT sql FROM sqlite_schema ORDER BY name")
          .rows()
          .map((r) => r[0]);
      const before = stored();
      const schema = new SchemaReader(db, "scan").read();
      // A rename there and back: SQLite rewrites every stored statement's double-quoted strings on the way.
      db.exec("ALTER TABLE t RENAME COLUMN later TO l2; ALTER TABLE t RENAME COLUMN l2 TO later;");
      db.exec("ALTER TABLE w RENAME COLUMN v TO v2; ALTER TABLE w RENAME COLUMN v2 TO v;");
      const after = stored();
      expect(after).not.toEqual(before);
      expect(after.join("\n")).toContain(`CHECK (k IN ('a', 'it''s "x"'))`);
      expect(after.join("\n")).toContain(`CHECK ("n" > 0 AND "rowid" > 0)`);
      expect(after.join("\n")).toContain(`CHECK ('rowid' <> "v")`);
      expect(after.join("\n")).toContain(`t (k || 'x' || 'rowid') WHERE "n" <> 'none' AND "rowid" > 0`);
      expect(after.join("\n")).toContain(
        `SELECT "k", 'z' AS zz, "n" FROM t WHERE "k" <> 'none' AND "rowid" > 0`,
      );
      expect(after.join("\n")).toContain(`SELECT "zz", "k" FROM tv WHERE "zz" = 'q'`);
      const again = new SchemaReader(db, "scan").read();
      const diff = diffSchemas(schema, again);
      if (!isEmptyDiff(diff)) throw new Error(renderDiffText(diff));
      expect(JSON.stringify(serializeSchema(again))).toBe(JSON.stringify(serializeSchema(schema)));
      db.close();
    });

    it("RENAME COLUMN of the INTEGER PRIMARY KEY writes the rowid's names as the column's; the schema read is the same", async () => {
      const db = await openMemoryDatabase(engine);
      db.exec(`
        CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, CHECK (rowid > 0 AND oid <> n AND _rowid_ < 1e9));
        CREATE INDEX t_n ON t (n) WHERE rowid > 5;
        CREATE TABLE u (n INTEGER, key INTEGER, PRIMARY KEY (key), CHECK ("rowid" > 0));
      `);
      const stored = () =>
        db
          .prepare("SELECT sql FROM sqlite_schema ORDER BY name")
          .rows()
          .map((r) => r[0])
          .join("\n");
      const schema = new SchemaReader(db, "scan").read();
      db.exec("ALTER TABLE t RENAME COLUMN id TO tid; ALTER TABLE t RENAME COLUMN tid TO id;");
      db.exec("ALTER TABLE u RENAME COLUMN key TO k; ALTER TABLE u RENAME COLUMN k TO key;");
      expect(stored()).toContain("CHECK (id > 0 AND id <> n AND id < 1e9)");
      expect(stored()).toContain("WHERE id > 5");
      expect(stored()).toContain('CHECK ("key" > 0)');
      const diff = diffSchemas(schema, new SchemaReader(db, "scan").read());
      if (!isEmptyDiff(diff)) throw new Error(renderDiffText(diff));
      db.close();
    });

    it("keeps the rowid apart from a column that is not its alias", async () => {
      const db = await openMemoryDatabase(engine);
      // INT is not INTEGER, DESC in the column is no alias, and a column named rowid is that column.
      const read = (sql: string) => {
        db.exec("DROP TABLE IF EXISTS t");
        db.exec(sql);
        return new SchemaReader(db, "scan").read();
      };
      for (const [a, b] of [
        [
          "CREATE TABLE t (id INT PRIMARY KEY, CHECK (rowid > 0))",
          "CREATE TABLE t (id INT PRIMARY KEY, CHECK (id > 0))",
        ],
        [
          "CREATE TABLE t (id INTEGER PRIMARY KEY DESC, CHECK (rowid > 0))",
          "CREATE TABLE t (id INTEGER PRIMARY KEY DESC, CHECK (id > 0))",
        ],
        [
          "CREATE TABLE t (id INTEGER PRIMARY KEY, rowid INTEGER, CHECK (rowid > 0))",
          "CREATE TABLE t (id INTEGER PRIMARY KEY, rowid INTEGER, CHECK (id > 0))",
        ],
      ] as const)
        expect(isEmptyDiff(diffSchemas(read(a), read(b))), a).toBe(false);
      expect(
        isEmptyDiff(
          diffSchemas(
            read("CREATE TABLE t (id INTEGER PRIMARY KEY, CHECK (rowid > 0))"),
            read("CREATE TABLE t (id INTEGER PRIMARY KEY, CHECK (id > 0))"),
          ),
        ),
      ).toBe(true);
      db.close();
    });
  });
}
