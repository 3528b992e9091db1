import { pairedFiles, singleFile } from "../layouts/naming.js";
import { pairedName, readNamed, simpleName } from "../layouts/paired-reader.js";
import { readCargoSqlx } from "./sqlx-cargo.js";
import type { ToolDescriptor } from "./tool.js";
import { hex, numeric, sha384, text, truthy } from "./tracked-rows.js";

const REPO = "https://github.com/launchbadge/sqlx";

export const sqlx = {
  id: "sqlx",
  name: "sqlx",
  title: "sqlx",
  // Never detected: its names are golang-migrate's (reversible) or plain numbered files (simple).
  namesOnly: true,
  reads: {
    files: "`<digits>_<name>.sql` files (`.up.sql` / `.down.sql` for reversible ones)",
    // sqlx-core migrate/source.rs: a `<a>_<b>.sql` name whose `<a>` is not an integer fails the whole directory.
    refuses: (name) =>
      name.includes("_")
        ? 'sqlx refuses the directory for it: "error parsing migration filename …; expected integer version prefix"'
        : undefined,
  },
  read: (files) =>
    // sqlx (sqlx-core migrate/source.rs): `no_tx = sql.starts_with("-- no-transaction")`.
    readNamed(
      files,
      (fileName) => pairedName(fileName) ?? simpleName(fileName),
      (text) => !text.startsWith("-- no-transaction"),
    ),
  order: { by: "number", how: "sqlx sorts versions as numbers" },
  downs: "if-any",
  transaction: {
    wraps: "each-file",
    optOut: "start the file with `-- no-transaction`",
    markOptOut: (text) => `-- no-transaction\n${text}`,
  },
  // sqlx 0.8–0.9: sqlx-core/src/migrate/migrator.rs run_direct() (and sqlx-cli's `migrate run`, which does the same).
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in _sqlx_migrations, older ones included",
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // run_direct(): applies each version not in the table
    },
    duplicate: {
      does: 'runs the first file of a version and fails on the second, whose version is already recorded (the primary key); on later runs the other file reads as that version modified: "migration N was previously applied but has been modified"',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // run_direct(): applied migrations keyed by version
    },
    renamed: {
      does: 'knows a migration by its version: a new name part changes nothing; with a new version, migrate refuses to run: "migration N was previously applied but is missing in the resolved migrations" (unless missing ones are ignored)',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // validate_applied_migrations()
    },
    edited: {
      does: 'stores a checksum of each file and stops at a changed applied one: "migration N was previously applied but has been modified"',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // run_direct(): MigrateError::VersionMismatch
    },
    deleted: {
      does: 'refuses to migrate: "migration N was previously applied but is missing in the resolved migrations" (unless missing ones are ignored)',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // validate_applied_migrations(): MigrateError::VersionMissing
    },
  },
  configs: [
    {
      shown: "Cargo.toml (sqlx)",
      matches: (name) => name === "Cargo.toml",
      sources: [".rs"],
      read: readCargoSqlx,
    },
  ],
  tracking: {
    tables: ["_sqlx_migrations"],
    stores:
      "one row per applied migration: `version` (primary key), `description`, `installed_on`, `success`, `checksum` (SHA-384 of the file), `execution_time`",
    source: `${REPO}/blob/main/sqlx-sqlite/src/migrate.rs`, // ensure_migrations_table()
    reader: {
      table: "_sqlx_migrations",
      query: "SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version",
      rows: (rows) =>
        rows.map((r) => ({
          key: text(r[0]),
          checksum: hex(r[1]),
          failed: truthy(r[2]) ? undefined : "success = false",
        })),
      key: (m) => numeric(m.version),
      checksum: {
        of: sha384,
        changed:
          'sqlx refuses to run any migration: "migration VERSION was previously applied but has been modified"',
      },
      missing:
        'sqlx refuses to run: "migration VERSION was previously applied but is missing in the resolved migrations" (unless the migrator ignores missing ones)',
      failed:
        'sqlx refuses to run: "migration VERSION is partially applied; fix and remove row from `_sqlx_migrations` table"',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`, // run(): Dirty, VersionMissing, VersionMismatch
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) =>
      shape.reversible ? pairedFiles(version, name) : singleFile(version, name),
  },
  /**
   * sqlx-cli 0.7.2 and later (`--target-version`): `run` applies the pending ones up to the version, so
   * exactly this one. `revert` reverts the newest applied migration that has a `.down.sql`: a simple
   * migration (one `.sql`) has no down, and no down step may be asked for it. `mode=rwc` lets sqlx create
   * the file (it opens an existing one only); `--database-url` outranks DATABASE_URL and `.env`.
   */
  runner: {
    up: "sqlx migrate run --source {dir} --database-url sqlite:{db}?mode=rwc --target-version {version}",
    down: "sqlx migrate revert --source {dir} --database-url sqlite:{db}?mode=rwc",
    to: "sqlx migrate run --source {dir} --database-url sqlite:{db}?mode=rwc --target-version {version}",
    source: `${REPO}/blob/main/sqlx-cli/src/opt.rs`, // MigrateCommand::Run/Revert, ConnectOpts; sqlx-sqlite options/parse.rs
  },
} as const satisfies ToolDescriptor;
