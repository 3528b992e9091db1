import { byFolder } from "../layouts/folder-reader.js";
import { renumberedName, upTemplate } from "../layouts/naming.js";
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

const DOCS = "https://www.prisma.io/docs/orm/prisma-migrate/understanding-prisma-migrate/migration-histories";

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
  read: (files) => readPrisma(files),
  looksLike: (name, inFolder) =>
    name === "migration.sql" ? `a Prisma migration${inFolder ? " in a folder" : ""}` : undefined,
  order: { by: "name-text", how: "Prisma sorts folder names as text" },
  downs: "never",
  transaction: { wraps: "as-written" },
  applied: {
    outOfOrder: {
      does: "`prisma migrate deploy` applies every migration not recorded in _prisma_migrations, older ones included",
      source: DOCS,
    },
    edited: {
      does: "stores a checksum of each migration.sql; `prisma migrate dev` reports an applied migration that was modified and asks to reset the database",
      source: DOCS,
    },
  },
  tracking: {
    tables: ["_prisma_migrations"],
    stores:
      "one row per migration: `migration_name` (the folder name), `checksum`, `finished_at`, `rolled_back_at`, `logs`",
    source: DOCS,
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
    const folderName = baseName(folder);
    const match = /^(\d+)_(.*)$/.exec(folderName);
    const version = match?.[1] ?? folderName;
    const entry: Entry = {
      migration: { version, name: match?.[2] ?? folderName, files: [file.display] },
      rels: [file.rel],
      sortName: folderName,
    };
    if (file.text === undefined) result.findings.push(unreadableFinding(file, version));
    else entry.migration.up = script(file, wholeFile(file.text), false);
    result.entries.push(entry);
  }
  return result;
}
