import { describe, expect, it } from "vitest";
import { generateMigrations } from "../../bench/generate.js";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { type SqlDatabase as Database, openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";
import type { MigrationScript } from "../../src/core/migration.js";
import {
  diffSchemas,
  isEmptyDiff,
  renderDiffText,
  type Schema,
  serializeSchema,
} from "../../src/core/schema/index.js";
import { executeScript } from "../../src/engine/replay/execute.js";

const script = (sql: string, transaction = false): MigrationScript => ({
  file: "test.sql",
  chunks: [{ sql, line: 1, column: 1 }],
  transaction,
});

/** What a reader that has never seen this database says: the reference every incremental read must match. */
function fresh(db: Database): Schema {
  return new SchemaReader(db, "scan").read();
}

function expectSame(actual: Schema, db: Database, step: string): void {
  const diff = diffSchemas(fresh(db), actual);
  if (!isEmptyDiff(diff)) throw new Error(`${step}: the incremental read differs\n${renderDiffText(diff)}`);
  expect(JSON.stringify(serializeSchema(actual))).toBe(JSON.stringify(serializeSchema(fresh(db))));
}

describe("SchemaReader", () => {
  it("matches a fresh read after every up, down and redo of a generated 100-migration history", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    reader.read();
    for (const m of generateMigrations(100, 7)) {
      for (const [label, sql] of [
        ["up", m.up],
        ["down", m.down],
        ["redo", m.up],
      ] as const) {
        const result = executeScript(db, script(sql, label === "down"));
        expect(result.ok, `${m.version} ${label}: ${result.failure?.message}`).toBe(true);
        expectSame(reader.read(result.schemaWrites), db, `${m.version} ${label}`);
      }
    }
    // Only rows that changed were brought into JavaScript, never the whole schema per step.
    expect(reader.stats.rowsFetched).toBeLessThan(reader.stats.reads * 8);
    db.close();
  });

  it("classifies a script's schema writes from its statements", async () => {
    const db = await openMemoryDatabase();
    const writes = (sql: string) => executeScript(db, script(sql)).schemaWrites;
    expect(writes("CREATE TABLE a (x); INSERT INTO a VALUES (1); CREATE INDEX a_x ON a (x);")).toBe("insert");
    expect(writes("UPDATE a SET x = 2; PRAGMA foreign_keys = OFF;")).toBe("none");
    expect(writes("DROP INDEX a_x;")).toEqual({ drop: ["a_x"] });
    expect(writes("ALTER TABLE a ADD COLUMN y;")).toEqual({ alter: ["a"] });
    expect(writes('ALTER TABLE main."A" DROP COLUMN y; ALTER TABLE a ADD z;')).toEqual({ alter: ["a"] });
    expect(writes("ALTER TABLE a RENAME COLUMN z TO w;")).toBe("any");
    expect(writes("ALTER TABLE a RENAME w TO v;")).toBe("any");
    expect(writes("CREATE TABLE c (x); ALTER TABLE c ADD COLUMN y;")).toEqual({
      mixed: { drops: [], alters: ["c"], renames: [] },
    });
    expect(writes("CREATE TABLE b (x); DROP TABLE b;")).toEqual({
      mixed: { drops: ["b"], alters: [], renames: [] },
    });
    expect(writes('CREATE TABLE a_new (x); DROP TABLE a; ALTER TABLE a_new RENAME TO "A";')).toEqual({
      mixed: { drops: ["a"], alters: [], renames: [{ from: "a_new", to: "a" }] },
    });
    expect(writes("PRAGMA writable_schema = OFF;")).toBe("any");
    expect(writes("CREATE TABLE a (x);")).toBe("any"); // failed: part of it may have run
    expect(writes('DROP TABLE IF EXISTS main."A"; DROP VIEW IF EXISTS v;')).toEqual({ drop: ["a", "v"] });
    expect(writes("DROP TABLE IF EXISTS temp.t;")).toBe("any");
    db.close();
  });

  it("a hint the row count or the last rowid contradicts costs a full delta, never a wrong schema", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    db.exec("CREATE TABLE a (x); CREATE TABLE b (y); CREATE INDEX b_y ON b (y);");
    reader.read();
    // The new index takes the rowid of the dropped one: same count, no larger rowid.
    db.exec("DROP INDEX b_y; CREATE INDEX a_x ON a (x);");
    expectSame(reader.read("insert"), db, "insert hint after a drop and a create");
    db.exec("CREATE TABLE c (v);");
    expectSame(reader.read({ drop: ["c"] }), db, "drop hint after a create");
    db.exec("DROP TABLE c; CREATE TABLE d (w); CREATE TABLE e (u);");
    expectSame(reader.read("insert"), db, "insert hint after a drop and two creates");
    db.close();
  });

  it("a DROP hint reads what went, whether nothing or a table with many indexes", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    const indexes = Array.from({ length: 20 }, (_, i) => `CREATE INDEX w_${i} ON w (c${i % 4});`);
    db.exec(`CREATE TABLE a (x); CREATE TABLE w (c0, c1, c2, c3 UNIQUE); ${indexes.join(" ")}`);
    reader.read();
    db.exec("DROP TABLE IF EXISTS missing;");
    expectSame(reader.read({ drop: ["missing"] }), db, "a drop of a missing table");
    db.exec("DROP TABLE w;");
    expectSame(reader.read({ drop: ["w"] }), db, "a table with 21 indexes");
    db.close();
  });

  it("a mixed hint (a table rebuild, RENAME TO) follows every row that refers to the renamed table", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    const run = (sql: string) => {
      const result = executeScript(db, script(sql));
      expect(result.ok, result.failure?.message).toBe(true);
      expect(result.schemaWrites).toHaveProperty("mixed");
      return reader.read(result.schemaWrites);
    };
    db.exec(`PRAGMA case_sensitive_like = ON;
      CREATE TABLE Parent (id INTEGER PRIMARY KEY, v TEXT COLLATE NOCASE);
      CREATE INDEX parent_v ON Parent (v);
      CREATE TABLE child (p INTEGER REFERENCES "PARENT" (id));
      CREATE VIEW names AS SELECT v FROM parent;
      CREATE TRIGGER t AFTER INSERT ON child BEGIN UPDATE Parent SET v = v WHERE id = NEW.p; END;
      CREATE VIRTUAL TABLE search USING fts5(body);
      CREATE TABLE last (x);`);
    reader.read();
    expectSame(
      run("ALTER TABLE parent RENAME TO Elder;"),
      db,
      "a rename another table's FK, a view and a trigger name",
    );
    // The newest row goes and new rows take its rowid.
    expectSame(
      run(
        `DROP TABLE last; DROP TRIGGER t; DROP VIEW names;
        CREATE TABLE elder_new (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO elder_new SELECT id, v FROM elder;
        DROP TABLE elder; ALTER TABLE elder_new RENAME TO elder; CREATE INDEX elder_v ON elder (v);
        CREATE TRIGGER t AFTER INSERT ON child BEGIN UPDATE elder SET v = v WHERE id = NEW.p; END;`,
      ),
      db,
      "a rebuild",
    );
    expectSame(run("CREATE TABLE x (a); DROP TABLE search;"), db, "a dropped virtual table (a full read)");
    expectSame(
      run("ALTER TABLE x ADD COLUMN b; CREATE TABLE y (c); DROP TABLE child;"),
      db,
      "an ALTER beside others",
    );
    db.close();
  });

  it("an ALTER hint whose table cannot be found in place costs a full delta, never a wrong schema", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    db.exec("CREATE TABLE a (x); CREATE TABLE b (y); CREATE INDEX b_y ON b (y COLLATE NOCASE);");
    reader.read();
    db.exec("ALTER TABLE a ADD COLUMN z TEXT;");
    expectSame(reader.read({ alter: ["a"] }), db, "the altered table");
    db.exec("ALTER TABLE b RENAME TO c;");
    expectSame(reader.read({ alter: ["b"] }), db, "a rename passed off as an ALTER");
    db.exec("ALTER TABLE c ADD COLUMN w; CREATE TABLE d (v);");
    expectSame(reader.read({ alter: ["c"] }), db, "an ALTER with a CREATE beside it");
    db.close();
  });

  it("follows a ROLLBACK back to the schema it had", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    db.exec("CREATE TABLE a (x);");
    const before = reader.read();
    db.exec("BEGIN; CREATE TABLE b (y); ALTER TABLE a ADD COLUMN z;");
    expectSame(reader.read(), db, "inside the transaction");
    db.exec("ROLLBACK;");
    const after = reader.read("any");
    expectSame(after, db, "after the rollback");
    expect(isEmptyDiff(diffSchemas(before, after))).toBe(true);
    db.close();
  });

  it("a ROLLBACK past hinted reads to the same schema_version is not taken for no change", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    db.exec("CREATE TABLE a (x);");
    reader.read();
    // The hinted read happens inside the open transaction and leaves the temp copy as it was.
    db.exec("BEGIN; CREATE TABLE b (y);");
    expectSame(reader.read("insert"), db, "inside the transaction");
    db.exec("ROLLBACK; CREATE TABLE c (z);");
    expectSame(reader.read("any"), db, "after the rollback and another CREATE");
    db.exec("DROP TABLE c; ALTER TABLE a ADD COLUMN w;");
    expectSame(reader.read("any"), db, "after a drop and an alter");
    db.close();
  });

  it("re-reads only the rows a step changed in a large schema", async () => {
    const db = await openMemoryDatabase();
    const tables = Array.from(
      { length: 300 },
      (_, i) => `CREATE TABLE t${i} (id INTEGER PRIMARY KEY, v TEXT);`,
    );
    db.exec(tables.join("\n"));
    const reader = new SchemaReader(db);
    reader.read();
    const { rowsFetched, parsed } = reader.stats;
    db.exec("ALTER TABLE t150 ADD COLUMN extra INTEGER;");
    expectSame(reader.read(), db, "after one ALTER");
    expect(reader.stats.rowsFetched - rowsFetched).toBe(1);
    expect(reader.stats.parsed - parsed).toBe(1);
    db.close();
  });

  it("keeps an FTS5 table's shadow tables out of the model", async () => {
    const db = await openMemoryDatabase();
    const reader = new SchemaReader(db);
    reader.read();
    db.exec("CREATE VIRTUAL TABLE search USING fts5(title, body);");
    const schema = reader.read("insert");
    expectSame(schema, db, "after CREATE VIRTUAL TABLE");
    expect([...schema.objects.keys()]).toEqual(["virtual:search"]);
    db.close();
  });
});

describe("SchemaReader models kept with a cached prefix", () => {
  it("read the same schema back without modelling anything again, through JSON as the cache stores them", async () => {
    const { loadEngine } = await import("../../src/adapters/sqlite/engine.js");
    const engine = await loadEngine();
    const db = await openMemoryDatabase();
    for (const m of generateMigrations(60, 3)) executeScript(db, script(m.up));
    const first = new SchemaReader(db);
    const schema = first.read();
    const models = JSON.parse(JSON.stringify(first.exportModels()));
    expect(models.length).toBeGreaterThan(20);
    const copy = engine.openBytes(db.export());
    const cold = new SchemaReader(copy);
    cold.read();
    expect(cold.stats.parsed).toBeGreaterThan(20);
    const warm = new SchemaReader(copy);
    warm.importModels(models);
    expect(JSON.stringify(serializeSchema(warm.read()))).toBe(JSON.stringify(serializeSchema(schema)));
    expect(warm.stats.parsed).toBe(0);
    copy.close();
    db.close();
  });

  it("never take a model for a row whose SQL is not the one it was made from", async () => {
    const a = await openMemoryDatabase();
    a.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL); CREATE INDEX t_name ON t (name);");
    const reader = new SchemaReader(a);
    reader.read();
    const models = reader.exportModels();
    const b = await openMemoryDatabase();
    // Same names, other definitions: the table gains a column, the index another column.
    b.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, extra BLOB); CREATE INDEX t_name ON t (extra);",
    );
    const warm = new SchemaReader(b);
    warm.importModels(models);
    expectSame(warm.read(), b, "other definitions");
    a.close();
    b.close();
  });
});

describe("column defaults", () => {
  it("reads a double-quoted default as the string SQLite takes it for, the same as a single-quoted one", async () => {
    const db = await openMemoryDatabase();
    executeScript(
      db,
      script(`CREATE TABLE a (s TEXT DEFAULT "manual");\nCREATE TABLE b (s TEXT DEFAULT 'manual');\n`),
    );
    const objects = serializeSchema(fresh(db)).objects;
    const defaults = objects.flatMap((o) => (o.kind === "table" ? o.columns.map((c) => c.default) : []));
    expect(defaults).toEqual(["'manual'", "'manual'"]);
  });
});
