import { folderOf, joinInRepo, type RepoText, readEnvFile, type SetClaim } from "../discovery/config-text.js";
import { readMarkerFiles } from "../layouts/marker-reader.js";
import { markerFile } from "../layouts/naming.js";
import { splitGoose } from "./goose-sql.js";
import type { ToolDescriptor } from "./tool.js";
import { numeric } from "./tracked-rows.js";
import { latestPerVersion } from "./tracking-shapes.js";

const UP_MARKER = /^--\s*\+goose\s+up\s*$/im;
const REPO = "https://github.com/pressly/goose";

export const goose = {
  id: "goose",
  name: "goose",
  title: "goose",
  detect: {
    priority: 50,
    compete: true,
    evidence: (files) =>
      files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +goose Up` annotations",
  },
  reads: {
    files: "`<int>_<name>.sql` files and `<int>_<name>.go` files (Go migrations registered in the binary)",
    // goose's CLI collects every `*.sql` of the directory and fails on one whose version it cannot parse.
    refuses: () =>
      'goose refuses the directory for it: "could not parse SQL migration file" (goose takes the number before the first `_` as the version)',
  },
  read: (files) =>
    readMarkerFiles(files, {
      tool: "goose",
      // goose takes the text before the first `_` as an int64 version.
      parseName: (file) => {
        const match = /^(\d+)_(.*)\.sql$/.exec(file);
        return match ? { version: match[1] ?? "", name: match[2] ?? "" } : undefined;
      },
      split: splitGoose,
      codeSteps: ["go"],
      problemsSayFix: true,
    }),
  order: { by: "number", how: "goose sorts versions as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `-- +goose NO TRANSACTION` to the file",
    markOptOut: (text) => `-- +goose NO TRANSACTION\n${text}`,
    // provider_run.go runs a Provider's migrations on one *sql.Conn (p.db.Conn); migration_sql.go's
    // runSQLMigration, what the goose CLI and goose.Up run, sends each statement to the *sql.DB pool
    // (db.ExecContext), and database/sql hands out the connection freed last.
    optOutConnection:
      "goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: goose's Provider runs them all on one, the goose CLI and goose.Up each on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the goose CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime",
  },
  // goose v3.27: the package API the goose CLI runs (up.go, migrate.go, migration.go).
  applied: {
    outOfOrder: {
      does: "refuses to migrate when a pending migration is older than the newest applied one, unless run with `-allow-missing`",
      source: `${REPO}/blob/main/up.go`, // UpTo(): "found N missing migrations before current version"
    },
    duplicate: {
      does: "refuses the directory: two migrations with one version",
      source: `${REPO}/blob/main/migrate.go`, // Migrations.Less(): "duplicate version … detected"
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again, or is refused as missing when below the newest applied one",
      source: `${REPO}/blob/main/migration.go`, // NumericComponent(): the number before the first `_`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/internal/dialects/sqlite3.go`, // CreateTable(): no checksum column
    },
    deleted: {
      does: "applies only pending files and ignores recorded versions that have none: a deleted one goes unnoticed",
      source: `${REPO}/blob/main/up.go`, // UpTo(): findMissingMigrations() looks only at files
    },
  },
  configs: [{ shown: ".env (GOOSE_)", matches: (name) => name === ".env", read: readGooseEnv }],
  tracking: {
    tables: ["goose_db_version"],
    stores:
      "one row per applied migration: `version_id`, `is_applied`, `tstamp`; a down deletes the version's row, and a row for version 0 is written when the table is created",
    source: `${REPO}/blob/main/internal/dialects/sqlite3.go`, // CreateTable(), InsertVersion(), DeleteVersion()
    reader: {
      table: "goose_db_version",
      query: "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC",
      rows: latestPerVersion,
      key: (m) => numeric(m.version),
      missing:
        "`goose up` leaves a version whose file is gone alone; `goose down` fails while it is the current version, as there is no file to run",
      source: `${REPO}/blob/main/internal/dialects/sqlite3.go`, // ListMigrations(): newest row first; down.go: migrations.Current()
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") },
    ],
  },
  /**
   * The goose CLI runs SQL files only: a `.go` migration fails there ("Go functions must be registered and
   * built into a custom binary"), so a history with Go migrations runs the project's own binary, which the
   * config gives as its own `up`/`down` (`go run ./cmd/migrate -dir {dir} up-by-one`). The driver and the
   * file go in GOOSE_DRIVER/GOOSE_DBSTRING, not as arguments: goose puts those variables, when set, in front
   * of its arguments, so a project's `.env` setting them would shift `sqlite3 {db}` out of place; set here,
   * they win (goose's `.env` never overrides a set variable). `-table` outranks GOOSE_TABLE and keeps the
   * table the one lockstep leaves out of the schema.
   */
  runner: {
    up: "goose -dir {dir} -table goose_db_version up-by-one",
    down: "goose -dir {dir} -table goose_db_version down",
    to: "goose -dir {dir} -table goose_db_version up-to {version}",
    env: { GOOSE_DRIVER: "sqlite3", GOOSE_DBSTRING: "{db}" },
    source: `${REPO}/blob/main/cmd/goose/main.go`, // usage: up-by-one, down, up-to; mergeArgs(), loadEnvConfig()
  },
} as const satisfies ToolDescriptor;

const GOOSE_SQLITE = /^(sqlite3?|turso)$/;

/** goose (3.22+) reads `.env`: `GOOSE_MIGRATION_DIR`, and `GOOSE_DRIVER` names the database. */
function readGooseEnv(config: RepoText): SetClaim[] {
  const vars = readEnvFile(config.text);
  const dir = vars.get("GOOSE_MIGRATION_DIR");
  if (!dir) return [];
  const driver = vars.get("GOOSE_DRIVER");
  const evidence = [{ file: config.path, line: dir.line, says: `says GOOSE_MIGRATION_DIR=${dir.value}` }];
  if (driver)
    evidence.push({ file: config.path, line: driver.line, says: `says GOOSE_DRIVER=${driver.value}` });
  const dialect = !driver ? "unstated" : GOOSE_SQLITE.test(driver.value) ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), dir.value),
      written: dir.value,
      layout: "goose",
      tool: "goose",
      dialect,
      ...(dialect === "other" ? { dialectName: driver?.value } : {}),
      evidence,
    },
  ];
}
