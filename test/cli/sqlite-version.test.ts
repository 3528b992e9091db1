import { describe, expect, it } from "vitest";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const migrations = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_drop_legacy.up.sql":
    "-- the column is unused since 2023\nALTER TABLE users DROP COLUMN legacy;\n",
  "migrations/0002_drop_legacy.down.sql": "ALTER TABLE users ADD COLUMN legacy TEXT;\n",
};

const replay = async (config: object) => {
  const cwd = tempTree({ ...migrations, "lockstep.config.json": JSON.stringify(config) });
  const run = await runCli(cwd, ["replay", "--no-cache", "--format", "json"]);
  return { run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
};

describe('the "sqlite" setting', () => {
  it("fails a migration using SQL newer than the oldest SQLite the database runs on, at its line", async () => {
    const { run, report } = await replay({ sqlite: "3.31", databases: [{ name: "app", dir: "migrations" }] });
    expect(run.code).toBe(1);
    // The DROP COLUMN is also a destructive change (a warning of its own).
    const findings = report.databases[0].findings.filter((f: { rule: string }) => f.rule !== "destructive");
    expect(findings).toMatchObject([
      { rule: "sqlite-version", file: "migrations/0002_drop_legacy.up.sql", line: 2, severity: "error" },
    ]);
    // The replay itself runs on a newer SQLite, where the statement works: every step is green.
    expect(report.databases[0].migrations.map((m: { down: string }) => m.down)).toEqual(["ok", "ok"]);
  });

  it("is per database, over the top-level default, and its rule's severity can be configured", async () => {
    const newer = await replay({
      sqlite: "3.31",
      databases: [{ name: "app", dir: "migrations", sqlite: "3.35" }],
    });
    expect(newer.run.code).toBe(0);
    expect(newer.report.databases[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["destructive"]);
    const warned = await replay({
      sqlite: "3.31",
      rules: { "sqlite-version": "warning" },
      databases: [{ name: "app", dir: "migrations" }],
    });
    expect(warned.run.code).toBe(0);
    expect(
      warned.report.databases[0].findings.find((f: { rule: string }) => f.rule !== "destructive"),
    ).toMatchObject({
      rule: "sqlite-version",
      severity: "warning",
    });
  });

  it("refuses a value that is not a SQLite 3 release, naming the key", async () => {
    const { run } = await replay({ databases: [{ name: "app", dir: "migrations", sqlite: "latest" }] });
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "sqlite");
  });
});
