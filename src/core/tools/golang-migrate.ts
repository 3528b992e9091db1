import { pairedFiles } from "../layouts/naming.js";
import { OWN_BEGIN, pairedName, readNamed } from "../layouts/paired-reader.js";
import { baseName } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";
import { numeric } from "./tracked-rows.js";
import { atVersion } from "./tracking-shapes.js";

const REPO = "https://github.com/golang-migrate/migrate";
const PAIRED_NAME = /^\d+_.*\.(up|down)\.sql$/;

export const golangMigrate = {
  id: "golang-migrate",
  name: "golang-migrate",
  title: "golang-migrate",
  detect: {
    priority: 60,
    evidence: (files) => files.filter(({ name }) => PAIRED_NAME.test(name)).length,
    reason: () =>
      'files named <digits>_<name>.up.sql / .down.sql; sqlx uses the same names: set layout "sqlx" if sqlx runs them',
  },
  reads: { files: "files named `<digits>_<name>.up.sql` / `.down.sql`" },
  namesOnly: true,
  read: (files) => {
    // golang-migrate's sqlite drivers wrap each file in a transaction unless the URL says x-no-tx-wrap=true,
    // and then "migrations may, and should, contain explicit BEGIN and COMMIT". A file with its own BEGIN
    // only works with x-no-tx-wrap, so one such file means the whole project runs its files as written.
    const ownTransactions = files.some(
      (file) => pairedName(baseName(file.rel)) && OWN_BEGIN.test(file.text ?? ""),
    );
    return readNamed(files, pairedName, () => !ownTransactions);
  },
  looksLike: (name) => (PAIRED_NAME.test(name) ? "a golang-migrate/sqlx up/down file" : undefined),
  order: { by: "number", how: "golang-migrate sorts versions as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut:
      "run golang-migrate with `x-no-tx-wrap=true` in the database URL (every file then manages its own transaction)",
  },
  // golang-migrate v4 (master, 2026): migrate.go Up()/readUp(), source/migration.go, database/sqlite3.
  applied: {
    outOfOrder: {
      does: "records only the newest applied version: a migration older than it is never applied, and nothing says so",
      source: `${REPO}/blob/master/migrate.go`, // Up() → readUp(curVersion): only versions after the current one
    },
    duplicate: {
      does: "refuses the source: two up (or two down) files with one version",
      source: `${REPO}/blob/master/source/migration.go`, // Migrations.Append() → ErrDuplicateMigration
    },
    renamed: {
      does: 'knows a migration by its version only: a new name part changes nothing; a new version is another migration, and when the old one was the current version, up fails with "no migration found for version N"',
      source: `${REPO}/blob/master/migrate.go`, // versionExists()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/master/database/sqlite3/sqlite3.go`, // ensureVersionTable(): version and dirty only
    },
    deleted: {
      does: 'keeps only the newest applied version: deleting an older migration goes unnoticed, deleting the newest makes up fail with "no migration found for version N"',
      source: `${REPO}/blob/master/migrate.go`, // readUp() → versionExists()
    },
  },
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row: the newest applied `version` and a `dirty` flag",
    source: `${REPO}/blob/master/database/sqlite3/sqlite3.go`, // SetVersion(): DELETE, then INSERT one row
    reader: {
      table: "schema_migrations",
      query: "SELECT version, dirty FROM schema_migrations",
      rows: atVersion,
      key: (m) => numeric(m.version),
      missing:
        'migrate refuses to go on from a version with no file: up and down fail with "no migration found for version N"',
      failed:
        'migrate refuses every command on a dirty database ("Dirty database version N. Fix and force version."): fix the schema by hand, then `migrate force` the version it is really at',
      source: `${REPO}/blob/master/database/sqlite3/sqlite3.go`, // Version(): SELECT version, dirty ... LIMIT 1
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 6 },
    files: (version, name) => pairedFiles(version, name),
  },
  /**
   * The released `migrate` binaries carry no SQLite driver: this is the CLI built with `-tags 'sqlite3'`
   * (the cgo driver, scheme `sqlite3://`); one built with the cgo-free `-tags 'sqlite'` takes `sqlite://`,
   * in the config's own `up`/`down`. The driver drops the scheme and opens the rest, so `sqlite3://` and an
   * absolute path make `sqlite3:///abs/file`. A history whose files hold their own BEGIN needs
   * `?x-no-tx-wrap=true` on the URL, likewise in the config's own commands.
   */
  runner: {
    up: "migrate -path {dir} -database sqlite3://{db} up 1",
    down: "migrate -path {dir} -database sqlite3://{db} down 1",
    to: "migrate -path {dir} -database sqlite3://{db} goto {version}",
    source: `${REPO}/blob/master/cmd/migrate/README.md`, // usage: -path, -database, up [N], down [N], goto V; database/sqlite3 Open()
  },
} as const satisfies ToolDescriptor;
