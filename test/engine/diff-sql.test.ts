import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { loadEngine } from "../../src/adapters/sqlite/engine.js";
import { diffSchemas, isEmptyDiff } from "../../src/core/schema/index.js";
import { runDiffSql } from "../../src/engine/replay/diff-sql.js";
import { tempTree } from "../helpers/temp-dir.js";

/** The wasm build refuses an empty script. */
function run(db: { exec(sql: string): void }, sql: string): void {
  if (sql.trim() !== "") db.exec(sql);
}

async function fileOf(dir: string, name: string, sql: string): Promise<string> {
  const db = (await loadEngine()).openMemory();
  run(db, sql);
  writeFileSync(join(dir, name), db.export());
  db.close();
  return name;
}

/** Applies the script to a copy of A and compares the result with B by lockstep's own comparison. */
async function roundTrip(a: string, b: string): Promise<string[]> {
  const cwd = tempTree({ ".keep": "" });
  await fileOf(cwd, "a.db", a);
  await fileOf(cwd, "b.db", b);
  const { statements } = await runDiffSql({ cwd, from: "a.db", to: "b.db" });
  const engine = await loadEngine();
  const db = engine.openMemory();
  run(db, a);
  run(db, statements.join("\n"));
  const want = engine.openMemory();
  run(want, b);
  const diff = diffSchemas(new SchemaReader(db).read(), new SchemaReader(want).read());
  expect(diff).toEqual({ added: [], removed: [], changed: [] });
  expect(isEmptyDiff(diff)).toBe(true);
  return statements;
}

/** A database file with no objects of the model (an empty one exports as no bytes on node:sqlite). */
const EMPTY = "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY);";

const BASE = `CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), body TEXT);
CREATE INDEX posts_user ON posts (user_id);
CREATE VIEW user_posts AS SELECT u.name, p.body FROM users u JOIN posts p ON p.user_id = u.id;
`;

describe("diff --format sql turns A's schema into B's", () => {
  it("an added column is ALTER TABLE ADD COLUMN, no rebuild", async () => {
    const statements = await roundTrip(
      BASE,
      BASE.replace("name TEXT)", "name TEXT, email TEXT DEFAULT 'x')"),
    );
    expect(statements).toEqual([`ALTER TABLE "users" ADD COLUMN email TEXT DEFAULT 'x';`]);
  });

  it("a column's type change is the 12-step rebuild, the view and index recreated", async () => {
    const statements = await roundTrip(BASE, BASE.replace("body TEXT)", "body BLOB)"));
    expect(statements[0]).toBe("PRAGMA foreign_keys = OFF;");
    expect(statements).toContain('DROP TABLE "posts";');
    expect(statements).toContain('ALTER TABLE "lockstep_new_posts" RENAME TO "posts";');
    expect(statements.indexOf('DROP VIEW "user_posts";')).toBeLessThan(
      statements.indexOf('DROP TABLE "posts";'),
    );
    expect(statements.at(-1)).toBe("PRAGMA foreign_keys = ON;");
  });

  it("a CURRENT_TIMESTAMP default cannot be added by ALTER TABLE: rebuilt", async () => {
    const statements = await roundTrip(
      BASE,
      BASE.replace("name TEXT)", "name TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP)"),
    );
    expect(statements).toContain('DROP TABLE "users";');
  });

  it("new tables come parents first, views after their tables; names needing quotes stay one name", async () => {
    const statements = await roundTrip(
      EMPTY,
      `CREATE TABLE "zz parent" (id INTEGER PRIMARY KEY);
CREATE TABLE "a ""child""" (id INTEGER PRIMARY KEY, p INTEGER REFERENCES "zz parent" (id));
CREATE VIEW "order" AS SELECT * FROM "a ""child""";`,
    );
    expect(statements[0]).toContain('"zz parent"');
    expect(statements[2]).toContain('VIEW "order"');
  });

  it("removed objects are dropped, children before parents", async () => {
    const statements = await roundTrip(BASE, EMPTY);
    expect(statements).toEqual(['DROP VIEW "user_posts";', 'DROP TABLE "posts";', 'DROP TABLE "users";']);
  });

  it("the same schemas give no statements", async () => {
    expect(await roundTrip(BASE, BASE)).toEqual([]);
  });
});
