import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/adapters/sqlite/engine.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

async function databaseFile(dir: string, name: string, sql: string): Promise<void> {
  const db = (await loadEngine()).openMemory();
  db.exec(sql);
  writeFileSync(join(dir, name), db.export());
  db.close();
}

const SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, v); CREATE TABLE n (a, b);";

async function pair(a: string, b: string): Promise<string> {
  const cwd = tempTree({ "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n" });
  await databaseFile(cwd, "a.db", `${SCHEMA}${a}`);
  await databaseFile(cwd, "b.db", `${SCHEMA}${b}`);
  return cwd;
}

describe("lockstep diff --data", () => {
  it("--format sql prints the statements that turn A's rows into B's, and exits 1", async () => {
    const cwd = await pair(
      "INSERT INTO t VALUES (1, 'x'), (2, 0.1); INSERT INTO n VALUES (1, 2);",
      "INSERT INTO t VALUES (1, 'it''s'), (3, X'0A'); INSERT INTO n VALUES (1, 2), (NULL, 1e300);",
    );
    const r = await runCli(cwd, ["diff", "a.db", "b.db", "--data", "--format", "sql"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        "BEGIN;",
        "PRAGMA defer_foreign_keys = ON;",
        `DELETE FROM "t" WHERE "id" IS 2;`,
        `UPDATE "t" SET "v" = 'it''s' WHERE "id" IS 1;`,
        `INSERT INTO "n" (rowid, "a", "b") VALUES (2, NULL, 1e+300);`,
        `INSERT INTO "t" ("id", "v") VALUES (3, X'0A');`,
        "COMMIT;",
        "",
      ].join("\n"),
    );
  });

  it("text and json give per table the counts and example keys", async () => {
    const cwd = await pair("INSERT INTO t VALUES (1, 'x'), (2, 'y');", "INSERT INTO t VALUES (1, 'z');");
    const text = await runCli(cwd, ["diff", "a.db", "b.db", "--data"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("t: 0 added, 1 removed, 1 changed (removed: id=2 | changed: id=1)");
    const json = await runCli(cwd, ["diff", "a.db", "b.db", "--data", "--format", "json"]);
    expect(json.code).toBe(1);
    const t = JSON.parse(json.stdout).data.tables.find((x: { table: string }) => x.table === "t");
    expect(t).toMatchObject({ added: 0, removed: 1, changed: 1, examples: { removed: ["id=2"] } });
    const md = await runCli(cwd, ["diff", "a.db", "b.db", "--data", "--format", "markdown"]);
    expect(md.stdout).toContain("**Rows**");
  });

  it("equal rows: no statements and exit 0; without --data rows are not compared", async () => {
    const cwd = await pair("INSERT INTO t VALUES (1, 'x');", "INSERT INTO t VALUES (1, 'x');");
    const sql = await runCli(cwd, ["diff", "a.db", "b.db", "--data", "--format", "sql"]);
    expect(sql.code).toBe(0);
    expect(sql.stdout).toBe("-- the schemas and the rows are the same\n");
    const text = await runCli(cwd, ["diff", "a.db", "b.db", "--data"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("the rows of every table are the same");
    const other = await pair("INSERT INTO t VALUES (1, 'x');", "INSERT INTO t VALUES (1, 'y');");
    const plain = await runCli(other, ["diff", "a.db", "b.db", "--format", "sql"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe("-- the schemas are the same\n");
  });

  it("refuses a migrations directory as a side, with exit code 2", async () => {
    const cwd = await pair("", "");
    const r = await runCli(cwd, ["diff", "a.db", "migrations", "--data"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--data needs two SQLite database files");
  });
});
