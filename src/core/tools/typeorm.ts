import { balancedAt } from "../discovery/js-config.js";
import { type CodeMigration, extensionOf, readCodeFiles } from "../layouts/code-reader.js";
import { baseName, positionAt } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed, numeric } from "./tracked-rows.js";
import {
  readTypeormPackage,
  sourcesWanted,
  TYPEORM_FORMATS,
  TYPEORM_SQLITE_TYPES,
} from "./typeorm-config.js";

const REPO = "https://github.com/typeorm/typeorm";
const EXECUTOR = `${REPO}/blob/master/src/migration/MigrationExecutor.ts`;
const CREATE =
  "`npx typeorm migration:create <dir>/NAME` (or `migration:generate -d <data source> <dir>/NAME`)";
const ADVICE = `TypeORM writes its own migrations: run ${CREATE}, then \`lockstep lock\``;

/**
 * What a runner needs to drive TypeORM, which has no command applying one named migration: `migration:run`
 * applies every pending one, so the engine writes a data source of its own over the staged migrations.
 */
/**
 * The data source a TypeORM replay runs with: the project's own TypeORM (resolved from where the command
 * runs), a throwaway SQLite file, and as `migrations` exactly the files up to the one being replayed, so
 * `migration:run` (which applies every pending one) applies that one. The files stay where they are, so
 * their imports resolve as in the project.
 */
const DATA_SOURCE = `// Written by lockstep for one replay.
const { DataSource } = require(require.resolve("typeorm", { paths: [process.cwd()] }));
module.exports = new DataSource({
  type: "better-sqlite3",
  database: process.env.LOCKSTEP_DB,
  migrations: JSON.parse(process.env.LOCKSTEP_MIGRATIONS),
  migrationsTableName: "migrations",
  logging: false,
});
`;

export const TYPEORM_RUN = {
  /** Data source `type`s that are SQLite: the set is replayable when its data source has one of these. */
  sqliteTypes: TYPEORM_SQLITE_TYPES,
  /** The `type` for a throwaway file (`database: "{db}"`) in TypeORM 0.3 and 1.x; 1.x has no `sqlite`. */
  fileType: "better-sqlite3",
  /** The files a `migrations` glob loads (`.d.ts` excepted). */
  formats: TYPEORM_FORMATS,
  /** The table of applied migrations: `migrationsTableName`, this by default. */
  migrationsTable: "migrations",
  up: "npx --no-install typeorm migration:run -d <data source>",
  down: "npx --no-install typeorm migration:revert -d <data source>",
  /** `migration:run --transaction all|each|none`; `all` (every pending one in one) is the default. */
  transactionFlag: "--transaction",
  /** `.ts` migrations and data sources need a TypeScript loader: TypeORM ships `typeorm-ts-node-commonjs`/`-esm`. */
  typescript: "typeorm-ts-node-commonjs",
  source: `${REPO}/blob/master/src/commands/MigrationRunCommand.ts`,
} as const;

const CLASS = /\bclass\s+([A-Za-z_$][\w$]*)/g;
const UP = /(?:^|[\s;}])(?:public\s+)?(?:async\s+)?up\s*\(/;
const DOWN = /(?:^|[\s;}])(?:public\s+)?(?:async\s+)?down\s*\(/;
const NAME = /(?:^|[\s;{])(?:public\s+|readonly\s+)*name\s*(?::\s*string\s*)?=\s*(["'`])([^"'`]*)\1/;

function loads(rel: string): boolean {
  return (TYPEORM_FORMATS as readonly string[]).includes(extensionOf(rel)) && !rel.endsWith(".d.ts");
}

/**
 * Each migration class of a file (one with an `up(`): TypeORM names it by its `name` property, else by its
 * class name, and takes the timestamp from that name's last 13 characters (MigrationExecutor.getMigrations).
 */
function parseClasses(rel: string, text: string): CodeMigration[] | { problem: string; line: number } {
  const found: CodeMigration[] = [];
  for (const m of text.matchAll(CLASS)) {
    const open = text.indexOf("{", m.index);
    const body = open === -1 ? undefined : balancedAt(text, open);
    if (!body || !UP.test(body)) continue;
    const migrationName = NAME.exec(body)?.[2] ?? (m[1] as string);
    const timestamp = Number.parseInt(migrationName.slice(-13), 10);
    if (!timestamp || Number.isNaN(timestamp))
      return {
        problem: `TypeORM refuses every migration while it loads this one: "${migrationName} migration name is wrong. Migration class name should have a JavaScript timestamp appended." Name the class (or its \`name\`) <Name><13-digit millisecond timestamp>, as \`typeorm migration:create\` does`,
        line: positionAt(text, m.index).line,
      };
    const stem = baseName(rel).slice(0, -extensionOf(rel).length);
    found.push({
      version: String(timestamp),
      name: /^\d+-(.+)$/.exec(stem)?.[1] ?? migrationName.slice(0, -13),
      down: DOWN.test(body),
      transaction: !/\btransaction\s*=\s*false\b/.test(body),
      sortName: migrationName,
      step: { migration: migrationName },
    });
  }
  return found;
}

export const typeorm = {
  id: "typeorm",
  name: "TypeORM",
  title: "TypeORM",
  detect: {
    priority: 61,
    // Code files only where no SQL file is a migration.
    evidence: (files) =>
      files.some(({ name }) => name.endsWith(".sql"))
        ? 0
        : files.filter(
            ({ file }) =>
              loads(file.rel) &&
              /\bclass\s/.test(file.text ?? "") &&
              /\b(up|down)\s*\(\s*queryRunner\b/.test(file.text ?? ""),
          ).length,
    reason: () =>
      "TypeORM migration classes: <timestamp>-<Name>.ts files, each a class with up(queryRunner) and down(queryRunner)",
  },
  reads: {
    files: `the classes of the files its data source's \`migrations\` globs load (${TYPEORM_FORMATS.join(" ")}; not \`.d.ts\`)`,
  },
  read: (files) => readCodeFiles(files, { loads, parse: (file, text) => parseClasses(file.rel, text) }),
  order: {
    by: "number",
    how: "TypeORM sorts migrations by the timestamp ending their name (the `name` property, else the class name), not by file name",
  },
  downs: "always",
  transaction: {
    wraps: "all-pending",
    optOut:
      "run `typeorm migration:run --transaction each` and set `transaction = false` on the migration class",
    pragmaIgnored:
      "`typeorm migration:run` runs every pending migration in one transaction by default, where SQLite ignores it",
  },
  // TypeORM 0.3 and 1.1: MigrationExecutor.ts; migrations are known by name (the `name` property or class name).
  applied: {
    outOfOrder: {
      does: "applies every migration whose name is not in its table, in timestamp order: an older pending one runs after newer applied ones (the check that refused it is commented out)",
      source: EXECUTOR, // executePendingMigrations(): pendingMigrations filter
    },
    duplicate: {
      does: 'refuses two migrations with one name ("Duplicate migrations: …"); two names with one timestamp both run, in the order their files load',
      source: EXECUTOR, // checkForDuplicateMigrations()
    },
    renamed: {
      does: 'knows a migration by its class name (or `name`): a renamed file stays applied, a renamed class is a new migration that runs again, and reverting the old one fails with "No migration … was found in the source code"',
      source: EXECUTOR, // executePendingMigrations() and undoLastMigration() compare `name`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: EXECUTOR, // createMigrationsTableIfNotExist(): id, timestamp, name
    },
    deleted: {
      does: 'ignores applied migrations whose class is gone, until `migration:revert` reaches one: "No migration … was found in the source code"',
      source: EXECUTOR, // undoLastMigration()
    },
  },
  configs: [
    {
      shown: "package.json with typeorm (its data source's `migrations`)",
      matches: (name) => name === "package.json",
      sources: TYPEORM_FORMATS,
      sourcesWanted,
      read: readTypeormPackage,
    },
  ],
  code: true,
  runner: {
    up: "npx --no-install typeorm migration:run -d {setup}",
    down: "npx --no-install typeorm migration:revert -d {setup}",
    to: "npx --no-install typeorm migration:run -d {setup}",
    env: { LOCKSTEP_DB: "{db}", LOCKSTEP_MIGRATIONS: "{files}" },
    setup: { file: "lockstep-data-source.cjs", text: DATA_SOURCE },
    source: `${REPO}/blob/master/src/commands/MigrationRunCommand.ts`,
  },
  tracking: {
    tables: ["typeorm_metadata"],
    ownTables: ["migrations"],
    stores:
      "one row per applied migration in `migrations` (`migrationsTableName`): `id`, `timestamp`, `name`; a revert deletes the row; `typeorm_metadata` only where entities have views or generated columns",
    source: EXECUTOR, // createMigrationsTableIfNotExist(), insertExecutedMigration()
    reader: {
      table: "migrations",
      query: "SELECT timestamp, name FROM migrations ORDER BY id",
      rows: (rows) => keyed(rows),
      key: (m) => numeric(m.version),
      missing:
        'TypeORM runs only the migrations it has no row for and leaves this one alone; `migration:revert` of it fails: "No migration NAME was found in the source code"',
      source: EXECUTOR, // getExecutedMigrations(), undoLastMigration()
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 13 },
    clock: true,
    refuse: {
      new: `is a TypeORM set: ${ADVICE}`,
      renumber: `is a TypeORM set, ordered by the timestamp in each class name: rename the class and file of your new migration with a later timestamp; ${ADVICE}`,
      change: `write a new migration with ${CREATE}`,
      clash: `give your new migration a later timestamp in its class name (and file name), or create it again with ${CREATE}`,
      early: `give your new migration a later timestamp in its class name (and file name), or create it again with ${CREATE}`,
    },
  },
} as const satisfies ToolDescriptor;
