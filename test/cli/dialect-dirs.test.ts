import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CORPORA, present } from "../helpers/corpora.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

interface Report {
  databases: { dir: string; format: string; migrations: unknown[]; findings: { rule: string }[] }[];
}

/** diesel's two-dialect layout: one folder per migration, in migrations/sqlite and migrations/postgres. */
const twoDialects = {
  "migrations/sqlite/2024-01-01-000000_users/up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "migrations/sqlite/2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
  "migrations/postgres/2024-01-01-000000_users/up.sql":
    "CREATE TABLE users (id SERIAL PRIMARY KEY, tags TEXT[]);\n",
  "migrations/postgres/2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
  "migrations/postgres/00000000000000_diesel_initial_setup/up.sql":
    "CREATE OR REPLACE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS VOID AS $$ BEGIN END; $$ LANGUAGE plpgsql;\n",
  "migrations/postgres/00000000000000_diesel_initial_setup/down.sql":
    "DROP FUNCTION diesel_manage_updated_at;\n",
};

describe("a migrations directory with one directory per SQL dialect", () => {
  it("replays the SQLite one only, and says why", async () => {
    const cwd = tempTree(twoDialects);
    const run = await runCli(cwd, ["replay", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const [db, ...others] = (JSON.parse(run.stdout) as Report).databases;
    expect(others).toEqual([]);
    expect(db).toMatchObject({ dir: "migrations/sqlite", format: "diesel", findings: [] });
    expect(db?.migrations).toHaveLength(1);
    expect(run.stderr).toContain("using migrations/sqlite/ (diesel: diesel folders");
    expect(run.stderr).toContain(
      "migrations/ holds one directory per SQL dialect: migrations/sqlite/ is SQLite's, migrations/postgres/ another dialect's, not replayed",
    );
  });

  it("finds no SQLite migrations where every directory is another dialect's", async () => {
    const only = Object.fromEntries(
      Object.entries(twoDialects).filter(([path]) => path.includes("/postgres/")),
    );
    const run = await runCli(tempTree(only), ["replay"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no migrations found");
  });

  it("is what lockstep init writes to the config", async () => {
    const cwd = tempTree({ ...twoDialects, "package.json": '{ "name": "app" }\n' });
    gitIn(cwd)("init", "-q", "-b", "main");
    const run = await runCli(cwd, ["init"]);
    expect(run.code, run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(cwd, "lockstep.config.json"), "utf8"));
    expect(config.databases).toEqual([
      expect.objectContaining({ dir: "migrations/sqlite", layout: "diesel" }),
    ]);
  });
});

// The real repository skeleton (Plume: diesel, migrations/sqlite beside migrations/postgres): exactly the set
// its EXPECTED.json names.
describe.skipIf(!present)("detection on the Plume skeleton", () => {
  it("finds migrations/sqlite, as diesel, with every migration, and nothing of the PostgreSQL twin", async () => {
    const skeleton = join(CORPORA, "repos", "plume");
    expect(existsSync(skeleton)).toBe(true);
    const expected = JSON.parse(
      (await import("node:fs")).readFileSync(join(skeleton, "EXPECTED.json"), "utf8"),
    );
    const cwd = tempTree({});
    cpSync(skeleton, cwd, { recursive: true });
    const run = await runCli(cwd, ["replay", "--format", "json"]);
    const dbs = (JSON.parse(run.stdout) as Report).databases;
    expect(dbs.map((d) => [d.dir, d.format, d.migrations.length])).toEqual(
      expected.sets.map((s: { dir: string; tool: string; migrations: number }) => [
        s.dir,
        s.tool,
        s.migrations,
      ]),
    );
    expect(dbs[0]?.findings.map((f) => f.rule)).not.toContain("duplicate-version");
  });
});

// atuin: seven sqlx sets in one Cargo workspace, one PostgreSQL set beside them. init writes one database per
// set, printing why, and the replay of that config reads every migration of each.
describe.skipIf(!present)("init on the atuin skeleton", () => {
  it("writes the seven SQLite sets of EXPECTED.json as sqlx databases, and says why for each", async () => {
    const skeleton = join(CORPORA, "repos", "atuin");
    const expected = JSON.parse(readFileSync(join(skeleton, "EXPECTED.json"), "utf8")) as {
      sets: { dir: string; migrations: number }[];
    };
    const cwd = tempTree({});
    cpSync(skeleton, cwd, { recursive: true });
    writeFileSync(join(cwd, "package.json"), '{ "name": "atuin-tools" }\n');
    gitIn(cwd)("init", "-q", "-b", "main");
    const init = await runCli(cwd, ["init"]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("created lockstep.config.json: 7 databases");
    expect(init.stdout).toContain(
      '  atuin-kv: crates/atuin-kv/migrations/ (sqlx): crates/atuin-kv/Cargo.toml:29 says sqlx, with no database feature of its own; crates/atuin-kv/src/database.rs:65 runs sqlx::migrate!("./migrations"); crates/atuin-kv/src/database.rs:7 reads `use sqlx::sqlite::{`',
    );
    expect(init.stdout).toContain(
      "not replayed: crates/atuin-server-postgres/migrations/: sqlx for PostgreSQL",
    );
    const config = JSON.parse(readFileSync(join(cwd, "lockstep.config.json"), "utf8"));
    expect(config.databases.map((d: { dir: string; layout: string }) => [d.dir, d.layout]).sort()).toEqual(
      expected.sets.map((s) => [s.dir, "sqlx"]).sort(),
    );
    const run = await runCli(cwd, ["replay", "--format", "json"]);
    const dbs = (JSON.parse(run.stdout) as Report).databases;
    expect(dbs.map((d) => [d.dir, d.migrations.length]).sort()).toEqual(
      expected.sets.map((s) => [s.dir, s.migrations]).sort(),
    );
  });
});
