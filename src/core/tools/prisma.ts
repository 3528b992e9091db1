import { folderOf, joinInRepo, type RepoText, type SetClaim } from "../discovery/config-text.js";
import { byFolder } from "../layouts/folder-reader.js";
import { renumberedName, upTemplate } from "../layouts/naming.js";
import {
  baseName,
  emptyResult,
  positionAt,
  type ReadResult,
  upOnlyEntry,
  wholeFile,
} from "../layouts/source.js";
import type { SourceFile } from "../migration.js";
import type { ToolDescriptor } from "./tool.js";
import { folderName, hex, sha256, text, upFile } from "./tracked-rows.js";

const ENGINES = "https://github.com/prisma/prisma-engines/blob/main/schema-engine";
const CLI = "https://github.com/prisma/prisma/blob/main/packages/migrate/src";

export const prisma = {
  id: "prisma",
  name: "Prisma",
  title: "Prisma",
  detect: {
    priority: 20,
    evidence: (files) =>
      files.filter(
        ({ name, folder }) => name === "migration_lock.toml" || (name === "migration.sql" && folder !== ""),
      ).length,
    reason: () => "Prisma folders <timestamp>_<name>/migration.sql (and migration_lock.toml)",
  },
  reads: { files: "`<folder>/migration.sql` files" },
  read: (files) => readPrisma(files),
  looksLike: (name, inFolder) =>
    name === "migration.sql" ? `a Prisma migration${inFolder ? " in a folder" : ""}` : undefined,
  order: { by: "name-text", how: "Prisma sorts folder names as text" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // Prisma 6–7: the schema engine's applyMigrations (run by `migrate deploy`) and diagnoseMigrationHistory
  // (run by `migrate status` and `migrate dev`).
  applied: {
    outOfOrder: {
      does: "`prisma migrate deploy` applies every migration not recorded in _prisma_migrations, older ones included; `prisma migrate status` lists it as not yet applied",
      source: `${ENGINES}/core/src/commands/apply_migrations.rs`, // apply_migrations(): unapplied_migrations
    },
    duplicate: {
      does: "knows a migration by its folder name: two folders with one timestamp are two migrations, applied in name order",
      source: `${CLI}/utils/listMigrations.ts`, // listMigrations(): folders sorted by name
    },
    renamed: {
      does: "knows a migration by its folder name: `migrate deploy` applies the renamed folder again, and `migrate status` reports the old name as not found locally",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`, // Diagnostics::history(): HistoriesDiverge
    },
    edited: {
      does: "stores a checksum of each migration.sql; `migrate deploy` does not compare it, `migrate dev` reports the migration as modified after it was applied and asks to reset the database",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`, // edited_migrations: matches_checksum()
    },
    deleted: {
      does: "`migrate deploy` applies only what is not recorded and carries on without a word (by design: it does not warn about an applied migration missing from the folder); `migrate status` is meant to list it as not found locally",
      // ARCHITECTURE.md ("We don't want to warn if an already applied migration is missing"); prisma/prisma#9311.
      source: "https://github.com/prisma/prisma-engines/pull/2377",
    },
  },
  configs: [{ shown: "*.prisma", matches: (name) => name.endsWith(".prisma"), read: readPrismaSchema }],
  tracking: {
    tables: ["_prisma_migrations"],
    stores:
      "one row per attempt: `id`, `migration_name` (the folder name), `checksum` (SHA-256 of migration.sql), `started_at`, `finished_at`, `rolled_back_at`, `logs`, `applied_steps_count`",
    source: `${ENGINES}/connectors/sql-schema-connector/src/sql_migration_persistence.rs`, // record_migration_started_impl()
    reader: {
      table: "_prisma_migrations",
      // A rolled-back attempt (`prisma migrate resolve --rolled-back`) no longer counts.
      query:
        "SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY started_at",
      rows: (rows) =>
        rows.map((r) => ({
          key: text(r[0]),
          checksum: hex(r[1]),
          failed: r[2] === null ? "finished_at is NULL" : undefined,
        })),
      key: (m) => folderName(upFile(m)),
      checksum: {
        of: sha256,
        changed:
          "`prisma migrate deploy` warns that it was modified since it was applied and goes on (the database keeps what the old text did); `prisma migrate dev` offers to reset the database",
      },
      missing:
        "`prisma migrate dev` reports it as applied to the database but missing from the migrations directory and offers to reset; `prisma migrate deploy` goes on",
      failed:
        "`prisma migrate deploy` refuses to apply new migrations (P3009, failed migrations in the target database): mark it with `prisma migrate resolve --rolled-back` or `--applied` once the schema is fixed",
      source: `${ENGINES}/connectors/sql-schema-connector/src/sql_migration_persistence.rs`, // list_migrations(); the deploy warning: prisma/prisma#9829
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => [{ rel: `${version}_${name}/migration.sql`, text: upTemplate(name, false) }],
    folder: { rename: (folderName, version, next) => renumberedName(folderName, version, next) },
  },
} as const satisfies ToolDescriptor;

/**
 * Prisma Migrate: `<YYYYMMDDHHMMSS>_<name>/migration.sql`, applied in folder-name order, each script run
 * as written (no wrapping transaction); no downs.
 */
function readPrisma(files: SourceFile[]): ReadResult {
  const result = emptyResult();
  for (const file of files) if (file.rel === "migration_lock.toml") result.claimed.add(file.rel);
  for (const [folder, inside] of byFolder(files)) {
    const file = inside.get("migration.sql");
    if (!file) continue;
    result.claimed.add(file.rel);
    result.entries.push(upOnlyEntry(file, baseName(folder), wholeFile, false, result.findings));
  }
  return result;
}

const PRISMA_OTHER: Record<string, string> = {
  postgresql: "PostgreSQL",
  postgres: "PostgreSQL",
  mysql: "MySQL",
  sqlserver: "SQL Server",
  cockroachdb: "CockroachDB",
  mongodb: "MongoDB",
};

/** A Prisma schema's `datasource` block: its provider, and the migrations folder beside the schema file. */
function readPrismaSchema(config: RepoText): SetClaim[] {
  const block = /^\s*datasource\s+\w+\s*\{([^}]*)\}/m.exec(config.text);
  if (!block) return [];
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(block[1] as string);
  if (!provider) return [];
  const name = provider[1] as string;
  const line = positionAt(config.text, block.index + (block[0].indexOf(provider[0]) ?? 0) + 1).line;
  const dialect = name === "sqlite" ? "sqlite" : PRISMA_OTHER[name] ? "other" : "unstated";
  return [
    {
      dir: joinInRepo(folderOf(config.path), "migrations"),
      written: "migrations",
      layout: "prisma",
      tool: "Prisma",
      dialect,
      ...(dialect === "other" ? { dialectName: PRISMA_OTHER[name] } : {}),
      evidence: [
        {
          file: config.path,
          line,
          says: `says provider = "${name}"; prisma migrate keeps migrations/ beside the schema`,
        },
      ],
    },
  ];
}
