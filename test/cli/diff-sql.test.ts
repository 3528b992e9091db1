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

describe("lockstep diff --format sql", () => {
  it("prints the statements that turn A's schema into B's", async () => {
    const cwd = tempTree({ "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n" });
    await databaseFile(cwd, "a.db", "CREATE TABLE t (id INTEGER PRIMARY KEY);");
    await databaseFile(cwd, "b.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT);");
    const r = await runCli(cwd, ["diff", "a.db", "b.db", "--format", "sql"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ALTER TABLE "t" ADD COLUMN note TEXT;\n`);
  });

  it("refuses a migrations directory as a side, with exit code 2", async () => {
    const cwd = tempTree({ "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n" });
    await databaseFile(cwd, "a.db", "CREATE TABLE t (id INTEGER PRIMARY KEY);");
    const r = await runCli(cwd, ["diff", "a.db", "migrations", "--format", "sql"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format sql needs two SQLite database files");
  });
});
