import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// The real dbmate binary (the npm package of its Linux build), found on PATH as a team would have it.
const DBMATE_BIN = resolve(import.meta.dirname, "../../node_modules/@dbmate/linux-x64/bin");
const withDbmate = { NO_COLOR: "1", PATH: `${DBMATE_BIN}${delimiter}${process.env.PATH}` };

const dbmateFiles = {
  "db/migrations/20240101000001_users.sql":
    "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n\n-- migrate:down\nDROP TABLE users;\n",
  "db/migrations/20240101000002_posts.sql":
    "-- migrate:up\nCREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\nCREATE INDEX posts_user ON posts (user_id);\n\n-- migrate:down\nDROP TABLE posts;\n",
  "db/migrations/20240101000003_users_name.sql":
    "-- migrate:up\nALTER TABLE users ADD COLUMN name TEXT;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN name;\n",
};

const summary = (stdout: string) => {
  const db = JSON.parse(stdout).databases[0];
  return {
    steps: db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version} ${f.file}`),
    schema: db.schema,
  };
};

describe("the dbmate preset, with the real dbmate", () => {
  const config = (runner?: string) =>
    JSON.stringify({
      databases: [{ name: "app", dir: "db/migrations", layout: "dbmate", ...(runner ? { runner } : {}) }],
    });

  it("replays like lockstep's own replay of the same files, and writes nothing into the repository", async () => {
    const own = tempTree({ ...dbmateFiles, "lockstep.config.json": config() });
    const real = tempTree({ ...dbmateFiles, "lockstep.config.json": config("dbmate") });
    const mine = await runCli(own, ["replay", "--no-cache", "--format", "json"], withDbmate);
    const theirs = await runCli(real, ["replay", "--no-cache", "--format", "json"], withDbmate);
    expect(theirs.stderr).toBe("");
    expect(theirs.code).toBe(0);
    expect(summary(theirs.stdout)).toEqual(summary(mine.stdout));
    expect(JSON.parse(theirs.stdout).databases[0].runner).toContain("dbmate --url sqlite:{db}");
    expect(gitIn(real)("status", "--porcelain").stdout).toBe("");
  });

  it("finds the down dbmate runs that leaves a column behind", async () => {
    const broken = {
      ...dbmateFiles,
      "db/migrations/20240101000003_users_name.sql":
        "-- migrate:up\nALTER TABLE users ADD COLUMN name TEXT;\n\n-- migrate:down\n",
    };
    const real = tempTree({ ...broken, "lockstep.config.json": config("dbmate") });
    const run = await runCli(real, ["replay", "--no-cache", "--format", "json"], withDbmate);
    expect(run.code).toBe(1);
    expect(summary(run.stdout).findings).toEqual([
      "down-mismatch 20240101000003 db/migrations/20240101000003_users_name.sql",
    ]);
  });
});

/** A team's runner with an "up to" command, logging every call so the test sees what ran. */
const TOOL = [
  "import pathlib, sqlite3, sys",
  "direction, db, version, folder, log = sys.argv[1:6]",
  'open(log, "a").write(f"{direction} {version}\\n")',
  'if direction == "fail": sys.exit(1)',
  "con = sqlite3.connect(db)",
  "files = sorted(pathlib.Path(folder).glob('*.up.sql'))",
  'if direction == "to":',
  "    for f in files:",
  "        if f.name.split('_')[0] <= version: con.executescript(f.read_text())",
  "else:",
  '    f = next(pathlib.Path(folder).glob(f"{version}_*.{direction}.sql"))',
  "    con.executescript(f.read_text())",
  "con.commit()",
  "",
].join("\n");

describe("check --down new through a runner with an 'up to' command", () => {
  it("applies the base's migrations in one call and steps only the branch's", async () => {
    const { log, run } = await branchCheck("to");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "to 0003",
      "up 0004",
      "down 0004",
      "up 0004",
    ]);
    const db = JSON.parse(run.stdout).databases[0];
    expect(db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down}`)).toEqual([
      "0001 ok not-run",
      "0002 ok not-run",
      "0003 ok not-run",
      "0004 ok ok",
    ]);
    // The base's state is the head's after 0003: the diff is the branch's table alone.
    expect(JSON.stringify(db.diff)).toContain("t0004");
    expect(JSON.stringify(db.diff)).not.toContain("t0002");
  });

  it("steps through every migration when the 'up to' call fails, with the same verdict", async () => {
    const { log, run } = await branchCheck("fail");
    expect(run.code).toBe(0);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "fail 0003",
      "up 0001",
      "up 0002",
      "up 0003",
      "up 0004",
      "down 0004",
      "up 0004",
    ]);
    expect(JSON.parse(run.stdout).databases[0].findings).toEqual([]);
  });
});

/** main with three migrations, a branch adding a fourth, checked with `--down new`; `to`: the runner's "up to". */
async function branchCheck(to: string) {
  const base: Record<string, string> = { "tools/migrate.py": TOOL };
  for (const v of ["0001", "0002", "0003"]) {
    base[`migrations/${v}_t${v}.up.sql`] = `CREATE TABLE t${v} (id INTEGER PRIMARY KEY);\n`;
    base[`migrations/${v}_t${v}.down.sql`] = `DROP TABLE t${v};\n`;
  }
  const cwd = tempTree(base);
  const log = join(cwd, "..", `${cwd.split("/").pop()}-calls.log`);
  const tool = (d: string) => `/usr/bin/python3 tools/migrate.py ${d} {db} {version} {dir} ${log}`;
  const runner = { up: tool("up"), down: tool("down"), to: tool(to) };
  const config = JSON.stringify({
    databases: [{ name: "app", dir: "migrations", layout: "golang-migrate", runner }],
  });
  const git = gitIn(cwd, gitEnv());
  git("init", "-q", "-b", "main");
  tempTreeWrite(cwd, { "lockstep.config.json": config });
  await runCli(cwd, ["lock", "migrations"]);
  git("add", "-A");
  git("commit", "-qm", "base");
  git("checkout", "-qb", "feature");
  tempTreeWrite(cwd, {
    "migrations/0004_t0004.up.sql":
      "CREATE TABLE t0004 (id INTEGER PRIMARY KEY, t INTEGER REFERENCES t0001 (id));\n",
    "migrations/0004_t0004.down.sql": "DROP TABLE t0004;\n",
  });
  await runCli(cwd, ["lock", "migrations"]);
  git("add", "-A");
  git("commit", "-qm", "feature");
  const run = await runCli(cwd, ["check", "--base", "main", "--down", "new", "--format", "json"]);
  return { log, run };
}

function tempTreeWrite(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
