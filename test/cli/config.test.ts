import { describe, expect, it } from "vitest";
import type { DatabaseReport, ReplayReport } from "../../src/core/report.js";
import { lockstep, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const ESC = "\u001b[";

/** Runs `replay … --format json` and parses the report. */
async function replayJson(cwd: string, ...args: string[]) {
  const run = await runCli(cwd, ["replay", ...args, "--format", "json"]);
  return { code: run.code, stderr: run.stderr, report: JSON.parse(run.stdout) as ReplayReport };
}

function db(report: ReplayReport): DatabaseReport {
  const [first] = report.databases;
  if (!first) throw new Error("the report has no database");
  return first;
}

const ups = (r: { report: ReplayReport }) => db(r.report).migrations.map((m) => `${m.version} ${m.up}`);
const rules = (d: DatabaseReport) => d.findings.map((f) => `${f.severity} ${f.rule}`);

function expectOneLine(stderr: string, ...parts: string[]): void {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  for (const part of parts) expect(stderr).toContain(part);
}

const withConfig = (files: Record<string, string>, config: unknown) =>
  tempTree({ ...files, "lockstep.config.json": JSON.stringify(config) });

/** A config with one database "m" reading migrations/. */
const one = (extra: Record<string, unknown> = {}) => ({
  databases: [{ name: "m", dir: "migrations", ...extra }],
});

describe("layout", () => {
  const ownTransaction = { "migrations/0001_own_tx.sql": "BEGIN;\nCREATE TABLE t (id INTEGER);\nCOMMIT;\n" };

  it('"d1" wraps each file in a transaction, where the plain layout runs it as written', async () => {
    const plain = await replayJson(tempTree(ownTransaction), "migrations");
    expect(plain.code).toBe(0);
    expect(db(plain.report).format).toBe("plain");

    const d1 = await replayJson(withConfig(ownTransaction, one({ layout: "d1" })));
    expect(d1.code).toBe(1);
    expect(db(d1.report).format).toBe("d1");
    const failed = db(d1.report).findings.find((f) => f.rule === "up-failed");
    expect(failed?.message).toContain("cannot start a transaction within a transaction");
  });

  it('"sqlx" wraps every file unless it starts with -- no-transaction', async () => {
    const files = {
      "migrations/0001_opt_out.sql": "-- no-transaction\nBEGIN;\nCREATE TABLE a (id INTEGER);\nCOMMIT;\n",
      "migrations/0002_wrapped.sql": "BEGIN;\nCREATE TABLE b (id INTEGER);\nCOMMIT;\n",
    };
    const r = await replayJson(withConfig(files, one({ layout: "sqlx" })));
    expect(r.code).toBe(1);
    expect(db(r.report).format).toBe("sqlx");
    expect(ups(r)).toEqual(["0001 ok", "0002 failed"]);
  });
});

describe("a home-grown legacy set: pattern, baseline, functions, replacements, exclude", () => {
  const files = {
    "legacy/sql/V0001.Initial_Schema.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY AUTO_INCREMENT);\n",
    "legacy/sql/V0001.Initial_Schema.down.sql": "DROP TABLE users;\n",
    "legacy/sql/V0002.Add_Email.up.sql":
      "ALTER TABLE accounts ADD COLUMN email TEXT CHECK (email IS NULL OR email = 'ann');\n" +
      "UPDATE accounts SET email = normalize(name);\n",
    "legacy/sql/V0002.Add_Email.down.sql": "ALTER TABLE accounts DROP COLUMN email;\n",
    "legacy/sql/mysql/V0003.Engine.up.sql": "CREATE TABLE m (id INT) ENGINE=InnoDB;\n",
    "legacy/schema-2019.sql":
      "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO accounts (name) VALUES (' Ann ');\n",
    "legacy/sql-functions.mjs": "export default { normalize: (s) => String(s).trim().toLowerCase() };\n",
  };
  const legacy = {
    name: "legacy",
    dir: "legacy/sql",
    pattern: "^V(?<version>\\d+)\\.(?<name>.+)\\.(?<direction>up|down)\\.sql$",
    baseline: "legacy/schema-2019.sql",
    functions: "legacy/sql-functions.mjs",
    replacements: [{ from: "AUTO_INCREMENT", to: "AUTOINCREMENT" }],
    exclude: ["mysql/**"],
  };

  it("replays clean with every key set", async () => {
    const r = await replayJson(withConfig(files, { databases: [legacy] }));
    expect(r.code).toBe(0);
    const d = db(r.report);
    expect(d.format).toBe("pattern");
    expect(d.findings).toEqual([]);
    expect(d.migrations.map((m) => [m.version, m.name, m.up, m.down, m.redo])).toEqual([
      ["0001", "Initial_Schema", "ok", "ok", "ok"],
      ["0002", "Add_Email", "ok", "ok", "ok"],
    ]);
  });

  it.each([
    ["pattern", "no known migration layout matches"],
    ["baseline", "no such table: accounts"],
    ["functions", "no such function: normalize"],
    ["replacements", 'near "AUTO_INCREMENT"'],
    ["exclude", "legacy/sql/mysql/V0003.Engine.up.sql"],
  ])("fails without %s", async (key, message) => {
    const config = { ...legacy } as Record<string, unknown>;
    delete config[key];
    const r = await replayJson(withConfig(files, { databases: [config] }));
    expect(r.code).toBe(1);
    expect(db(r.report).findings.find((f) => f.severity === "error")?.message).toContain(message);
  });
});

describe("order", () => {
  const files = {
    "migrations/001_add_email.sql": "ALTER TABLE users ADD COLUMN email TEXT;\n",
    "migrations/002_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "patches.txt": "# the order the application applies them in\n002_users.sql\n001_add_email.sql\n",
  };

  it("an order file replaces the sort by version", async () => {
    const sorted = await replayJson(tempTree(files), "migrations");
    expect(sorted.code).toBe(1);
    expect(ups(sorted)).toEqual(["001 failed", "002 not-run"]);

    const r = await replayJson(withConfig(files, one({ order: "patches.txt" })));
    expect(r.code).toBe(0);
    expect(ups(r)).toEqual(["002 ok", "001 ok"]);
  });

  it("a line of the order file that matches no migration is reported at its file and line", async () => {
    const typo = { ...files, "patches.txt": "002_users.sql\n\n001_add_emial.sql\n" };
    const r = await replayJson(withConfig(typo, one({ order: "patches.txt" })));
    const finding = db(r.report).findings.find((f) => f.file === "patches.txt");
    expect(finding).toMatchObject({ rule: "parse-error", line: 3 });
    expect(finding?.message).toContain('patches.txt:3 names "001_add_emial.sql"');
  });
});

describe("pattern", () => {
  const files = { "migrations/V0001.init.up.sql": "CREATE TABLE t (id INTEGER);\n" };
  it.each([
    [{ layout: "pattern" }, '"databases.0.layout": "pattern" needs a "pattern" key'],
    [{ pattern: "^V(?<version>\\d+" }, '"databases.0.pattern" is not a valid regular expression'],
    [{ pattern: "^V(\\d+)\\.(?<name>.+)\\.sql$" }, '"databases.0.pattern" has no named group (?<version>'],
  ])("%j exits 2 naming the key", async (extra, message) => {
    const r = await runCli(withConfig(files, one(extra)), ["replay"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, "lockstep.config.json", message);
  });
});

describe("down policy and rule severities", () => {
  // 0001 has no down; 0002's down is right.
  const missing = {
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
    "migrations/0002_posts.down.sql": "DROP TABLE posts;\n",
  };
  const run = async (extra: Record<string, unknown>, top: Record<string, unknown> = {}) =>
    await replayJson(withConfig(missing, { ...one(extra), ...top }));

  it('a missing down is a warning by default and an error with "down": "required"', async () => {
    const optional = await run({});
    expect(optional.code).toBe(0);
    expect(rules(db(optional.report))).toEqual(["warning down-missing"]);
    const required = await run({ down: "required" });
    expect(required.code).toBe(1);
    expect(rules(db(required.report))).toEqual(["error down-missing"]);
  });

  it('"down": "none" checks no down at all', async () => {
    const files = { ...missing, "migrations/0002_posts.down.sql": "-- nothing to undo\n" };
    const checked = await replayJson(withConfig(files, one()));
    expect(checked.code).toBe(1);
    expect(rules(db(checked.report)).sort()).toEqual(["error down-mismatch", "warning down-missing"]);
    const none = await replayJson(withConfig(files, one({ down: "none" })));
    expect(none.code).toBe(0);
    expect(db(none.report).findings).toEqual([]);
    expect(db(none.report).migrations.map((m) => m.down)).toEqual(["not-run", "not-run"]);
  });

  it('"off" removes a rule\'s findings, "error" makes a warning fail the run', async () => {
    const off = await run({}, { rules: { "down-missing": "off" } });
    expect(off.code).toBe(0);
    expect(db(off.report).findings).toEqual([]);
    const error = await run({}, { rules: { "down-missing": "error" } });
    expect(error.code).toBe(1);
    expect(error.report.ok).toBe(false);
    expect(rules(db(error.report))).toEqual(["error down-missing"]);
  });

  it.each([
    [{ "down-missng": "off" }, '"down-missng"'],
    [{ "down-missing": "fatal" }, "rules.down-missing"],
  ])("rules %j exit 2 naming the file and the key", async (rulesValue, key) => {
    const cwd = withConfig(missing, { ...one(), rules: rulesValue });
    const r = await runCli(cwd, ["replay"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, "lockstep.config.json", key);
  });
});

describe("several databases, --db and --config", () => {
  const files = {
    "app/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "app/0001_users.down.sql": "DROP TABLE users;\n",
    "old/1_broken.sql": "CREATE TABLE (;\n",
  };
  const config = {
    databases: [
      { name: "app", dir: "app" },
      { name: "old", dir: "old" },
    ],
  };

  it("replays every database, or the one --db names", async () => {
    const cwd = withConfig(files, config);
    const all = await replayJson(cwd);
    expect(all.code).toBe(1);
    expect(all.report.databases.map((d) => `${d.name} ${d.dir}`)).toEqual(["app app", "old old"]);
    const one = await replayJson(cwd, "--db", "app");
    expect(one.code).toBe(0);
    expect(one.report.databases.map((d) => d.name)).toEqual(["app"]);
  });

  it("an unknown --db exits 2 listing the names", async () => {
    const r = await runCli(withConfig(files, config), ["replay", "--db", "nope"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, '"nope"', "app, old");
  });

  it("--config reads a config elsewhere, with paths relative to it", async () => {
    const cwd = tempTree({
      ...files,
      "lockstep.config.json": "{ not json",
      "ci/lockstep.json": JSON.stringify({ databases: [{ name: "main", dir: "../app" }] }),
    });
    const r = await replayJson(cwd, "--config", "ci/lockstep.json");
    expect(r.code).toBe(0);
    expect(r.report.databases.map((d) => `${d.name} ${d.dir}`)).toEqual(["main app"]);
  });

  it("a config that is not JSON exits 2 with one line naming it", async () => {
    const cwd = tempTree({ ...files, "ci/broken.json": '{ "databases": [ }' });
    const r = await runCli(cwd, ["replay", "--config", "ci/broken.json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, "ci/broken.json", "not valid JSON");
  });
});

describe("without DIR and without a config", () => {
  it("uses the first common location that holds migrations and says so", async () => {
    const cwd = tempTree({
      "migrations/README.md": "not migrations\n",
      "db/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "db/migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    const r = await replayJson(cwd);
    expect(r.code).toBe(0);
    expect(db(r.report).dir).toBe("db/migrations");
    expectOneLine(r.stderr, "using db/migrations/");
  });

  it("exits 2 with one line when none holds migrations", async () => {
    const r = await runCli(tempTree({ "src/index.ts": "export {};\n" }), ["replay"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, "no migrations found", "folders named migrations/", "lockstep replay DIR");
  });
});

describe("report formats", () => {
  const files = {
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    "migrations/0003_add_email.up.sql": "ALTER TABLE users ADD COLUMN email TEXT;\n",
    "migrations/0003_add_email.down.sql": "-- forgot the down\n",
  };

  it("--format json has the documented shape", async () => {
    const r = await replayJson(tempTree(files), "migrations");
    expect(r.code).toBe(1);
    expect(r.report).toMatchObject({ version: 1, ok: false });
    const d = db(r.report);
    expect(d).toMatchObject({ name: "default", dir: "migrations", format: "golang-migrate" });
    expect(d.migrations).toHaveLength(2);
    expect(d.migrations[1]).toMatchObject({
      version: "0003",
      name: "add_email",
      files: ["migrations/0003_add_email.up.sql", "migrations/0003_add_email.down.sql"],
      up: "ok",
      down: "mismatch",
    });
    expect(d.migrations.every((m) => typeof m.ms === "number" && typeof m.redo === "string")).toBe(true);
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({
      rule: "down-mismatch",
      severity: "error",
      version: "0003",
      file: "migrations/0003_add_email.down.sql",
      line: 1,
    });
    expect(d.findings[0]?.message).toContain("users.email");
  });

  it("--format markdown has a table row per migration and ends with a newline", async () => {
    const r = await runCli(tempTree(files), ["replay", "migrations", "--format", "markdown"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\| 0001 \| users \|/m);
    expect(r.stdout).toMatch(/^\| 0003 \| add\\?_email \|/m);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.endsWith("\n\n")).toBe(false);
  });

  it("--down none runs no down; --down all is the default", async () => {
    const cwd = tempTree(files);
    const byDefault = await replayJson(cwd, "migrations");
    const all = await replayJson(cwd, "migrations", "--down", "all");
    for (const r of [byDefault, all]) {
      expect(r.code).toBe(1);
      expect(db(r.report).migrations.map((m) => m.down)).toEqual(["ok", "mismatch"]);
    }
    const none = await replayJson(cwd, "migrations", "--down", "none");
    expect(none.code).toBe(0);
    expect(db(none.report).findings).toEqual([]);
    expect(db(none.report).migrations.map((m) => `${m.up} ${m.down} ${m.redo}`)).toEqual([
      "ok not-run not-run",
      "ok not-run not-run",
    ]);
    // The verdict says what was done, not "up, down and up again".
    const text = await runCli(cwd, ["replay", "migrations", "--down", "none"]);
    expect(text.stdout).toContain("✓ 2 migrations replayed (no downs checked): no problems found");
  });

  it("piped text output is never coloured, with or without NO_COLOR or FORCE_COLOR", () => {
    const cwd = tempTree(files);
    // The built CLI with its stdout on a pipe: what decides colour is the real stream, so it runs as a process.
    for (const env of [{ NO_COLOR: "1" }, { NO_COLOR: undefined, FORCE_COLOR: "1", TERM: "xterm" }]) {
      const r = lockstep(cwd, ["replay", "migrations"], env);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("down-mismatch");
      expect(r.stdout).not.toContain(ESC);
    }
  });
});
