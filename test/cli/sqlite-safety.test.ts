import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const migrations = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_drop_legacy.up.sql":
    "-- the column is unused since 2023\nALTER TABLE users DROP COLUMN legacy;\nPRAGMA legacy_alter_table = ON;\n",
  "migrations/0002_drop_legacy.down.sql": "ALTER TABLE users ADD COLUMN legacy TEXT;\n",
  "migrations/0003_tags.up.sql": "CREATE TABLE tags (\n  kind TEXT CHECK (kind IN (\"a\", 'b'))\n);\n",
  "migrations/0003_tags.down.sql": "DROP TABLE tags;\n",
};

const replay = async (config: object) => {
  const cwd = tempTree({ ...migrations, "lockstep.config.json": JSON.stringify(config) });
  const run = await runCli(cwd, ["replay", "--no-cache", "--format", "json"]);
  return { run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
};

describe("SQLite safety rules through the CLI", () => {
  it("reports each at its file and line, as warnings that fail nothing", async () => {
    const { run, report } = await replay({ databases: [{ name: "app", dir: "migrations" }] });
    expect(run.code).toBe(0);
    const found = report.databases[0].findings.map((f: { rule: string; file: string; line: number }) => [
      f.rule,
      f.file,
      f.line,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["dqs", "migrations/0003_tags.up.sql", 2],
        ["destructive", "migrations/0002_drop_legacy.up.sql", 2],
        ["legacy-alter-table", "migrations/0002_drop_legacy.up.sql", 3],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it("takes its severities from the config's rules", async () => {
    const { run, report } = await replay({
      rules: { destructive: "error" },
      databases: [{ name: "app", dir: "migrations" }],
    });
    expect(run.code).toBe(1);
    const destructive = report.databases[0].findings.find((f: { rule: string }) => f.rule === "destructive");
    expect(destructive.severity).toBe("error");
  });
});
