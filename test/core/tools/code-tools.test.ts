import { describe, expect, it } from "vitest";
import { detectLayout, readMigrationSet } from "../../../src/core/layouts/index.js";
import { mayBeMigrationFile } from "../../../src/core/layouts/migration-files.js";
import type { SourceFile } from "../../../src/core/migration.js";
import { knex } from "../../../src/core/tools/knex.js";
import { rails } from "../../../src/core/tools/rails.js";
import { typeorm } from "../../../src/core/tools/typeorm.js";
import { fixture } from "../layouts/read-dir.js";

// knex, TypeORM and Rails migrations are code: listed in the order their tool applies them, with their
// downs, for a runner; the files each tool skips are skipped.

const file = (rel: string, text: string): SourceFile => ({ rel, display: `m/${rel}`, text });

describe("knex", () => {
  const set = readMigrationSet(fixture("knex"));

  it("is detected from its files and lists the top-level files knex loads, sorted by name", () => {
    expect(set.layout).toBe("knex");
    expect(set.migrations.map((m) => m.step?.migration)).toEqual([
      "20240101000000_users.cjs",
      "20240102000000_posts.js",
      "20240103000000_seed_admin.cjs",
      "3_legacy_flag.cjs",
    ]);
    expect(set.migrations.map((m) => [m.version, m.name])).toEqual([
      ["20240101000000", "users"],
      ["20240102000000", "posts"],
      ["20240103000000", "seed_admin"],
      ["3", "legacy_flag"],
    ]);
    // Code, for a runner: no SQL up.
    for (const m of set.migrations) {
      expect(m.up).toBeUndefined();
      expect(m.code).toBe(m.files[0]);
    }
  });

  it("declares the downs the files export, and the file that opts out of knex's transaction", () => {
    expect(set.migrations.map((m) => m.down !== undefined)).toEqual([true, true, true, true]);
    expect(set.migrations[3]?.down?.transaction).toBe(false);
    expect(set.migrations[0]?.down?.transaction).toBe(true);
    expect(set.hasDowns).toBe(true);
  });

  it("says the .mjs file (not among knex's loadExtensions) and the nested one never run", () => {
    const note = set.notes?.join("\n") ?? "";
    expect(note).toContain("20240104000000_not_loaded.mjs");
    expect(note).toContain("sub/20240105000000_nested.cjs");
    expect(note).toContain("knex reads only the files at the top of its directory");
    // 3 sorts last by name, first by number: true of knex, and said.
    expect(set.findings.map((f) => [f.rule, f.version])).toEqual([["order-ambiguous", "3"]]);
    expect(set.findings[0]?.message).toContain("knex sorts the files of its migration directory by name");
  });

  it("refuses a migration without a down, as knex does", () => {
    const read = readMigrationSet(
      [file("20240101000000_seed.js", "module.exports = { up: (knex) => knex('users').insert({}) };\n")],
      { layout: "knex" },
    );
    expect(read.findings.map((f) => [f.rule, f.file])).toEqual([["parse-error", "m/20240101000000_seed.js"]]);
    expect(read.findings[0]?.message).toContain(
      '"Invalid migration: 20240101000000_seed.js must have both an up and down function"',
    );
    const shorthand = readMigrationSet(
      [
        file(
          "20240101000000_x.js",
          "const up = async () => {};\nconst down = async () => {};\nmodule.exports = { up, down };\n",
        ),
      ],
      { layout: "knex" },
    );
    expect(shorthand.findings).toEqual([]);
    expect(shorthand.migrations[0]?.down).toBeDefined();
  });

  it("leaves a folder of SQL with a generator script to the SQL layouts", () => {
    const files = [
      file("0001_users.sql", "CREATE TABLE users (id INTEGER);\n"),
      file("0002_seed.js", "exports.up = (knex) => knex('users').insert({});\n"),
    ];
    expect(detectLayout(files)?.layout).toBe("plain");
  });

  it("drives knex by the migration's file name against the throwaway file", () => {
    expect(knex.runner.up).toBe(
      "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:up {migration}",
    );
    expect(knex.runner.down).toContain("migrate:down {migration}");
  });
});

describe("TypeORM", () => {
  const set = readMigrationSet(fixture("typeorm"));

  it("orders by the timestamp ending the name property, else the class name, not by file name", () => {
    expect(set.layout).toBe("typeorm");
    expect(set.migrations.map((m) => [m.version, m.step?.migration])).toEqual([
      ["1700000000000", "CreateUsers1700000000000"],
      ["1700000000002", "AddEmailIndex1700000000002"],
      ["1700000000003", "AddPosts1700000000003"],
    ]);
    expect(set.migrations.map((m) => m.name)).toEqual(["CreateUsers", "AddEmailIndex", "AddPosts"]);
    expect(set.migrations.every((m) => m.down !== undefined && m.up === undefined)).toBe(true);
    expect(set.findings).toEqual([]);
  });

  it("refuses a class name without a timestamp with TypeORM's own error", () => {
    const read = readMigrationSet(
      [
        file(
          "AddUsers.ts",
          "export class AddUsers implements MigrationInterface {\n  async up(queryRunner: QueryRunner) {}\n  async down(queryRunner: QueryRunner) {}\n}\n",
        ),
      ],
      { layout: "typeorm" },
    );
    expect(read.migrations).toEqual([]);
    expect(read.findings).toHaveLength(1);
    expect(read.findings[0]).toMatchObject({ rule: "parse-error", file: "m/AddUsers.ts", line: 1 });
    expect(read.findings[0]?.message).toContain(
      '"AddUsers migration name is wrong. Migration class name should have a JavaScript timestamp appended."',
    );
  });

  it("runs migration:run on a data source of its own: every pending migration is then exactly the next one", () => {
    expect(typeorm.runner.up).toContain("migration:run -d {setup}");
    expect(typeorm.runner.setup.text).toContain("JSON.parse(process.env.LOCKSTEP_MIGRATIONS)");
    expect(typeorm.runner.env).toEqual({ LOCKSTEP_DB: "{db}", LOCKSTEP_MIGRATIONS: "{files}" });
    expect(typeorm.tracking.ownTables).toEqual(["migrations"]);
  });
});

describe("Rails", () => {
  const set = readMigrationSet(fixture("rails/db/migrate"));

  it("reads db/migrate/<version>_<name>.rb, sub-folders too, by version; change and down are downs", () => {
    expect(set.layout).toBe("rails");
    expect(set.migrations.map((m) => [m.version, m.name, m.down !== undefined])).toEqual([
      ["20231231000000", "backfill_emails", false],
      ["20240101000000", "create_users", true],
      ["20240102000000", "create_posts", true],
    ]);
    expect(set.findings).toEqual([]);
  });

  it("refuses a file name Rails calls illegal, and reports two files with one version", () => {
    const read = readMigrationSet(
      [
        file("20240101000000_AddUsers.rb", "class AddUsers < ActiveRecord::Migration[8.0]\nend\n"),
        file("20240102000000_a.rb", "class A < ActiveRecord::Migration[8.0]\n  def change; end\nend\n"),
        file("20240102000000_b.rb", "class B < ActiveRecord::Migration[8.0]\n  def change; end\nend\n"),
      ],
      { layout: "rails" },
    );
    expect(read.findings.map((f) => f.rule)).toEqual(["parse-error", "duplicate-version"]);
    expect(read.findings[0]?.message).toContain(
      "Illegal name for migration file: 20240101000000_AddUsers.rb",
    );
    expect(read.findings[1]?.message).toContain(
      'Rails refuses to migrate: "Multiple migrations have the version number',
    );
  });

  it("migrates one version against the throwaway file through DATABASE_URL", () => {
    expect(rails.runner).toMatchObject({
      up: "bin/rails db:migrate:up VERSION={version}",
      down: "bin/rails db:migrate:down VERSION={version}",
      env: { DATABASE_URL: "sqlite3:{db}" },
    });
  });
});

describe("the guard's no-config shortcut", () => {
  it("lets through a commit staging these tools' migrations, not every script", () => {
    for (const path of [
      "db/migrate/20240101000000_create_users.rb",
      "engines/blog/db/migrate/20240101000000_create_posts.blog.rb",
      "server/migration/sqlite/1608477467936-ForceDropImdbUniqueConstraint.ts",
      "migrations/20240101000000_users.js",
      "db/migrations/20240101000000_users.ts",
    ])
      expect(mayBeMigrationFile(path), path).toBe(true);
    for (const path of [
      "app/models/user.rb",
      "src/index.ts",
      "lib/tasks/0001_cleanup.rb",
      "src/migrations/index.ts",
      "migrations/20240101000000_users.d.ts",
    ])
      expect(mayBeMigrationFile(path), path).toBe(false);
  });
});
