import {
  type Evidence,
  folderOf,
  joinInRepo,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { readCodeFiles } from "../layouts/code-reader.js";
import { baseName, positionAt } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed, numeric } from "./tracked-rows.js";

const REPO = "https://github.com/rails/rails";
const MIGRATION = `${REPO}/blob/main/activerecord/lib/active_record/migration.rb`;
const RAKE = `${REPO}/blob/main/activerecord/lib/active_record/railties/databases.rake`;
const GENERATE = "`bin/rails generate migration NAME`";
const ADVICE = `Rails writes its own migrations: run ${GENERATE}, then \`lockstep lock\``;

/** Migration::MigrationFilenameRegexp: `<version>_<name>[.<scope>].rb`, lower case only. */
const FILE = /^([0-9]+)_([_a-z0-9]*)\.?([_a-z0-9]*)?\.rb$/;
/** MigrationContext#migration_files: `<path>/**\/[0-9]*_*.rb`, so sub-folders count. */
const GLOBBED = /^[0-9][^/]*_[^/]*\.rb$/;
const DOWN = /^\s*def\s+(down|change)\b/m;

export const rails = {
  id: "rails",
  name: "Rails",
  title: "Rails (Active Record)",
  detect: {
    priority: 63,
    evidence: (files) =>
      files.some(({ name }) => name.endsWith(".sql"))
        ? 0
        : files.filter(({ name, file }) => FILE.test(name) && /ActiveRecord::Migration/.test(file.text ?? ""))
            .length,
    reason: () => "Active Record migrations: <version>_<name>.rb files of classes < ActiveRecord::Migration",
  },
  reads: { files: "`<version>_<name>.rb` files, in sub-folders too" },
  namesOnly: true,
  read: (files) =>
    readCodeFiles(files, {
      loads: (rel) => GLOBBED.test(baseName(rel)),
      fromName: (rel) => {
        const m = FILE.exec(baseName(rel));
        return m ? { version: m[1] as string, name: m[2] as string } : undefined;
      },
      parse: (file, text) => {
        const m = FILE.exec(baseName(file.rel));
        if (!m)
          return {
            problem: `Rails refuses to migrate while this file is in the directory: "Illegal name for migration file: ${baseName(file.rel)} (only lower case letters, numbers, and '_' allowed)". Rename it <version>_<snake_case_name>.rb`,
            line: 1,
          };
        return [
          {
            version: m[1] as string,
            name: m[2] as string,
            // An up-only migration's down does nothing (Migration#down returns when the class has none).
            down: DOWN.test(text),
            transaction: !/^\s*disable_ddl_transaction!/m.test(text),
          },
        ];
      },
    }),
  looksLike: (name) => (FILE.test(name) ? "a Rails migration" : undefined),
  order: { by: "number", how: "Rails sorts migrations by version as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "call `disable_ddl_transaction!` in the migration class",
  },
  // Rails 8 (main): ActiveRecord::Migrator and MigrationContext; a migration is known by its version only.
  applied: {
    outOfOrder: {
      does: "applies every pending version, older ones included, in version order: a migration older than the newest applied one runs and nothing says so",
      source: MIGRATION, // Migrator#runnable: migrations[start..finish] with start 0 going up
    },
    duplicate: {
      does: 'refuses to migrate: "Multiple migrations have the version number …"',
      source: MIGRATION, // Migrator#validate: DuplicateMigrationVersionError
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again",
      source: MIGRATION, // MigrationContext#migrations: version from the file name
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/activerecord/lib/active_record/schema_migration.rb`, // one `version` column
    },
    deleted: {
      does: "ignores a recorded version without a file (`db:migrate:status` lists it as NO FILE)",
      source: MIGRATION, // MigrationContext#migrations_status
    },
  },
  configs: [
    {
      shown: "config/database.yml",
      matches: (name) => name === "database.yml",
      read: readDatabaseYml,
    },
  ],
  tracking: {
    tables: ["schema_migrations", "ar_internal_metadata"],
    stores:
      "one row per applied migration in schema_migrations (`version`); a down deletes it; ar_internal_metadata keeps the environment the database was migrated in",
    source: `${REPO}/blob/main/activerecord/lib/active_record/model_schema.rb`, // the two table names' defaults
    reader: {
      table: "schema_migrations",
      query: "SELECT version FROM schema_migrations",
      // Rails compares versions as integers (SchemaMigration#integer_versions, MigrationContext#migrations:
      // `version.to_i`) and stores `version.to_s`: `001_create_users.rb` is the row `1`.
      rows: (rows) => keyed(rows, numeric),
      key: (m) => numeric(m.version),
      missing: "`rails db:migrate` leaves it alone; `rails db:migrate:status` lists it as NO FILE",
      source: MIGRATION, // Migrator#load_migrated (integer_versions), MigrationContext#migrations_status
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    refuse: {
      new: `is a Rails set: ${ADVICE}`,
      renumber: `is a Rails set: rename your new migration's file with a later timestamp (its class name stays); ${ADVICE}`,
      change: `write a new migration with ${GENERATE}`,
      clash: `rename your new migration's file with a later timestamp, or generate it again with ${GENERATE}`,
      early: `rename your new migration's file with a later timestamp, or generate it again with ${GENERATE}`,
    },
  },
  // DATABASE_URL replaces the primary database of the current environment (DatabaseConfigurations
  // #environment_value_for), `sqlite3:/abs/path` is a file (ConnectionUrlResolver#database_from_path);
  // SCHEMA moves the schema dump each migrate task writes away from db/schema.rb (DatabaseTasks#schema_dump_path).
  code: true,
  runner: {
    up: "bin/rails db:migrate:up VERSION={version}",
    down: "bin/rails db:migrate:down VERSION={version}",
    to: "bin/rails db:migrate VERSION={version}",
    env: { DATABASE_URL: "sqlite3:{db}", SCHEMA: "{db}.schema.rb", SCHEMA_FORMAT: "ruby" },
    source: RAKE,
  },
} as const satisfies ToolDescriptor;

/**
 * config/database.yml: the `adapter` of each environment (often sqlite3 in development) and each database's
 * `migrations_paths` (db/migrate by default, under the application's root, the folder holding config/).
 * Read as text: the file is ERB before it is YAML.
 */
function readDatabaseYml(config: RepoText): SetClaim[] {
  if (baseName(folderOf(config.path)) !== "config") return [];
  const app = folderOf(folderOf(config.path));
  const adapters = [...config.text.matchAll(/^\s*adapter:\s*["']?([\w-]+)/gm)].map((m) => ({
    value: m[1] as string,
    line: positionAt(config.text, m.index + m[0].search(/\S/)).line,
  }));
  const sqlite = adapters.find((a) => a.value === "sqlite3");
  const other = adapters.find((a) => a.value !== "sqlite3");
  const said = sqlite ?? other;
  const dialect = sqlite ? "sqlite" : other ? "other" : "unstated";
  const evidence: Evidence[] = said
    ? [{ file: config.path, line: said.line, says: `says adapter: ${said.value}` }]
    : [];
  const base = {
    layout: "rails",
    tool: "Rails",
    dialect,
    ...(dialect === "other" ? { dialectName: other?.value } : {}),
  } as const;
  const claims: SetClaim[] = [
    {
      ...base,
      dir: joinInRepo(app, "db/migrate"),
      written: "db/migrate",
      guessed: true,
      evidence: [
        ...evidence,
        { file: config.path, line: said?.line ?? 1, says: "is Rails' (migrations in db/migrate/)" },
      ],
    },
  ];
  for (const m of config.text.matchAll(/^\s*migrations_paths:\s*(.+?)\s*$/gm)) {
    const line = positionAt(config.text, m.index + m[0].search(/\S/)).line;
    for (const path of (m[1] as string).replace(/^\[|\]$/g, "").split(",")) {
      const written = path.trim().replace(/^["']|["']$/g, "");
      if (written === "" || written.includes("<%")) continue;
      claims.push({
        ...base,
        dir: joinInRepo(app, written),
        written,
        evidence: [...evidence, { file: config.path, line, says: `says migrations_paths: ${written}` }],
      });
    }
  }
  return claims;
}
