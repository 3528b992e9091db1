import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const FOREVER = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)\nSELECT count(*) FROM r;\n";

const migrations = {
  "migrations/0001_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
  "migrations/0001_a.down.sql": "DROP TABLE a;\n",
  "migrations/0002_loop.up.sql": `INSERT INTO a VALUES (1);\n-- counts for ever\n${FOREVER}`,
  "migrations/0002_loop.down.sql": "DELETE FROM a;\n",
  "migrations/0003_c.up.sql": "CREATE TABLE c (id INTEGER);\n",
  "migrations/0003_c.down.sql": "DROP TABLE c;\n",
};

function config(extra: Record<string, unknown> = {}, db: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, databases: [{ name: "main", dir: "migrations", ...db }] });
}

interface Report {
  databases: {
    migrations: { version: string; up: string; down: string }[];
    findings: { rule: string; file?: string; line?: number; message: string }[];
    diff?: unknown;
  }[];
}

describe("a statement that never ends", () => {
  it("is stopped at the database's timeout and named by file, line and statement; later migrations do not run", async () => {
    const cwd = tempTree({
      ...migrations,
      "lockstep.config.json": config({ timeout: 3600 }, { timeout: 1 }),
    });
    const run = await runCli(cwd, ["replay", "--format", "json"]);
    expect(run.code).toBe(1);
    const db = (JSON.parse(run.stdout) as Report).databases[0];
    const timeout = db?.findings.find((f) => f.rule === "timeout");
    expect(timeout).toMatchObject({ file: "migrations/0002_loop.up.sql", line: 3 });
    expect(timeout?.message).toContain("`WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)");
    expect(timeout?.message).toContain("1 s");
    expect(db?.migrations.map((m) => [m.version, m.up])).toEqual([
      ["0001", "ok"],
      ["0002", "failed"],
      ["0003", "not-run"],
    ]);
  });

  it("a stuck down is named; --timeout overrides the config", async () => {
    const cwd = tempTree({
      ...migrations,
      "migrations/0002_loop.up.sql": "INSERT INTO a VALUES (1);\n",
      "migrations/0002_loop.down.sql": `DELETE FROM a;\n${FOREVER}`,
      "lockstep.config.json": config({ timeout: 3600 }, { timeout: 1800 }),
    });
    const run = await runCli(cwd, ["replay", "--timeout", "0.5", "--format", "json"]);
    expect(run.code).toBe(1);
    const db = (JSON.parse(run.stdout) as Report).databases[0];
    expect(db?.findings.find((f) => f.rule === "timeout")).toMatchObject({
      file: "migrations/0002_loop.down.sql",
      line: 2,
    });
    expect(db?.migrations.map((m) => [m.version, m.up, m.down])).toEqual([
      ["0001", "ok", "ok"],
      ["0002", "ok", "failed"],
      ["0003", "not-run", "not-run"],
    ]);
  });

  it("the text report shows the finding and where", async () => {
    const cwd = tempTree({ ...migrations, "lockstep.config.json": config({ timeout: 0.5 }) });
    const run = await runCli(cwd, ["replay"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("timeout  migrations/0002_loop.up.sql:3:1");
  });

  it("check stops there too, and shows no schema diff for a replay that did not finish", async () => {
    const cwd = tempTree({
      "migrations/0001_a.up.sql": migrations["migrations/0001_a.up.sql"],
      "migrations/0001_a.down.sql": migrations["migrations/0001_a.down.sql"],
      "lockstep.config.json": config({ timeout: 0.5 }),
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    git("checkout", "-q", "-b", "feature");
    for (const [path, text] of Object.entries(migrations)) writeFileSync(join(cwd, path), text);
    git("add", ".");
    git("commit", "-q", "-m", "loop");
    const run = await runCli(cwd, ["check", "--base", "main", "--format", "json"]);
    expect(run.code).toBe(1);
    const db = (JSON.parse(run.stdout) as Report).databases[0];
    expect(db?.findings.find((f) => f.rule === "timeout")).toMatchObject({
      file: "migrations/0002_loop.up.sql",
      line: 3,
    });
    expect(db?.diff).toBeUndefined();
  });

  it("--timeout takes a positive number of seconds", async () => {
    const cwd = tempTree(migrations);
    const run = await runCli(cwd, ["replay", "migrations", "--timeout", "soon"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "--timeout", '"soon"');
  });
});

describe("file-name patterns and exclude globs that backtrack for ever", () => {
  const long = `${"1".repeat(60)}x`;

  it("a pattern with a repeated group holding a quantifier is refused at config load", async () => {
    const cwd = tempTree({
      [`migrations/${long}`]: "",
      "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n",
      "lockstep.config.json": config({}, { pattern: "^(?<version>(\\d+)+)+$" }),
    });
    for (const command of [["replay"], ["lock"]]) {
      const run = await runCli(cwd, command);
      expect(run.code).toBe(2);
      expectOneCleanLine(run.stderr, '"databases.0.pattern"', "exponential");
    }
  });

  it("a pattern with a backreference is refused", async () => {
    const cwd = tempTree({
      "migrations/0001_a.sql": "",
      "lockstep.config.json": config({}, { pattern: "^(?<version>\\d+)_\\1\\.sql$" }),
    });
    const run = await runCli(cwd, ["replay"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, '"databases.0.pattern"', "backreference");
  });

  it("an exclude glob with many wildcards in a segment is refused", async () => {
    const cwd = tempTree({
      [`migrations/${"a".repeat(120)}`]: "",
      "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n",
      "lockstep.config.json": config({}, { exclude: ["**/*a*a*a*a*a*a*a*a*a*a*b"] }),
    });
    for (const command of [["replay"], ["lock"]]) {
      const run = await runCli(cwd, command);
      expect(run.code).toBe(2);
      expectOneCleanLine(run.stderr, '"databases.0.exclude.0"', "wildcards");
    }
  });

  it("near miss: the README's pattern and globs are accepted", async () => {
    const cwd = tempTree({
      "migrations/V1.first.up.sql": "CREATE TABLE a (id INTEGER);\n",
      "migrations/V1.first.down.sql": "DROP TABLE a;\n",
      "lockstep.config.json": config(
        {},
        {
          pattern: "^V(?<version>\\d+)\\.(?<name>.+)\\.(?<direction>up|down)\\.sql$",
          exclude: ["mysql/**", "**/*_draft_*.sql"],
        },
      ),
    });
    const run = await runCli(cwd, ["replay"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
