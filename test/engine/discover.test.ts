import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceFiles } from "../../src/adapters/file-source.js";
import { readMigrationSet } from "../../src/core/layouts/index.js";
import { discoverSets } from "../../src/engine/workspace/discover.js";
import { runCli } from "../helpers/cli.js";
import { CORPORA, present } from "../helpers/corpora.js";
import { djangoMigration, djangoProject } from "../helpers/django-project.js";
import { tempTree } from "../helpers/temp-dir.js";

// Detection from each tool's own configuration file: the set it names, read as that tool, with the file and
// line that said so; a set for another database named and passed over.

const users = "CREATE TABLE users (id INTEGER PRIMARY KEY);\n";
const plainSet = (dir: string) => ({ [`${dir}/20240101000000_users.sql`]: users });

async function found(files: Record<string, string>) {
  const d = await discoverSets(tempTree(files));
  return { ...d, brief: d.sets.map((s) => [s.dir, s.layout]) };
}

describe("detection from the tools' own configuration", () => {
  it("diesel.toml's [migrations_directory] dir, relative to the file", async () => {
    const d = await found({
      "server/diesel.toml":
        '[print_schema]\nfile = "src/schema.rs"\n\n[migrations_directory]\ndir = "db/changes"\n',
      "server/db/changes/2024-01-01-000000_users/up.sql": users,
      "server/db/changes/2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
    });
    expect(d.brief).toEqual([["server/db/changes", "diesel"]]);
    expect(d.sets[0]?.reason).toContain(
      'server/diesel.toml:5 says [migrations_directory] dir = "db/changes"',
    );
  });

  it("Cargo.toml with sqlx and the migrate! macro's path; a PostgreSQL crate passed over", async () => {
    const d = await found({
      "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
      "crates/app/Cargo.toml":
        '[package]\nname = "app"\n\n[dependencies]\nsqlx = { version = "0.8", features = ["sqlite"] }\n',
      "crates/app/src/db.rs": '// sqlx::migrate!("./not-this")\nfn m() { sqlx::migrate!("./schema"); }\n',
      ...plainSet("crates/app/schema"),
      "crates/pg/Cargo.toml":
        '[package]\nname = "pg"\n[dependencies.sqlx]\nversion = "0.8"\nfeatures = ["postgres"]\n',
      "crates/pg/src/lib.rs": "fn m() { sqlx::migrate!(); }\n",
      ...plainSet("crates/pg/migrations"),
    });
    expect(d.brief).toEqual([["crates/app/schema", "sqlx"]]);
    expect(d.sets[0]?.reason).toBe(
      'crates/app/Cargo.toml:5 says sqlx with features "sqlite"; crates/app/src/db.rs:2 runs sqlx::migrate!("./schema")',
    );
    expect(d.passed).toEqual([
      expect.stringMatching(
        /^crates\/pg\/migrations\/: sqlx for PostgreSQL \(crates\/pg\/Cargo.toml:3 says sqlx with features "postgres"/,
      ),
    ]);
  });

  it("drizzle.config.ts: out and dialect, read without running it; a postgresql config passed over", async () => {
    const journal = JSON.stringify({
      version: "7",
      dialect: "sqlite",
      entries: [{ idx: 0, tag: "0000_users", when: 1, breakpoints: true }],
    });
    const d = await found({
      "packages/db/drizzle.config.ts":
        'import { defineConfig } from "drizzle-kit";\n\nexport default defineConfig({\n  schema: "./src/schema.ts",\n  out: "./migrations/sqlite",\n  dialect: "sqlite",\n});\n',
      "packages/db/migrations/sqlite/0000_users.sql": users,
      "packages/db/migrations/sqlite/meta/_journal.json": journal,
      "packages/pg/drizzle.config.ts": 'export default { out: "./drizzle", dialect: "postgresql" };\n',
      "packages/pg/drizzle/0000_users.sql": users,
      "packages/pg/drizzle/meta/_journal.json": journal,
    });
    expect(d.brief).toEqual([["packages/db/migrations/sqlite", "drizzle"]]);
    expect(d.sets[0]?.reason).toBe(
      "packages/db/drizzle.config.ts:6 says dialect sqlite, out ./migrations/sqlite",
    );
    expect(d.passed.join("\n")).toContain("packages/pg/drizzle/: Drizzle for postgresql");
  });

  it("prisma/schema.prisma with provider sqlite: the migrations folder beside it", async () => {
    const d = await found({
      "apps/api/prisma/schema.prisma":
        'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n',
      "apps/api/prisma/migrations/20240101000000_init/migration.sql": users,
      "apps/api/prisma/migrations/migration_lock.toml": 'provider = "sqlite"\n',
    });
    expect(d.brief).toEqual([["apps/api/prisma/migrations", "prisma"]]);
    expect(d.sets[0]?.reason).toContain('apps/api/prisma/schema.prisma:6 says provider = "sqlite"');
  });

  it("wrangler.toml and wrangler.jsonc: each D1 database's migrations_dir, read as D1 and not as plain SQL", async () => {
    const d = await found({
      "worker/wrangler.toml":
        'name = "w"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_name = "prod"\nmigrations_dir = "d1"\n',
      ...plainSet("worker/d1"),
      "site/wrangler.jsonc":
        '{\n  // comments are allowed\n  "name": "site",\n  "d1_databases": [\n    { "binding": "DB", "database_name": "site-db" },\n  ],\n}\n',
      ...plainSet("site/migrations"),
    });
    expect(d.brief).toEqual([
      ["site/migrations", "d1"],
      ["worker/d1", "d1"],
    ]);
    expect(d.sets[0]?.reason).toBe(
      `site/wrangler.jsonc:5 says D1 database "site-db", with no migrations_dir: wrangler's default is migrations/`,
    );
    expect(d.sets[1]?.reason).toBe('worker/wrangler.toml:6 says D1 database "prod" has migrations_dir "d1"');
  });

  it("a directory drizzle-kit writes and wrangler applies is read as D1's, and says both name it", async () => {
    const d = await found({
      "drizzle.config.ts": 'export default { out: "./migrations", dialect: "sqlite", driver: "d1-http" };\n',
      "wrangler.json":
        '{ "d1_databases": [{ "binding": "DB", "database_name": "app", "migrations_dir": "migrations" }] }\n',
      ...plainSet("migrations"),
    });
    expect(d.brief).toEqual([["migrations", "d1"]]);
    expect(d.sets[0]?.reason).toContain(
      "Drizzle names it too; read as D1's, the tool that applies its files",
    );
  });

  it("dbmate's and goose's .env", async () => {
    const dbmate = await found({
      ".env": "DATABASE_URL=sqlite:db/app.sqlite3\nDBMATE_MIGRATIONS_DIR=./sql/changes\n",
      "sql/changes/20240101000000_users.sql": `-- migrate:up\n${users}-- migrate:down\nDROP TABLE users;\n`,
    });
    expect(dbmate.brief).toEqual([["sql/changes", "dbmate"]]);
    expect(dbmate.sets[0]?.reason).toBe(
      ".env:2 says DBMATE_MIGRATIONS_DIR=./sql/changes; .env:1 says DATABASE_URL is a SQLite URL",
    );
    const goose = await found({
      ".env": "GOOSE_DRIVER=sqlite3\nGOOSE_DBSTRING=./app.db\nGOOSE_MIGRATION_DIR=./schema\n",
      "schema/20240101000000_users.sql": `-- +goose Up\n${users}-- +goose Down\nDROP TABLE users;\n`,
    });
    expect(goose.brief).toEqual([["schema", "goose"]]);
    expect(goose.sets[0]?.reason).toBe(
      ".env:3 says GOOSE_MIGRATION_DIR=./schema; .env:1 says GOOSE_DRIVER=sqlite3",
    );
  });

  it("dbmate's and goose's variables in the environment, which win over .env as the tools have it", async () => {
    const dbmateSet = {
      "sql/changes/20240101000000_users.sql": `-- migrate:up\n${users}-- migrate:down\nDROP TABLE users;\n`,
    };
    const root = tempTree({
      ".env": "DBMATE_MIGRATIONS_DIR=./db/old\n",
      ...dbmateSet,
      ...plainSet("db/old"),
    });
    const d = await discoverSets(root, { DBMATE_MIGRATIONS_DIR: "./sql/changes", HOME: "/home/x" });
    expect(d.sets.map((s) => [s.dir, s.layout])).toEqual([["sql/changes", "dbmate"]]);
    expect(d.sets[0]?.reason).toBe(
      "the environment says DBMATE_MIGRATIONS_DIR=./sql/changes; no file names its database: replayed as SQLite",
    );
    const run = await runCli(tempTree(dbmateSet), ["replay", "--format", "json"], {
      NO_COLOR: "1",
      DBMATE_MIGRATIONS_DIR: "sql/changes",
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).databases.map((db: { dir: string }) => db.dir)).toEqual(["sql/changes"]);
  });

  it("a dbmate .env for PostgreSQL is passed over without quoting its URL", async () => {
    const d = await found({
      ".env": "DATABASE_URL=postgres://app:s3cret@db/app\nDBMATE_MIGRATIONS_DIR=./db/changes\n",
      "db/changes/20240101000000_users.sql": `-- migrate:up\n${users}-- migrate:down\nDROP TABLE users;\n`,
    });
    expect(d.sets).toEqual([]);
    expect(d.passed.join("\n")).toContain("dbmate for PostgreSQL");
    expect(d.passed.join("\n")).not.toContain("s3cret");
  });

  it("atlas.hcl's migration dir for a sqlite:// env, in the format it names", async () => {
    const d = await found({
      "atlas.hcl":
        'env "local" {\n  url = "sqlite://app.db"\n  dev = "sqlite://file?mode=memory"\n  migration {\n    dir = "file://db/atlas"\n  }\n}\n',
      ...plainSet("db/atlas"),
      "db/atlas/atlas.sum": "h1:x=\n",
    });
    expect(d.brief).toEqual([["db/atlas", "plain"]]);
    expect(d.sets[0]?.reason).toBe('atlas.hcl:5 says dir = "file://db/atlas"');
  });

  it("flyway.conf and flyway.toml locations with a jdbc:sqlite URL", async () => {
    const conf = await found({
      "flyway.conf": "flyway.url=jdbc:sqlite:app.db\nflyway.locations=filesystem:db/flyway\n",
      "db/flyway/V1__users.sql": users,
    });
    expect(conf.brief).toEqual([["db/flyway", "flyway"]]);
    expect(conf.sets[0]?.reason).toBe(
      "flyway.conf:2 says locations filesystem:db/flyway and a jdbc:sqlite URL",
    );
    const toml = await found({
      "flyway.toml":
        '[environments.dev]\nurl = "jdbc:sqlite:app.db"\n\n[flyway]\nenvironment = "dev"\nlocations = ["filesystem:sql"]\n',
      "sql/V1__users.sql": users,
    });
    expect(toml.brief).toEqual([["sql", "flyway"]]);
  });

  it("sqitch.conf's engine and top_dir", async () => {
    const d = await found({
      "sqitch.conf":
        '[core]\n\tengine = sqlite\n\ttop_dir = db/sqitch\n[engine "sqlite"]\n\ttarget = db:sqlite:app.db\n',
      "db/sqitch/sqitch.plan":
        "%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z A <a@b.c> # users\n",
      "db/sqitch/deploy/users.sql": users,
      "db/sqitch/revert/users.sql": "DROP TABLE users;\n",
    });
    expect(d.brief).toEqual([["db/sqitch", "sqitch"]]);
    expect(d.sets[0]?.reason).toContain("sqitch.conf:2 says engine = sqlite, top_dir = db/sqitch");
    expect(d.sets[0]?.reason).toContain("db/sqitch/sqitch.plan:2 is a Sqitch plan");
  });

  it("a config naming a place outside the repository is passed over, and nothing outside is read", async () => {
    const d = await found({ "diesel.toml": '[migrations_directory]\ndir = "../../etc"\n' });
    expect(d.sets).toEqual([]);
    expect(d.passed).toEqual([expect.stringContaining("../../etc is outside the repository")]);
  });

  it("alembic.ini's script_location and sqlalchemy.url; one for PostgreSQL passed over", async () => {
    const revision =
      'revision = "a1"\ndown_revision = None\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n';
    const d = await found({
      "api/alembic.ini": "[alembic]\nscript_location = %(here)s/db\nsqlalchemy.url = sqlite:///api.db\n",
      "api/db/env.py": "from alembic import context\n",
      "api/db/versions/a1_users.py": revision,
      "tools/alembic.ini":
        "[alembic]\nscript_location = alembic\n\n[x]\nsqlalchemy.url = none\n[alembic:more]\n",
      "tools/alembic/versions/a1_users.py": revision,
      "ledger/alembic.ini":
        "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://db/ledger\n",
      "ledger/migrations/versions/a1_users.py": revision,
    });
    expect(d.brief).toEqual([
      ["api/db/versions", "alembic"],
      ["tools/alembic/versions", "alembic"],
    ]);
    expect(d.sets[0]?.reason).toContain("api/alembic.ini:2 says script_location = %(here)s/db");
    expect(d.sets[0]?.reason).toContain("api/alembic.ini:3 says sqlalchemy.url = sqlite:///api.db");
    expect(d.passed.join("\n")).toContain("ledger/migrations/versions/: Alembic for PostgreSQL");
  });

  it("a Django project (manage.py, settings.py with sqlite3) is one set at manage.py's folder", async () => {
    const d = await found({
      ...Object.fromEntries(Object.entries(djangoProject()).map(([path, text]) => [`web/${path}`, text])),
      "other/manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conf.settings")\n',
      "other/conf/settings.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n',
      "other/app/migrations/0001_initial.py": djangoMigration([], ""),
    });
    expect(d.brief).toEqual([["web", "django"]]);
    expect(d.sets[0]?.reason).toContain("web/manage.py:6 sets DJANGO_SETTINGS_MODULE to mysite.settings");
    expect(d.sets[0]?.reason).toContain(
      "web/mysite/settings.py:9 says DATABASES ENGINE django.db.backends.sqlite3",
    );
    expect(d.passed.join("\n")).toContain("other/: Django for PostgreSQL (other/manage.py:1");
  });

  it("skips dependency and build folders, and names several sets apart", async () => {
    const d = await found({
      ...plainSet("node_modules/pkg/migrations"),
      ...plainSet("target/debug/migrations"),
      ...plainSet("services/billing/migrations"),
      ...plainSet("services/users/db/migrations"),
    });
    expect(d.sets.map((s) => [s.name, s.dir])).toEqual([
      ["services-billing", "services/billing/migrations"],
      ["services-users", "services/users/db/migrations"],
    ]);
  });
});

describe("detection of knex, TypeORM and Rails sets from their configuration", () => {
  const knexMigration =
    "exports.up = (knex) => knex.schema.createTable('users', () => {});\nexports.down = (knex) => knex.schema.dropTable('users');\n";

  it("a knexfile's SQLite client and migrations directory; a PostgreSQL-only knexfile passed over", async () => {
    const d = await found({
      "api/knexfile.js":
        "module.exports = {\n  development: {\n    client: 'better-sqlite3',\n    connection: { filename: './dev.db' },\n    migrations: { directory: path.join(__dirname, 'db', 'migrations') },\n  },\n};\n",
      "api/db/migrations/20240101000000_users.js": knexMigration,
      "billing/knexfile.ts": "export default { client: 'pg', migrations: { directory: './schema' } };\n",
      "billing/schema/20240101000000_users.js": knexMigration,
    });
    expect(d.brief).toEqual([["api/db/migrations", "knex"]]);
    expect(d.sets[0]?.reason).toContain("api/knexfile.js:3 says client 'better-sqlite3'");
    expect(d.sets[0]?.reason).toContain("api/knexfile.js:5 says migrations directory db/migrations");
    expect(d.passed.join("\n")).toContain("billing/schema/: knex for pg");
  });

  it("config/database.yml with adapter sqlite3 names db/migrate", async () => {
    const d = await found({
      "config/database.yml":
        "default: &default\n  adapter: sqlite3\n\ndevelopment:\n  <<: *default\n  database: db/dev.sqlite3\n",
      "db/migrate/20240101000000_create_users.rb":
        "class CreateUsers < ActiveRecord::Migration[8.0]\n  def change\n    create_table :users\n  end\nend\n",
    });
    expect(d.brief).toEqual([["db/migrate", "rails"]]);
    expect(d.sets[0]?.reason).toContain("config/database.yml:2 says adapter: sqlite3");
  });
});

interface Expected {
  sets: { dir: string; tool: string; migrations: number; why: { file: string; line: number }[] }[];
  not_sets: { dir: string }[];
}

// The real repository skeletons: exactly the sets of their EXPECTED.json, read as the right tool, each reason
// citing lines EXPECTED.json cites too, and no set of the not_sets.
describe.skipIf(!present)("detection on the shared repository skeletons", () => {
  for (const repo of ["atuin", "plume", "jellyseerr", "mealie"]) {
    it(`${repo}: the sets EXPECTED.json names, for the reasons it gives`, async () => {
      const root = join(CORPORA, "repos", repo);
      const expected = JSON.parse(readFileSync(join(root, "EXPECTED.json"), "utf8")) as Expected;
      const d = await discoverSets(root);
      expect(d.sets.map((s) => s.dir).sort()).toEqual(expected.sets.map((s) => s.dir).sort());
      for (const set of d.sets) {
        const want = expected.sets.find((s) => s.dir === set.dir);
        expect(set.layout).toBe(want?.tool);
        const cited = [...set.reason.matchAll(/([\w./-]+):(\d+) /g)].map((m) => `${m[1]}:${m[2]}`);
        expect(cited.length, set.reason).toBeGreaterThan(0);
        const allowed = new Set(want?.why.map((w) => `${w.file}:${w.line}`));
        for (const c of cited) expect(allowed, `${set.dir}: ${c}`).toContain(c);
      }
      for (const not of expected.not_sets) expect(d.sets.map((s) => s.dir)).not.toContain(not.dir);
    });
  }

  it("jellyseerr: the TypeORM set is its data source's SQLite one, with every migration and down", async () => {
    const root = join(CORPORA, "repos", "jellyseerr");
    const expected = JSON.parse(readFileSync(join(root, "EXPECTED.json"), "utf8")) as Expected;
    const d = await discoverSets(root);
    const want = expected.sets[0] as Expected["sets"][number] & { downs: number };
    const files = await readSourceFiles(join(root, want.dir), root);
    const set = readMigrationSet(files, { layout: "typeorm" });
    expect(set.findings).toEqual([]);
    expect(set.migrations).toHaveLength(want.migrations);
    expect(set.migrations.filter((m) => m.down !== undefined)).toHaveLength(want.downs);
    // The PostgreSQL data source's set is named and passed over.
    const postgres = expected.not_sets.find((n) => n.dir.endsWith("postgres"));
    expect(d.passed.some((p) => p.startsWith(`${postgres?.dir}/: TypeORM for postgres`))).toBe(true);
  });
});
