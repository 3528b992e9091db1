import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openRealDatabase } from "../../src/engine/realdb/real-database.js";
import { snapshot, writeDatabase } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

// Ruby is not installed here: the tables are made with the DDL Rails' SQLite adapter runs for them
// (SchemaMigration#create_table: `t.string :version, primary_key: true` in a table with id: false;
// InternalMetadata#create_table: key, value and timestamps, which are datetime(6) NOT NULL), and rows as
// Migrator#record_version_state_after_migrating writes them: `version.to_s` of the file's integer version.
const TABLES = `CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "ar_internal_metadata" ("key" varchar NOT NULL PRIMARY KEY, "value" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO "ar_internal_metadata" ("key", "value", "created_at", "updated_at") VALUES ('environment', 'development', '2024-01-05 10:00:00.000000', '2024-01-05 10:00:00.000000');`;

const migration = (klass: string, body: string) =>
  `class ${klass} < ActiveRecord::Migration[7.1]\n  def change\n    ${body}\n  end\nend\n`;

const config = JSON.stringify({ databases: [{ name: "main", dir: "db/migrate", layout: "rails" }] });

async function statusOf(files: Record<string, string>, versions: string[]) {
  const cwd = tempTree({ "lockstep.config.json": config, ...files });
  const rows = versions.map((v) => `INSERT INTO "schema_migrations" ("version") VALUES ('${v}');`);
  await writeDatabase(join(cwd, "development.sqlite3"), `${TABLES}\n${rows.join("\n")}`);
  const before = snapshot(join(cwd, "development.sqlite3"));
  const real = await openRealDatabase({ cwd, file: "development.sqlite3" });
  expect(snapshot(join(cwd, "development.sqlite3")).bytes.equals(before.bytes)).toBe(true);
  return {
    states: real.status?.entries.map((e) => `${e.version} ${e.state}`),
    findings: real.status?.findings ?? [],
  };
}

describe("status of a Rails database: schema_migrations(version) and ar_internal_metadata", () => {
  const files = {
    "db/migrate/20240101000000_create_users.rb": migration("CreateUsers", "create_table :users"),
    "db/migrate/20240102000000_create_posts.rb": migration("CreatePosts", "create_table :posts"),
    "db/migrate/20240103000000_add_title_to_posts.rb": migration(
      "AddTitleToPosts",
      "add_column :posts, :title, :string",
    ),
  };

  it("recorded versions are applied, the rest pending; ar_internal_metadata is Rails' own, not a migration", async () => {
    const { states, findings } = await statusOf(files, ["20240101000000", "20240102000000"]);
    expect(states).toEqual(["20240101000000 applied", "20240102000000 applied", "20240103000000 pending"]);
    expect(findings).toEqual([]);
  });

  it("a recorded version with no file is missing, with db:migrate:status's NO FILE", async () => {
    const { states, findings } = await statusOf(files, [
      "20240101000000",
      "20240103000000",
      "20231231000000",
    ]);
    expect(states).toEqual([
      "20240101000000 applied",
      "20240102000000 pending",
      "20240103000000 applied",
      "20231231000000 missing",
    ]);
    expect(findings.map((f) => f.rule)).toEqual(["db-out-of-order", "db-missing"]);
    expect(findings[1]?.message).toContain("lists it as NO FILE");
    // Rails runs an older pending version too: a warning with what db:migrate does.
    expect(findings[0]?.message).toContain("applies every pending version, older ones included");
  });

  it("numbered migrations (001_…) are recorded as the integer, `1`: still applied", async () => {
    const numbered = {
      "db/migrate/001_create_users.rb": migration("CreateUsers", "create_table :users"),
      "db/migrate/002_create_posts.rb": migration("CreatePosts", "create_table :posts"),
    };
    const { states, findings } = await statusOf(numbered, ["1"]);
    expect(states).toEqual(["001 applied", "002 pending"]);
    expect(findings).toEqual([]);
  });
});
