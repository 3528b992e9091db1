import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const goose = (table: string) =>
  `-- +goose Up\nCREATE TABLE ${table} (id INTEGER);\n-- +goose Down\nDROP TABLE ${table};\n`;

describe("replay of a directory holding files its tool does not read", () => {
  it("goose: a generator script is a note on stderr, not a duplicate-version", async () => {
    const cwd = tempTree({
      "db/migrations/00001_users.sql": goose("users"),
      "db/migrations/00002_orders.sql": goose("orders"),
      "db/migrations/00002_generate.py": "print('-- +goose Up')\n",
      "db/migrations/.keep": "",
      "db/migrations/README.md": "# how to add a migration\n",
    });
    const r = await runCli(cwd, ["replay", "db/migrations"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("duplicate-version");
    expect(r.stderr).toBe(
      "lockstep: db/migrations/00002_generate.py is not read as a migration: goose reads only `<int>_<name>.sql` files and `<int>_<name>.go` files (Go migrations registered in the binary), so it never runs; add it to `exclude` to keep this note away\n",
    );
  });
});

describe('layout "plain" with an order file', () => {
  it("replays legacy patches not named by version in the order the file lists them", async () => {
    const cwd = tempTree({
      "sql/patches/patch-accounts.sql": "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n",
      "sql/patches/patch-accounts-email.sql": "ALTER TABLE accounts ADD COLUMN email TEXT;\n",
      "sql/patches/patch-sessions.sql":
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, account INTEGER REFERENCES accounts (id));\n",
      "sql/patches.txt": "patch-accounts.sql\npatch-sessions.sql\npatch-accounts-email.sql\n",
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "legacy", dir: "sql/patches", layout: "plain", order: "sql/patches.txt" }],
      }),
    });
    const r = await runCli(cwd, ["replay", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const db = JSON.parse(r.stdout).databases[0];
    expect(db.findings).toEqual([]);
    expect(db.migrations.map((m: { files: string[]; up: string }) => [m.files[0], m.up])).toEqual([
      ["sql/patches/patch-accounts.sql", "ok"],
      ["sql/patches/patch-sessions.sql", "ok"],
      ["sql/patches/patch-accounts-email.sql", "ok"],
    ]);
  });
});
