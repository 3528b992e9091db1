import {
  folderOf,
  isRecord,
  joinInRepo,
  lineOfSetting,
  parseJsonc,
  parseToml,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { singleFile } from "../layouts/naming.js";
import { anySqlFile, readNamed, simpleName } from "../layouts/paired-reader.js";
import { baseName } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed, upFile } from "./tracked-rows.js";

const WRANGLER = "https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/d1/migrations";

export const d1 = {
  id: "d1",
  name: "D1",
  title: "Cloudflare D1",
  // Never detected: its names are plain numbered files.
  // wrangler sends each D1 file as one query, which D1 runs in an implicit transaction.
  reads: { files: "`.sql` files" },
  namesOnly: true,
  // wrangler applies every `*.sql` of the directory, numbered ones first (migrations/helpers.ts getMigrationNames()).
  read: (files) => readNamed(files, simpleName, () => true, anySqlFile),
  order: { by: "number", how: "wrangler sorts the number before the first `_` as a number" },
  downs: "never",
  transaction: {
    wraps: "each-file",
    pragmaIgnored:
      "D1 always enforces foreign keys and ignores it; `PRAGMA defer_foreign_keys = on` lets a rebuild drop a table others reference without failing their keys, but their ON DELETE CASCADE and SET NULL still fire: copy those child rows aside first and back after the rename",
  },
  // wrangler 4 (checked 4.125): `d1 migrations apply` lists unapplied files by name (migrations/helpers.ts).
  applied: {
    outOfOrder: {
      does: "applies every file whose name is not in d1_migrations, older ones included",
      source: `${WRANGLER}/helpers.ts`, // getUnappliedMigrationNames()
    },
    duplicate: {
      does: "knows a migration by its file name: two files with one number are two migrations, applied in name order",
      source: `${WRANGLER}/helpers.ts`, // compareMigrationPaths(): the number, then the name
    },
    renamed: {
      does: "knows a migration by its file name: a renamed file runs again",
      source: `${WRANGLER}/helpers.ts`, // getUnappliedMigrationNames()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again",
      source: `${WRANGLER}/helpers.ts`, // getCreateMigrationsTableQuery(): no checksum column
    },
    deleted: {
      does: "applies only names not in d1_migrations: a deleted one goes unnoticed",
      source: `${WRANGLER}/helpers.ts`, // getUnappliedMigrationNames()
    },
  },
  configs: [
    {
      shown: "wrangler.toml/.json/.jsonc",
      matches: (name) => /^wrangler\.(toml|json|jsonc)$/.test(name),
      read: readWrangler,
    },
  ],
  tracking: {
    tables: ["d1_migrations"],
    stores: "one row per applied migration: `id`, `name` (the file name, unique), `applied_at`",
    source: `${WRANGLER}/helpers.ts`, // getCreateMigrationsTableQuery(), buildMigrationQuery()
    reader: {
      table: "d1_migrations",
      query: "SELECT name FROM d1_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(upFile(m)),
      missing: "wrangler applies only files it has no row for and leaves a row whose file is gone alone",
      source: `${WRANGLER}/helpers.ts`, // getUnappliedMigrations(): files whose name has no row
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name),
  },
} as const satisfies ToolDescriptor;

/** wrangler's `d1_databases[].migrations_dir` (default `migrations`), at the top and in each `env`. */
function readWrangler(config: RepoText): SetClaim[] {
  const value = config.path.endsWith(".toml") ? parseToml(config.text) : parseJsonc(config.text);
  if (!isRecord(value)) return [];
  const scopes = [value, ...(isRecord(value.env) ? Object.values(value.env) : [])];
  const claims: SetClaim[] = [];
  for (const scope of scopes) {
    if (!isRecord(scope) || !Array.isArray(scope.d1_databases)) continue;
    for (const db of scope.d1_databases) {
      if (!isRecord(db)) continue;
      const named = typeof db.migrations_dir === "string" ? db.migrations_dir : undefined;
      const written = named ?? "migrations";
      const name = String(db.database_name ?? db.binding ?? "");
      const line = named
        ? lineOfSetting(config.text, "migrations_dir", named)
        : (lineOfSetting(config.text, "database_name", name) ?? lineOfSetting(config.text, "d1_databases"));
      claims.push({
        dir: joinInRepo(folderOf(config.path), written),
        written,
        layout: "d1",
        tool: "D1",
        dialect: "sqlite",
        precedence: 1,
        evidence: [
          {
            file: config.path,
            line: line ?? 1,
            says: named
              ? `says D1 database "${name}" has migrations_dir "${named}"`
              : `says D1 database "${name}", with no migrations_dir: wrangler's default is migrations/`,
          },
        ],
      });
    }
  }
  return claims;
}
