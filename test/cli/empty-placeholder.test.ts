import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

interface Finding {
  rule: string;
  version?: string;
  message: string;
}

async function emptyFindings(files: Record<string, string>, dir: string): Promise<Finding[]> {
  const run = await runCli(tempTree(files), ["replay", dir, "--format", "json"]);
  const report = JSON.parse(run.stdout) as { databases: { findings: Finding[] }[] };
  return report.databases[0]?.findings.filter((f) => f.rule === "empty-migration") ?? [];
}

describe("empty-migration on a placeholder whose work is done in code", () => {
  it("a goose file with only a comment saying so: named a placeholder, not to be deleted", async () => {
    const [f, ...rest] = await emptyFindings(
      {
        "db/migrations/00001_users.sql":
          "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n-- +goose Down\nDROP TABLE users;\n",
        "db/migrations/00002_hash_emails.sql":
          "-- +goose Up\n-- Hashing the emails is done in Go code (see internal/backfill).\n\n-- +goose Down\n-- nothing to undo\n",
      },
      "db/migrations",
    );
    expect(rest).toEqual([]);
    expect(f?.version).toBe("00002");
    expect(f?.message).toContain(
      "its comments say the work is done in code (`-- Hashing the emails is done in Go code (see internal/backfill).`): a placeholder for work done in code, which goose applies as a migration that changes nothing, recording 00002; keep it",
    );
    expect(f?.message).not.toMatch(/delete it|delete the migration/);
  });

  it("a goose file whose Up is empty beside a Go migration", async () => {
    const [f] = await emptyFindings(
      {
        "db/migrations/00001_users.sql":
          "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n",
        "db/migrations/00002_backfill.go":
          'package migrations\n\nimport "github.com/pressly/goose/v3"\n\nfunc init() { goose.AddMigrationContext(upBackfill, downBackfill) }\n',
        "db/migrations/00003_after_backfill.sql": "-- +goose Up\n-- +goose Down\n",
      },
      "db/migrations",
    );
    expect(f?.message).toContain(
      "it sits beside the code migration 00002 (db/migrations/00002_backfill.go): a placeholder for work done in code",
    );
    expect(f?.message).toContain("with a version goose can no longer find");
  });

  it("an empty migration with nothing said of code may be deleted only where no database applied it", async () => {
    const [f] = await emptyFindings(
      {
        "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
        "migrations/0002_later.up.sql": "-- TODO\n",
      },
      "migrations",
    );
    expect(f?.message).toBe(
      "the up of 0002 has no statements (migrations/0002_later.up.sql is empty or only comments), so it changes nothing; write it, or, if no database has applied it yet, delete it",
    );
  });
});
