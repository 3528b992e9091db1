import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { loadEngine, type SqlDatabase } from "../../src/adapters/sqlite/engine.js";
import { diffSchemas } from "../../src/core/schema/index.js";
import { runDiffData } from "../../src/engine/replay/diff-data.js";
import { tempTree } from "../helpers/temp-dir.js";

async function fileOf(dir: string, name: string, sql: string): Promise<void> {
  const db = (await loadEngine()).openMemory();
  db.exec(sql);
  writeFileSync(join(dir, name), db.export());
  db.close();
}

/** Every row of every table, with rowid and each value's type and hex, read by plain SQL. */
function dump(db: SqlDatabase): string[] {
  const names = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  const tables = [...names.rows()].map(([n, sql]) => ({
    name: String(n),
    rowid: !/without\s+rowid/i.test(String(sql)),
  }));
  names.finalize();
  const out: string[] = [];
  for (const { name, rowid } of tables) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info('${name}')`);
    const list = [...cols.rows()].map(([c]) => `"${c}"`);
    cols.finalize();
    const parts = [...(rowid ? ["rowid"] : []), ...list].map((c) => `typeof(${c}) || ':' || quote(${c})`);
    const stmt = db.prepare(`SELECT ${parts.join(" || '|' || ")} FROM "${name}"`);
    for (const [row] of stmt.rows()) out.push(`${name} ${row}`);
    stmt.finalize();
  }
  return out.sort();
}

const A = `
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, avatar BLOB, score REAL);
INSERT INTO users VALUES (1, 'ann', X'00FF10', 0.1), (2, 'bob', NULL, 1e300), (3, 'cy', NULL, NULL);
CREATE TABLE tags (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
INSERT INTO tags VALUES ('a', 'alpha'), ('b', 'beta');
CREATE TABLE log (at TEXT, msg TEXT);
INSERT INTO log VALUES ('t1', 'one'), ('t2', 'two');
CREATE TABLE pairs (a TEXT, b INTEGER, v TEXT, PRIMARY KEY (a, b));
INSERT INTO pairs VALUES ('x', 1, 'p'), ('x', 2, 'q');
CREATE TABLE gone (id INTEGER PRIMARY KEY);
INSERT INTO gone VALUES (1);
`;

const B = `
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, avatar BLOB, score REAL);
INSERT INTO users VALUES (1, 'ann', X'00FF11', 0.1), (2, 'it''s
two lines', NULL, 1e300), (4, 'dee', X'', 2.0);
CREATE TABLE tags (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
INSERT INTO tags VALUES ('a', 'alpha'), ('c', NULL), ('1', 'text one');
CREATE TABLE log (at TEXT, msg TEXT);
INSERT INTO log VALUES ('t1', 'one'), ('t2', 'TWO');
CREATE TABLE pairs (a TEXT, b INTEGER, v TEXT, PRIMARY KEY (a, b));
INSERT INTO pairs VALUES ('x', 1, 'p'), ('x', 3, 'q');
CREATE TABLE fresh (id INTEGER PRIMARY KEY, v REAL);
INSERT INTO fresh VALUES (1, -1.5e-300), (2, 3.0);
`;

async function applied(a: string, b: string) {
  const cwd = tempTree({ ".keep": "" });
  await fileOf(cwd, "a.db", a);
  await fileOf(cwd, "b.db", b);
  const result = await runDiffData({ cwd, from: "a.db", to: "b.db" });
  const engine = await loadEngine();
  const db = engine.openMemory();
  db.exec(a);
  if (result.statements.length > 0) db.exec(result.statements.join("\n"));
  const want = engine.openMemory();
  want.exec(b);
  return { result, db, want };
}

describe("diff --data turns A's rows into B's", () => {
  it("the printed SQL applied to A gives B's rows exactly, and B's schema", async () => {
    const { result, db, want } = await applied(A, B);
    expect(dump(db)).toEqual(dump(want));
    expect(diffSchemas(new SchemaReader(db).read(), new SchemaReader(want).read())).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
    const by = Object.fromEntries(result.rows.tables.map((t) => [t.table, t]));
    expect(by.users).toMatchObject({ key: ["id"], added: 1, removed: 1, changed: 2 });
    expect(by.users?.examples.removed).toEqual(["id=3"]);
    expect(by.tags).toMatchObject({ key: ["code"], added: 2, removed: 1, changed: 0 });
    expect(by.log).toMatchObject({ key: ["rowid"], added: 0, removed: 0, changed: 1 });
    expect(by.pairs).toMatchObject({ key: ["a", "b"], added: 1, removed: 1, changed: 0 });
    expect(by.pairs?.examples.added).toEqual(["a='x', b=3"]);
    expect(by.fresh).toMatchObject({ added: 2, removed: 0 });
    expect(by.gone).toBeUndefined();
    // Values written exactly: a quote doubled, the newline kept, reals that stay reals.
    expect(result.statements).toContain(`UPDATE "users" SET "name" = 'it''s\ntwo lines' WHERE "id" IS 2;`);
    expect(result.statements).toContain(`UPDATE "users" SET "avatar" = X'00FF11' WHERE "id" IS 1;`);
    expect(result.statements).toContain(
      `INSERT INTO "users" ("id", "name", "avatar", "score") VALUES (4, 'dee', X'', 2.0);`,
    );
    expect(result.statements).toContain(`UPDATE "log" SET "msg" = 'TWO' WHERE rowid IS 2;`);
    expect(result.statements).toContain('DROP TABLE "gone";');
    expect(result.statements.indexOf("CREATE TABLE fresh (id INTEGER PRIMARY KEY, v REAL);")).toBeLessThan(
      result.statements.indexOf(`INSERT INTO "fresh" ("id", "v") VALUES (1, -1.5e-300);`),
    );
    expect(result.statements.at(-1)).toBe("COMMIT;");
  });

  it("equal files give no statements at all", async () => {
    const { result } = await applied(A, A);
    expect(result.statements).toEqual([]);
    expect(result.rows.tables.every((t) => t.added + t.removed + t.changed === 0)).toBe(true);
  });

  it("near-misses that are not changes: the same rows in another order, 1.0 and 1.0", async () => {
    const a =
      "CREATE TABLE t (id INTEGER PRIMARY KEY, v REAL, w TEXT); INSERT INTO t VALUES (1, 1.0, 'a'), (2, 0.1, 'b');";
    const b =
      "CREATE TABLE t (id INTEGER PRIMARY KEY, v REAL, w TEXT); INSERT INTO t VALUES (2, 0.1, 'b'), (1, 1, 'a');";
    const { result } = await applied(a, b);
    expect(result.statements).toEqual([]);
  });

  it("a text key '1' and an integer key 1 are different rows, and 2.0 stays a real", async () => {
    const a = "CREATE TABLE t (k PRIMARY KEY, v) WITHOUT ROWID; INSERT INTO t VALUES (1, 2);";
    const b = "CREATE TABLE t (k PRIMARY KEY, v) WITHOUT ROWID; INSERT INTO t VALUES ('1', 2.0);";
    const { result, db, want } = await applied(a, b);
    expect(result.rows.tables[0]).toMatchObject({ added: 1, removed: 1, changed: 0 });
    expect(dump(db)).toEqual(dump(want));
  });

  it("a column added by the schema statements: the rows follow it, foreign keys checked at COMMIT", async () => {
    const a = `PRAGMA foreign_keys = ON;
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id));
INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1);`;
    const b = `CREATE TABLE p (id INTEGER PRIMARY KEY, note TEXT); CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id));
INSERT INTO p VALUES (2, 'n'); INSERT INTO c VALUES (2, 2);`;
    const { result, db, want } = await applied(a, b);
    expect(result.statements[0]).toBe(`ALTER TABLE "p" ADD COLUMN note TEXT;`);
    // Children's deletes before the parents', parents' inserts before the children's.
    const at = (s: string) => result.statements.indexOf(s);
    expect(at(`DELETE FROM "c" WHERE "id" IS 1;`)).toBeLessThan(at(`DELETE FROM "p" WHERE "id" IS 1;`));
    expect(at(`INSERT INTO "p" ("id", "note") VALUES (2, 'n');`)).toBeLessThan(
      at(`INSERT INTO "c" ("id", "p") VALUES (2, 2);`),
    );
    expect(dump(db)).toEqual(dump(want));
  });

  it("NULLs in a rowid table's text primary key: those rows are compared by rowid, none lost", async () => {
    const t = "CREATE TABLE u (k TEXT PRIMARY KEY, v);";
    const { result, db, want } = await applied(
      `${t} INSERT INTO u VALUES (NULL, 'a'), (NULL, 'b'), ('k', 'c');`,
      `${t} INSERT INTO u VALUES (NULL, 'a'), (NULL, 'z'), ('k', 'c');`,
    );
    expect(result.rows.tables[0]).toMatchObject({ key: ["rowid"], changed: 1, added: 0, removed: 0 });
    expect(dump(db)).toEqual(dump(want));
  });

  it("a unique text key keeps its own key: NULL-free rowid tables are not re-keyed", async () => {
    const t = "CREATE TABLE u (k TEXT PRIMARY KEY, v);";
    const { result } = await applied(
      `${t} INSERT INTO u VALUES ('a', 1);`,
      `${t} INSERT INTO u VALUES ('b', 1);`,
    );
    expect(result.rows.tables[0]).toMatchObject({ key: ["k"], added: 1, removed: 1, changed: 0 });
  });

  it("AUTOINCREMENT counters end as B's, so the next id given out is the same", async () => {
    const t = "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v);";
    const { result, db, want } = await applied(
      `${t} INSERT INTO t (v) VALUES ('a'), ('b'), ('c'), ('d');`,
      `${t} INSERT INTO t (v) VALUES ('a'), ('b'); INSERT INTO t (v) VALUES ('x'); DELETE FROM t WHERE id = 3;`,
    );
    expect(result.statements).toContain(`UPDATE "sqlite_sequence" SET "seq" = 3 WHERE "name" IS 't';`);
    expect(dump(db)).toEqual(dump(want));
    expect(dump(db).some((row) => row.startsWith("sqlite_sequence"))).toBe(true);
  });

  it("B's triggers do not fire on the rows the script writes, and are there again after it", async () => {
    const t = `CREATE TABLE t (id INTEGER PRIMARY KEY, v); CREATE TABLE audit (id INTEGER);
CREATE TRIGGER t_audit AFTER INSERT ON t BEGIN INSERT INTO audit VALUES (new.id); END;`;
    const { result, db, want } = await applied(
      `${t} INSERT INTO t VALUES (1, 'a');`,
      `${t} INSERT INTO t VALUES (1, 'a'), (2, 'b'); DELETE FROM audit;`,
    );
    expect(result.statements).toContain('DROP TRIGGER "t_audit";');
    expect(dump(db)).toEqual(dump(want));
    expect(diffSchemas(new SchemaReader(db).read(), new SchemaReader(want).read())).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  // sqldiff (sqlite3-tools) compares tables of the same schema only: those are compared here.
  // .ci/run installs it: a machine without it fails here rather than skipping.
  it("has the same effect as sqldiff --primarykey", async () => {
    const same = (sql: string) => sql.replace(/CREATE TABLE (gone|fresh)[^;]*;\nINSERT INTO \1[^;]*;/, "");
    const a = same(A);
    const b = same(B);
    const { result, db, want } = await applied(a, b);
    expect(result.schema.statements).toEqual([]);
    const cwd = tempTree({ ".keep": "" });
    await fileOf(cwd, "a.db", a);
    await fileOf(cwd, "b.db", b);
    const run = spawnSync("sqldiff", ["--primarykey", "a.db", "b.db"], { cwd, encoding: "utf8" });
    expect(run.status).toBe(0);
    const theirs = (await loadEngine()).openMemory();
    theirs.exec(a);
    theirs.exec(run.stdout);
    expect(dump(theirs)).toEqual(dump(db));
    expect(dump(db)).toEqual(dump(want));
  });
});
