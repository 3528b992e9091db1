import {
  type Evidence,
  folderOf,
  joinInRepo,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { objectsOf, pathsOf, propertyOf, stringsOf } from "../discovery/js-config.js";
import { extensionOf, readCodeFiles } from "../layouts/code-reader.js";
import { baseName, dirName } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed } from "./tracked-rows.js";

const REPO = "https://github.com/knex/knex";
const MIGRATE = `${REPO}/blob/master/lib/migrations`;
const MAKE = "`npx knex migrate:make NAME`";
const ADVICE = `knex writes its own migrations: run ${MAKE}, then \`lockstep lock\``;

/** knex's DEFAULT_LOAD_EXTENSIONS (lib/migrations/common/MigrationsLoader.js): `.mjs` is not among them. */
export const KNEX_LOAD_EXTENSIONS = [
  ".co",
  ".coffee",
  ".eg",
  ".iced",
  ".js",
  ".cjs",
  ".litcoffee",
  ".ls",
  ".ts",
] as const;

const UP = /\bexports\.up\b|\bexport\s+(?:async\s+)?function\s+up\b|\bexport\s+const\s+up\b|\bup\s*[:(]/;
const DOWN =
  /\bexports\.down\b|\bexport\s+(?:async\s+)?function\s+down\b|\bexport\s+const\s+down\b|\bdown\s*[:(]|[{,]\s*down\s*[,}]/;
const UP_SHORT = /[{,]\s*up\s*[,}]/;
// `exports.config = { transaction: false }`: the file runs outside knex's transaction (Migrator._useTransaction).
const NO_TRANSACTION = /\bconfig\b[^;]*?\btransaction\s*:\s*false\b/;

/** knex names a migration by its file name; lockstep takes the leading digits `migrate:make` writes as its version. */
function knexName(rel: string): { version: string; name: string } | undefined {
  if (dirName(rel) !== "" || !(KNEX_LOAD_EXTENSIONS as readonly string[]).includes(extensionOf(rel)))
    return undefined;
  const file = baseName(rel);
  const stem = file.slice(0, file.length - extensionOf(rel).length);
  const m = /^(\d+)_?(.*)$/.exec(stem);
  return m ? { version: m[1] as string, name: m[2] || stem } : { version: stem, name: stem };
}

export const knex = {
  id: "knex",
  name: "knex",
  title: "knex",
  detect: {
    priority: 62,
    // Code files only where no SQL file is a migration: a generator script beside SQL is not a knex set.
    evidence: (files) =>
      files.some(({ name }) => name.endsWith(".sql"))
        ? 0
        : files.filter(
            ({ name, folder, file }) =>
              folder === "" &&
              /^\d+_.+\.(js|cjs|ts)$/.test(name) &&
              /\bknex\b/i.test(file.text ?? "") &&
              UP.test(file.text ?? ""),
          ).length,
    reason: () => "knex migrations: <timestamp>_<name>.js/.ts files exporting up(knex) and down(knex)",
  },
  reads: {
    files: `the files at the top of its directory with an extension of \`loadExtensions\` (by default ${KNEX_LOAD_EXTENSIONS.join(" ")})`,
  },
  namesOnly: true,
  read: (files) =>
    readCodeFiles(files, {
      loads: (rel) => knexName(rel) !== undefined,
      fromName: knexName,
      parse: (file, text) => {
        const named = knexName(file.rel) as { version: string; name: string };
        // Migrator._validateMigrationStructure refuses the batch holding a migration without either.
        if (!(UP.test(text) || UP_SHORT.test(text)) || !DOWN.test(text))
          return {
            problem: `knex refuses to run it, and every migration after it in the same call: "Invalid migration: ${baseName(file.rel)} must have both an up and down function". Export both \`up\` and \`down\` (a down that does nothing is \`exports.down = async () => {}\`)`,
            line: 1,
          };
        return [
          {
            ...named,
            down: true,
            transaction: !NO_TRANSACTION.test(text),
            step: { migration: baseName(file.rel) },
          },
        ];
      },
    }),
  order: { by: "name-text", how: "knex sorts the files of its migration directory by name" },
  downs: "always",
  transaction: {
    wraps: "all-pending",
    optOut: "export `config = { transaction: false }` from the migration file",
    pragmaIgnored:
      "`knex migrate:latest` runs every pending migration in one transaction (each in its own with `migrate:up`), where SQLite ignores it; export `config = { transaction: false }` from the migration so it runs outside one",
  },
  // knex 3.3: Migrator.js and migration-list-resolver.js; migrations are known by file name only.
  applied: {
    outOfOrder: {
      does: "applies every file not recorded in knex_migrations, in file-name order, however old its name: an older pending migration runs after newer applied ones and nothing says so",
      source: `${MIGRATE}/migrate/Migrator.js`, // latest(): getNewMigrations() = all files not completed
    },
    duplicate: {
      does: "knows migrations by file name, not by number: both files run, in file-name order",
      source: `${MIGRATE}/migrate/sources/fs-migrations.js`, // getMigrationName(): migration.file
    },
    renamed: {
      does: 'refuses to migrate after a rename: "The migration directory is corrupt, the following files are missing: <old name>" (and the new name would run again)',
      source: `${MIGRATE}/migrate/Migrator.js`, // validateMigrationList()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${MIGRATE}/migrate/table-creator.js`, // knex_migrations: id, name, batch, migration_time
    },
    deleted: {
      does: 'refuses to migrate: "The migration directory is corrupt, the following files are missing: …" unless `disableMigrationsListValidation` is set',
      source: `${MIGRATE}/migrate/Migrator.js`, // validateMigrationList()
    },
  },
  configs: [
    {
      shown: "knexfile.*",
      matches: (name) => /^knexfile\.(js|ts|cjs|mjs)$/.test(name),
      read: readKnexfile,
    },
  ],
  tracking: {
    tables: ["knex_migrations", "knex_migrations_lock"],
    stores:
      "one row per applied migration in knex_migrations: `name` (the file name), `batch`, `migration_time`; a down deletes the row; knex_migrations_lock holds one `is_locked` row",
    source: `${MIGRATE}/migrate/table-creator.js`,
    reader: {
      table: "knex_migrations",
      query: "SELECT name FROM knex_migrations ORDER BY id",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(m.files[0] ?? ""),
      missing:
        'knex refuses to migrate: "The migration directory is corrupt, the following files are missing" (unless disableMigrationsListValidation is set)',
      source: `${MIGRATE}/migrate/Migrator.js`, // validateMigrationList(), unless disableMigrationsListValidation
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    refuse: {
      new: `is a knex set: ${ADVICE}`,
      renumber: `is a knex set, whose migrations are known by file name: a renamed applied migration stops knex ("The migration directory is corrupt"); ${ADVICE}`,
      change: `write a new migration with ${MAKE}`,
      clash: `rename your new migration with a later timestamp (or write it again with ${MAKE}); never rename an applied one, knex refuses a directory that lost a recorded file`,
      early: `rename your new migration with a later timestamp (or write it again with ${MAKE}), so it sorts after the applied ones`,
    },
  },
  // knex's CLI without a knexfile connection: --client and --connection override the knexfile's (bin/cli.js
  // initKnex merges the flags over it), a plain path is a SQLite filename (parse-connection.js), and
  // migrate:up/down name exactly the migration (Migrator.up/down with `name`).
  code: true,
  runner: {
    up: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:up {migration}",
    down: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:down {migration}",
    to: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:to {migration}",
    placeholders: ["migration"],
    source: `${REPO}/blob/master/bin/cli.js`,
  },
} as const satisfies ToolDescriptor;

const KNEX_SQLITE = /^(sqlite3?|better-sqlite3)$/;

/**
 * A knexfile: its `client`s (one per environment, often SQLite for development) and each `migrations`
 * block's `directory` (knex's default `./migrations`, relative to where knex runs: the knexfile's folder).
 */
function readKnexfile(config: RepoText): SetClaim[] {
  const clients = stringsOf(config.text, "client");
  const sqlite = clients.filter((c) => KNEX_SQLITE.test(c.value));
  const other = clients.find((c) => !KNEX_SQLITE.test(c.value));
  const dialect = sqlite.length > 0 ? "sqlite" : other ? "other" : "unstated";
  const clientEvidence: Evidence[] = (sqlite.length > 0 ? sqlite.slice(0, 1) : other ? [other] : []).map(
    (c) => ({ file: config.path, line: c.line, says: `says client '${c.value}'` }),
  );
  const dirs = new Map<string, Evidence>();
  for (const block of objectsOf(config.text, "migrations")) {
    const directory = propertyOf(config.text, block, "directory");
    if (!directory) continue;
    // knex resolves the directory from where it runs, which is the knexfile's folder (or `__dirname` its own).
    for (const { path } of pathsOf(directory.expression))
      if (!dirs.has(path))
        dirs.set(path, {
          file: config.path,
          line: directory.line,
          says: `says migrations directory ${path}`,
        });
  }
  const claim = {
    layout: "knex",
    tool: "knex",
    dialect,
    ...(dialect === "other" ? { dialectName: other?.value } : {}),
  } as const;
  const folder = folderOf(config.path);
  if (dirs.size === 0)
    return [
      {
        ...claim,
        dir: joinInRepo(folder, "migrations"),
        written: "./migrations",
        guessed: true,
        evidence: [
          ...clientEvidence,
          {
            file: config.path,
            line: 1,
            says: "names no migrations directory: knex's default is ./migrations",
          },
        ],
      },
    ];
  return [...dirs].map(([written, evidence]) => ({
    ...claim,
    dir: joinInRepo(folder, written),
    written,
    evidence: [...clientEvidence, evidence],
  }));
}
