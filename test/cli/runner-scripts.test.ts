import { describe, expect, it } from "vitest";
import { expectOneCleanLine, lockstep, runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";
import { tempTree } from "../helpers/temp-dir.js";

// Debian's Python: its sqlite3 module is what the scripts of these histories open the database with.
const PYTHON = "/usr/bin/python3";

const config = (db: Record<string, unknown>) =>
  JSON.stringify({ databases: [{ name: "app", dir: "migrations", ...db }] });

const SCRIPTS = { scripts: { py: `${PYTHON} {file} {db}` } };

const addEmail = [
  "import sqlite3, sys",
  "db = sqlite3.connect(sys.argv[1])",
  'db.execute("ALTER TABLE users ADD COLUMN email TEXT")',
  "db.commit()",
  "",
].join("\n");

/** A history like homebox's: SQL, then a step in code, then SQL that needs what the code did. */
const mixed = {
  "migrations/0001_init.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
  "migrations/0002_add_email.py": addEmail,
  "migrations/0003_email_index.sql": "CREATE UNIQUE INDEX users_email ON users (email);\n",
};

async function replayJson(cwd: string) {
  const run = await runCli(cwd, ["replay", "--no-cache", "--format", "json"], projectEnv());
  return { code: run.code, stderr: run.stderr, report: run.stdout ? JSON.parse(run.stdout) : undefined };
}

describe("per-file scripts in a mixed SQL history", () => {
  it("without a runner the code step is not replayed and the SQL after it fails for want of it", async () => {
    const cwd = tempTree({ ...mixed, "lockstep.config.json": config({ layout: "plain" }) });
    const { report } = await replayJson(cwd);
    const rules = report.databases[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["not-replayed", "up-failed"]));
    expect(report.databases[0].migrations.map((m: { up: string }) => m.up)).toEqual([
      "ok",
      "not-run",
      "failed",
    ]);
  });

  it("a goose Go migration is not proposed goose's CLI, which cannot run one, but the project's own command", async () => {
    const cwd = tempTree({
      "migrations/00001_init.sql":
        "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n",
      "migrations/00002_backfill.go": "package migrations\n",
      "lockstep.config.json": config({ layout: "goose" }),
    });
    const { report } = await replayJson(cwd);
    const [message] = report.databases[0].findings
      .filter((f: { rule: string }) => f.rule === "not-replayed")
      .map((f: { message: string }) => f.message);
    expect(message).toContain("such as the project's own migrate command");
    expect(message).not.toContain('"runner": "goose"');
  });

  it("with a script runner every step runs: the code step by Python on the file, the SQL by lockstep", async () => {
    const cwd = tempTree({ ...mixed, "lockstep.config.json": config({ layout: "plain", runner: SCRIPTS }) });
    const { code, report } = await replayJson(cwd);
    expect(report.databases[0].findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.databases[0].migrations.map((m: { up: string }) => m.up)).toEqual(["ok", "ok", "ok"]);
    const objects = report.databases[0].schema.objects as {
      kind: string;
      name: string;
      columns?: { name: string }[];
    }[];
    const users = objects.find((o) => o.name === "users");
    expect(users?.columns?.map((c) => c.name)).toEqual(["id", "name", "email"]);
    expect(objects.some((o) => o.kind === "index" && o.name === "users_email")).toBe(true);
  });

  it("a failing script in nanosecond-timestamp names is up-failed at the line its traceback names", async () => {
    const cwd = tempTree({
      "migrations/20240105093000123456789_create_users.py": [
        "import sqlite3, sys",
        "db = sqlite3.connect(sys.argv[1])",
        'db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")',
        "db.commit()",
        "",
      ].join("\n"),
      "migrations/20240212141500987654321_backfill.py": [
        "import sqlite3, sys",
        "db = sqlite3.connect(sys.argv[1])",
        "",
        'db.execute("UPDATE accounts SET plan = 1")',
        "",
      ].join("\n"),
      "migrations/20240301000000000000001_more.py": addEmail,
      "lockstep.config.json": config({ layout: "plain", runner: SCRIPTS }),
    });
    const { code, report } = await replayJson(cwd);
    expect(code).toBe(1);
    const [failure] = report.databases[0].findings;
    expect(failure).toMatchObject({
      rule: "up-failed",
      version: "20240212141500987654321",
      file: "migrations/20240212141500987654321_backfill.py",
      line: 4,
    });
    expect(failure.message).toContain("exited with code 1");
    expect(failure.message).toContain("no such table: accounts");
    expect(failure.message).toContain(
      "`/usr/bin/python3 migrations/20240212141500987654321_backfill.py {db}`",
    );
    expect(report.databases[0].migrations.map((m: { up: string }) => m.up)).toEqual([
      "ok",
      "failed",
      "not-run",
    ]);
  });

  it("what a failing script prints reaches the terminal escaped: no escape sequence, no workflow command", async () => {
    const cwd = tempTree({
      "migrations/0001_hostile.py": [
        "import sys",
        'sys.stderr.write("\\x1b]0;owned\\x07\\n::add-mask::secret\\nValueError: \\x1b[31mred\\n")',
        "sys.exit(1)",
        "",
      ].join("\n"),
      "lockstep.config.json": config({ layout: "plain", runner: SCRIPTS }),
    });
    const run = lockstep(cwd, ["replay", "--no-cache"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("ValueError: \\x1b[31mred");
    expect(run.stdout).not.toContain("\x1b");
    expect(run.stdout.split("\n").some((line) => line.trimStart().startsWith("::"))).toBe(false);
  });

  it("a script that runs past the runner's timeout is stopped with a timeout finding", async () => {
    const cwd = tempTree({
      "migrations/0001_slow.py": "import time\ntime.sleep(30)\n",
      "lockstep.config.json": config({ layout: "plain", runner: { ...SCRIPTS, timeout: 1 } }),
    });
    const started = Date.now();
    const { report } = await replayJson(cwd);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.databases[0].findings[0]).toMatchObject({ rule: "timeout", version: "0001" });
    expect(report.databases[0].findings[0].message).toContain("ran past 1 s and was stopped");
  });

  it("with data and idempotent: the script is run again and fails, the SQL index fails only with rows", async () => {
    const cwd = tempTree({
      "migrations/0001_init.sql":
        "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
      // Every row there before gets the same default: a UNIQUE index over them fails.
      "migrations/0002_add_email.py": addEmail.replace("email TEXT", "email TEXT NOT NULL DEFAULT ''"),
      "migrations/0003_email_index.sql": "CREATE UNIQUE INDEX IF NOT EXISTS users_email ON users (email);\n",
      "lockstep.config.json": config({ layout: "plain", runner: SCRIPTS, idempotent: true, data: true }),
    });
    const { report } = await replayJson(cwd);
    const findings = report.databases[0].findings;
    expect(findings.map((f: { rule: string; version: string }) => `${f.rule} ${f.version}`)).toEqual([
      "not-idempotent 0002",
      "up-failed 0003",
    ]);
    expect(findings[0].message).toContain("applied a second time (the script run again) it failed");
    expect(findings[0].message).toContain("duplicate column name: email");
    expect(findings[1].message).toContain("fails on a database with data");
    expect(findings[1].message).toContain("it passes on an empty database");
    expect(report.databases[0].migrations.map((m: { up: string }) => m.up)).toEqual(["ok", "ok", "ok"]);
  });
});

describe("a folder of SQL migrations with Node.js runners for the complex steps", () => {
  const backfill = [
    'const Database = require("better-sqlite3");',
    "const db = new Database(process.argv[2]);",
    'const rows = db.prepare("SELECT id, name FROM users").all();',
    'const set = db.prepare("UPDATE users SET slug = ? WHERE id = ?");',
    "for (const row of rows) set.run(row.name.toLowerCase(), row.id);",
    "",
  ].join("\n");
  const files = {
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    "migrations/0002_slug.up.sql": "ALTER TABLE users ADD COLUMN slug TEXT;\n",
    "migrations/0002_slug.down.sql": "ALTER TABLE users DROP COLUMN slug;\n",
    "migrations/0003_backfill_slugs.js": backfill,
    "migrations/0004_slug_unique.up.sql": "CREATE UNIQUE INDEX users_slug ON users (slug);\n",
    // Leaves the index behind.
    "migrations/0004_slug_unique.down.sql": "SELECT 1;\n",
  };
  const runner = { scripts: { js: "node {file} {db}" } };

  it("runs the Node step with node on the same file, the SQL in-process, and finds the SQL down after it that leaves an index", async () => {
    const cwd = linkDependencies(
      tempTree({ ...files, "lockstep.config.json": config({ layout: "golang-migrate", runner }) }),
      {},
    );
    const { code, report } = await replayJson(cwd);
    const db = report.databases[0];
    expect(db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down}`)).toEqual([
      "0001 ok ok",
      "0002 ok ok",
      "0003 ok not-run",
      "0004 ok mismatch",
    ]);
    expect(db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version}`)).toEqual([
      "down-mismatch 0004",
    ]);
    expect(db.findings[0].message).toContain("users_slug");
    expect(code).toBe(1);
  });
});

/** A team's own runner: applies or reverts one version's SQL file and records it in a table of its own. */
const TOOL = [
  "import pathlib, sqlite3, sys",
  "direction, db, version, folder = sys.argv[1:5]",
  "con = sqlite3.connect(db)",
  'con.execute("CREATE TABLE IF NOT EXISTS _applied (version TEXT PRIMARY KEY)")',
  'script = next(pathlib.Path(folder).glob(f"{version}_*.{direction}.sql"))',
  "con.executescript(script.read_text())",
  'if direction == "up": con.execute("INSERT INTO _applied VALUES (?)", (version,))',
  'else: con.execute("DELETE FROM _applied WHERE version = ?", (version,))',
  "con.commit()",
  "",
].join("\n");

describe("a runner of the team's own, up and down", () => {
  const runner = {
    up: `${PYTHON} tools/migrate.py up {db} {version} {dir}`,
    down: `${PYTHON} tools/migrate.py down {db} {version} {dir}`,
    tables: ["_applied"],
  };
  const files = {
    "tools/migrate.py": TOOL,
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    "migrations/0002_email.up.sql": "ALTER TABLE users ADD COLUMN email TEXT;\n",
    // Leaves the column behind: what the down verification is there to catch.
    "migrations/0002_email.down.sql": "SELECT 1;\n",
    "migrations/0003_posts.up.sql":
      "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n",
    "migrations/0003_posts.down.sql": "DROP TABLE posts;\n",
  };

  it("finds the down that leaves a column behind, and one bad down does not spill into the next step", async () => {
    const cwd = tempTree({ ...files, "lockstep.config.json": config({ layout: "golang-migrate", runner }) });
    const { code, report } = await replayJson(cwd);
    expect(code).toBe(1);
    const db = report.databases[0];
    expect(db.migrations.map((m: { down: string }) => m.down)).toEqual(["ok", "mismatch", "ok"]);
    expect(db.migrations.map((m: { redo: string }) => m.redo)).toEqual(["ok", "not-run", "ok"]);
    expect(db.findings).toHaveLength(1);
    expect(db.findings[0]).toMatchObject({
      rule: "down-mismatch",
      version: "0002",
      file: "migrations/0002_email.down.sql",
    });
    expect(db.findings[0].message).toContain("email");
    // The runner's own table is its bookkeeping, not the application's schema.
    expect(JSON.stringify(db.schema)).not.toContain("_applied");
  });

  it("a placeholder no step has is a config error before anything runs", async () => {
    const cwd = tempTree({
      ...files,
      "lockstep.config.json": config({
        layout: "golang-migrate",
        runner: { up: `${PYTHON} tools/migrate.py {stage}` },
      }),
    });
    const run = await runCli(cwd, ["replay", "--no-cache"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, 'database "app": "runner"', "{stage}");
  });

  it("a program that is not installed is a config error naming it", async () => {
    const cwd = tempTree({
      ...files,
      "lockstep.config.json": config({
        layout: "golang-migrate",
        runner: { up: "no-such-migrate-tool up {db}" },
      }),
    });
    const run = await runCli(cwd, ["replay", "--no-cache"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "`no-such-migrate-tool` could not be started", "install it");
  });

  it("a tool that applies a migration to another database than the throwaway one is stopped, naming why", async () => {
    const cwd = tempTree({
      ...files,
      "lockstep.config.json": config({
        layout: "golang-migrate",
        runner: { ...runner, up: `${PYTHON} tools/migrate.py up app.db {version} {dir}` },
      }),
    });
    const run = await runCli(cwd, ["replay", "--no-cache"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "without creating the throwaway database", "point the tool at {db}");
  });

  it("an unknown preset is refused with the list of presets", async () => {
    const cwd = tempTree({
      ...files,
      "lockstep.config.json": config({ layout: "golang-migrate", runner: "flywheel" }),
    });
    const run = await runCli(cwd, ["replay", "--no-cache"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, '"flywheel" is not a runner preset');
  });
});
