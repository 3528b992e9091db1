import type { LayoutId, SourceFile } from "../migration.js";
import { baseName, dirName } from "./source.js";

export interface DetectedLayout {
  layout: LayoutId;
  /** Why, in words a user recognises: "files named <digits>_<name>.up.sql/.down.sql". */
  reason: string;
}

/** Folders and files no layout reads: archives, dotfiles (`.keep`, `.gitkeep`). */
export function isIgnored(rel: string): boolean {
  return rel.split("/").some((segment) => segment === "archive" || segment.startsWith("."));
}

const MARKERS: { layout: LayoutId; marker: RegExp; reason: string }[] = [
  {
    layout: "goose",
    marker: /^--\s*\+goose\s+up\s*$/im,
    reason: "SQL files with `-- +goose Up` annotations",
  },
  {
    layout: "dbmate",
    marker: /^--\s*migrate:up(\s*$|\s+\S+)/m,
    reason: "SQL files with `-- migrate:up` markers",
  },
  { layout: "sql-migrate", marker: /^-- \+migrate Up/m, reason: "SQL files with `-- +migrate Up` markers" },
];

/**
 * Guesses the layout from names and markers, most specific evidence first (a Drizzle journal, Prisma and
 * diesel folders, Flyway prefixes, marker comments, up/down pairs, then plain numbered files).
 */
export function detectLayout(files: SourceFile[]): DetectedLayout | undefined {
  const usable = files.filter((file) => !isIgnored(file.rel));
  const names = usable.map((file) => ({ file, name: baseName(file.rel), folder: dirName(file.rel) }));
  if (names.some(({ name, folder }) => name === "_journal.json" && baseName(folder) === "meta")) {
    return { layout: "drizzle", reason: "a Drizzle journal, meta/_journal.json" };
  }
  if (
    names.some(
      ({ name, folder }) => name === "migration_lock.toml" || (name === "migration.sql" && folder !== ""),
    )
  ) {
    return {
      layout: "prisma",
      reason: "Prisma folders <timestamp>_<name>/migration.sql (and migration_lock.toml)",
    };
  }
  if (names.some(({ name, folder }) => name === "up.sql" && /^\d/.test(baseName(folder)))) {
    return { layout: "diesel", reason: "diesel folders <YYYY-MM-DD-HHMMSS>_<name>/up.sql + down.sql" };
  }
  if (names.some(({ name }) => /^[VU]\d+(?:[._]\d+)*__.+\.sql$|^R__.+\.sql$/.test(name))) {
    return { layout: "flyway", reason: "Flyway files V<version>__<description>.sql" };
  }
  const sqlFiles = names.filter(({ name }) => name.endsWith(".sql"));
  let best: { layout: LayoutId; reason: string; count: number } | undefined;
  for (const { layout, marker, reason } of MARKERS) {
    const count = sqlFiles.filter(({ file }) => marker.test(file.text ?? "")).length;
    if (count > 0 && count > (best?.count ?? 0)) best = { layout, reason, count };
  }
  if (best) return { layout: best.layout, reason: best.reason };
  if (sqlFiles.some(({ name }) => /^\d+_.*\.(up|down)\.sql$/.test(name))) {
    return {
      layout: "golang-migrate",
      reason:
        'files named <digits>_<name>.up.sql / .down.sql; sqlx uses the same names: set layout "sqlx" if sqlx runs them',
    };
  }
  if (sqlFiles.some(({ name }) => /^\d+_.+\.sql$/.test(name))) {
    const atlas = names.some(({ name }) => name === "atlas.sum") ? " with an atlas.sum" : "";
    return {
      layout: "plain",
      reason:
        `files named <digits>_<name>.sql${atlas}, up only. sqlx, Atlas, Cloudflare D1 and hand-run folders all ` +
        'look like this; lockstep runs them as written. Set layout "d1" or "sqlx" to replay them the way that tool does',
    };
  }
  return undefined;
}
