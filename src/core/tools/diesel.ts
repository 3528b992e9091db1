import {
  folderOf,
  isRecord,
  joinInRepo,
  lineMatching,
  lineOfSetting,
  parseToml,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { byFolder } from "../layouts/folder-reader.js";
import { downTemplate, upTemplate } from "../layouts/naming.js";
import {
  baseName,
  type Entry,
  emptyResult,
  type ReadResult,
  script,
  unreadableFinding,
  wholeFile,
} from "../layouts/source.js";
import type { SourceFile } from "../migration.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed } from "./tracked-rows.js";

const REPO = "https://github.com/diesel-rs/diesel";

/** diesel folders spell a 14-digit version `YYYY-MM-DD-HHMMSS`. */
export function dieselStamp(version: string): string {
  if (!/^\d{14}$/.test(version)) return version;
  return `${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}-${version.slice(8)}`;
}

export const diesel = {
  id: "diesel",
  name: "diesel",
  title: "diesel",
  detect: {
    priority: 30,
    evidence: (files) =>
      files.filter(({ name, folder }) => name === "up.sql" && /^\d/.test(baseName(folder))).length,
    reason: () => "diesel folders <YYYY-MM-DD-HHMMSS>_<name>/up.sql + down.sql",
  },
  reads: { files: "folders `<version>_<name>/` holding `up.sql` (and `down.sql`, `metadata.toml`)" },
  read: (files) => readDiesel(files),
  looksLike: (name, inFolder) =>
    name === "up.sql" || name === "down.sql"
      ? `a diesel migration file${inFolder ? " in a folder" : ""}`
      : undefined,
  order: { by: "version-text", how: "diesel sorts versions as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "set `run_in_transaction = false` in the migration's metadata.toml",
  },
  // diesel_migrations 2.x: src/migration_harness.rs pending_migrations() and run_migration().
  applied: {
    outOfOrder: {
      does: "runs every migration whose version is not in __diesel_schema_migrations, older ones included",
      source: `${REPO}/blob/main/diesel_migrations/src/migration_harness.rs`, // pending_migrations()
    },
    duplicate: {
      does: "keeps one migration per version: of two folders with one version at most one runs, and which one is not defined",
      source: `${REPO}/blob/main/diesel_migrations/src/migration_harness.rs`, // pending_migrations(): a HashMap keyed by version
    },
    renamed: {
      does: "knows a migration by its version (the folder name before the first `_`, dashes removed): a new name part keeps it applied, a new version runs it again",
      source: `${REPO}/blob/main/diesel_migrations/migrations_internals/src/lib.rs`, // version_from_string()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/diesel/src/migration/setup_migration_table.sql`,
    },
    deleted: {
      does: "runs only versions not in __diesel_schema_migrations: a deleted one goes unnoticed",
      source: `${REPO}/blob/main/diesel_migrations/src/migration_harness.rs`, // pending_migrations()
    },
  },
  configs: [{ shown: "diesel.toml", matches: (name) => name === "diesel.toml", read: readDieselToml }],
  tracking: {
    tables: ["__diesel_schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key) and `run_on`",
    source: `${REPO}/blob/main/diesel/src/migration/setup_migration_table.sql`,
    reader: {
      table: "__diesel_schema_migrations",
      query: "SELECT version FROM __diesel_schema_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => m.version,
      missing:
        "diesel runs only the pending files and leaves a version whose folder is gone alone; `diesel migration revert` cannot undo it",
      source: `${REPO}/blob/main/diesel_migrations/src/migration_harness.rs`, // applied_migrations(), pending_migrations()
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => {
      const folder = `${dieselStamp(version)}_${name}`;
      return [
        { rel: `${folder}/up.sql`, text: upTemplate(name, true) },
        { rel: `${folder}/down.sql`, text: downTemplate(name) },
      ];
    },
    folder: {
      rename: (folderName, _version, next) => {
        const cut = folderName.indexOf("_");
        return `${dieselStamp(next)}${cut === -1 ? "" : folderName.slice(cut)}`;
      },
    },
  },
  /**
   * `migration run` applies every pending migration, hence a staged directory; `revert` reverts the newest
   * applied one. A URL with no `postgres://`/`mysql://` scheme is a SQLite file. After both, diesel writes
   * the `print_schema` file its config names (`src/schema.rs`): `--config-file /dev/null` reads as an empty
   * config (and where no such path exists, diesel takes the defaults as well), so nothing is written into
   * the project; `--locked-schema` would fail the step instead. `--migration-dir` outranks the config and
   * MIGRATION_DIRECTORY, `--database-url` DATABASE_URL and `.env`.
   */
  runner: {
    up: "diesel migration run --migration-dir {dir} --database-url {db} --config-file /dev/null",
    down: "diesel migration revert --migration-dir {dir} --database-url {db} --config-file /dev/null",
    staged: true,
    source: `${REPO}/blob/main/diesel_cli/src/cli.rs`, // global flags; migrations/mod.rs run/revert; config.rs Config::read()
  },
} as const satisfies ToolDescriptor;

/**
 * diesel: a folder per migration with `up.sql`, optional `down.sql` and `metadata.toml`. The version is the
 * folder name before the first `_` with `-` removed (migrations_internals::version_from_string), kept as
 * text: diesel's MigrationVersion is a string and migrations are sorted by it as text. Each runs in a
 * transaction unless metadata.toml says `run_in_transaction = false`.
 */
function readDiesel(files: SourceFile[]): ReadResult {
  const result = emptyResult();
  for (const [folder, inside] of byFolder(files)) {
    const up = inside.get("up.sql");
    if (!up) continue;
    const folderName = baseName(folder);
    const cut = folderName.indexOf("_");
    const version = (cut === -1 ? folderName : folderName.slice(0, cut)).replaceAll("-", "");
    const metadata = inside.get("metadata.toml");
    const transaction = !/^\s*run_in_transaction\s*=\s*false\s*(#.*)?$/m.test(metadata?.text ?? "");
    const down = inside.get("down.sql");
    const parts = [up, down, metadata].filter((file): file is SourceFile => file !== undefined);
    for (const file of parts) result.claimed.add(file.rel);
    const entry: Entry = {
      migration: {
        version,
        name: cut === -1 ? "" : folderName.slice(cut + 1),
        files: [up, down].filter((file) => file !== undefined).map((file) => file.display),
      },
      rels: parts.map((file) => file.rel),
      sortName: folderName,
    };
    for (const [file, direction] of [
      [up, "up"],
      [down, "down"],
    ] as const) {
      if (!file) continue;
      if (file.text === undefined) result.findings.push(unreadableFinding(file, version));
      else entry.migration[direction] = script(file, wholeFile(file.text), transaction);
    }
    result.entries.push(entry);
  }
  return result;
}

/** diesel.toml's `[migrations_directory] dir`, relative to the file; without it diesel uses `migrations`. */
function readDieselToml(config: RepoText): SetClaim[] {
  const toml = parseToml(config.text);
  if (!toml) return [];
  const section = toml.migrations_directory;
  const dir = isRecord(section) && typeof section.dir === "string" ? section.dir : undefined;
  const folder = folderOf(config.path);
  const claim = { layout: "diesel", tool: "diesel", dialect: "unstated" } as const;
  if (dir !== undefined)
    return [
      {
        ...claim,
        dir: joinInRepo(folder, dir),
        written: dir,
        evidence: [
          {
            file: config.path,
            line: lineOfSetting(config.text, "dir", dir) ?? 1,
            says: `says [migrations_directory] dir = "${dir}"`,
          },
        ],
      },
    ];
  return [
    {
      ...claim,
      dir: joinInRepo(folder, "migrations"),
      written: "migrations",
      guessed: true,
      evidence: [
        {
          file: config.path,
          line: lineMatching(config.text, /^\s*\[/) ?? 1,
          says: "sets no [migrations_directory]: diesel's default is migrations/",
        },
      ],
    },
  ];
}
