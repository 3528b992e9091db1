import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lockstep, runCli } from "../helpers/cli.js";
import { editDatabase, snapshot, writeDatabase } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

const DBMATE = resolve(import.meta.dirname, "../../node_modules/@dbmate/linux-x64/bin/dbmate");

const users =
  "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n-- migrate:down\nDROP TABLE users;\n";
const orders =
  "-- migrate:up\nCREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id));\n-- migrate:down\nDROP TABLE orders;\n";
const name =
  "-- migrate:up\nALTER TABLE users ADD COLUMN name TEXT;\n-- migrate:down\nALTER TABLE users DROP COLUMN name;\n";

/** A project whose app.db dbmate itself migrated with the first two files; the third is pending. */
function dbmateProject(): string {
  const cwd = tempTree({
    "db/migrations/20240101000000_users.sql": users,
    "db/migrations/20240102000000_orders.sql": orders,
  });
  const run = spawnSync(DBMATE, ["--no-dump-schema", "up"], {
    cwd,
    env: { DATABASE_URL: "sqlite:./app.db", PATH: process.env.PATH },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  writeFileSync(join(cwd, "db/migrations/20240103000000_name.sql"), name);
  return cwd;
}

describe("real databases migrated by dbmate", () => {
  it("status lists applied and pending ones and exits 0", async () => {
    const cwd = dbmateProject();
    const r = await runCli(cwd, ["status", "app.db", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.migrations.map((m: { version: string; state: string }) => `${m.version} ${m.state}`)).toEqual(
      ["20240101000000 applied", "20240102000000 applied", "20240103000000 pending"],
    );
    expect(json.table).toBe("schema_migrations");
    // The newest migration pending is not out of order.
    expect(json.findings).toEqual([]);
  });

  it("a pending migration older than an applied one is a warning, with what dbmate does with it", async () => {
    const cwd = dbmateProject();
    await editDatabase(join(cwd, "app.db"), "DELETE FROM schema_migrations WHERE version = '20240101000000'");
    const r = await runCli(cwd, ["status", "app.db", "--format", "json"]);
    expect(r.code).toBe(0);
    const [f] = JSON.parse(r.stdout).findings;
    expect(f).toMatchObject({ rule: "db-out-of-order", severity: "warning", version: "20240101000000" });
    expect(f.message).toContain("dbmate applies every migration whose version is not in schema_migrations");
  });

  it("status reports a row whose file is gone as missing, and exits 1", async () => {
    const cwd = dbmateProject();
    rmSync(join(cwd, "db/migrations/20240102000000_orders.sql"));
    const r = await runCli(cwd, ["status", "app.db"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing\s+20240102000000/);
    expect(r.stderr).toContain("db-missing");
    expect(r.stderr).toContain("dbmate ignores a row whose file is gone");
  });

  it("drift is 0 when the schema is the migrations', 1 with a change made outside them", async () => {
    const cwd = dbmateProject();
    expect((await runCli(cwd, ["drift", "app.db"])).code).toBe(0);
    // Rows change nothing; a column added by hand, outside any migration, is drift.
    await editDatabase(join(cwd, "app.db"), "INSERT INTO users (email) VALUES ('a@example.com')");
    expect((await runCli(cwd, ["drift", "app.db"])).code).toBe(0);
    await editDatabase(join(cwd, "app.db"), "ALTER TABLE users ADD COLUMN hotfix TEXT");
    const r = await runCli(cwd, ["drift", "app.db", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.stringify(JSON.parse(r.stdout).diff)).toContain("hotfix");
  });

  it("replay --on replays only the pending migration and never writes the file", () => {
    const cwd = dbmateProject();
    const file = join(cwd, "app.db");
    const before = snapshot(file);
    const r = lockstep(cwd, ["replay", "--on", "app.db", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.on.applied).toEqual(["20240101000000", "20240102000000"]);
    expect(json.on.replayed).toEqual(["20240103000000"]);
    expect(json.databases[0].migrations[0]).toMatchObject({ up: "ok", down: "ok", redo: "ok" });
    const after = snapshot(file);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.beside).toEqual(before.beside); // no -journal, no -wal
  });

  it("replay --on runs the pending migration on the file's rows: a NOT NULL column fails there, not on an empty replay", async () => {
    const cwd = dbmateProject();
    writeFileSync(
      join(cwd, "db/migrations/20240103000000_name.sql"),
      "-- migrate:up\nCREATE TABLE users2 (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL);\nINSERT INTO users2 SELECT id, email, NULL FROM users;\n-- migrate:down\nDROP TABLE users2;\n",
    );
    expect((await runCli(cwd, ["replay", "--format", "json"])).code).toBe(0);
    // Without rows it passes on the file too; with the application's row the NULL name fails.
    expect((await runCli(cwd, ["replay", "--on", "app.db"])).code).toBe(0);
    await editDatabase(join(cwd, "app.db"), "INSERT INTO users (email) VALUES ('a@example.com')");
    const r = await runCli(cwd, ["replay", "--on", "app.db", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).databases[0].findings[0].rule).toBe("up-failed");
  });

  it("exits 2 for a file with no schema_migrations table, naming the tables it has", async () => {
    const cwd = tempTree({ "db/migrations/20240101000000_users.sql": users });
    await writeDatabase(
      join(cwd, "other.db"),
      "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY, version_id INTEGER, is_applied INTEGER, tstamp TEXT);",
    );
    const r = await runCli(cwd, ["status", "other.db"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "other.db has no schema_migrations table, where dbmate records what it applied",
    );
    expect(r.stderr).toContain("goose_db_version (goose)");
  });
});
