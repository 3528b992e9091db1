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
  });
}
