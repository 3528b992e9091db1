import type { SourceFile } from "../migration.js";
import {
  baseName,
  dirName,
  type Entry,
  emptyResult,
  type ReadResult,
  script,
  unreadableFinding,
  wholeFile,
} from "./source.js";

/** Files grouped by the folder holding them: `2024-01-01-000000_x/up.sql` → `2024-01-01-000000_x`. */
function byFolder(files: SourceFile[]): Map<string, Map<string, SourceFile>> {
  const folders = new Map<string, Map<string, SourceFile>>();
  for (const file of files) {
    const folder = dirName(file.rel);
    if (folder === "") continue;
    const inside = folders.get(folder) ?? new Map<string, SourceFile>();
    inside.set(baseName(file.rel), file);
    folders.set(folder, inside);
  }
  return folders;
}

/**
 * diesel: a folder per migration with `up.sql`, optional `down.sql` and `metadata.toml`. The version is the
 * folder name before the first `_` with `-` removed (migrations_internals::version_from_string), kept as
 * text: diesel's MigrationVersion is a string and migrations are sorted by it as text. Each runs in a
 * transaction unless metadata.toml says `run_in_transaction = false`.
 */
export function readDiesel(files: SourceFile[]): ReadResult {
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

/**
 * Prisma Migrate: `<YYYYMMDDHHMMSS>_<name>/migration.sql`, applied in folder-name order, each script run
 * as written (no wrapping transaction); no downs.
 */
export function readPrisma(files: SourceFile[]): ReadResult {
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
