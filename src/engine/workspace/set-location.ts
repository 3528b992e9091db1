import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { splitByDialect } from "../../core/layouts/dialects.js";

/** Where teams keep migrations, most common first. */
export const COMMON_LOCATIONS = [
  "migrations",
  "db/migrations",
  "prisma/migrations",
  "drizzle",
  "migrations/sqlite",
  "db/migrate",
  "database/migrations",
  "sql/migrations",
  "supabase/migrations",
  "src/migrations",
];

/**
 * The directory to read for a common location: itself, its SQLite directory where it holds one directory per
 * SQL dialect (`migrations/sqlite` beside `migrations/postgres`), or none where it holds other dialects only.
 * `why` says so when it is not the location itself.
 */
export function locationDir(
  root: string,
  location: string,
): { dir: string; shown: string; why?: string } | undefined {
  const dir = resolve(root, location);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const children = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const split = splitByDialect(children);
  if (split.kind === "other-only") return undefined;
  if (split.kind === "none") return { dir, shown: location };
  const shown = `${location}/${split.dir}`;
  const others = split.others.map((o) => `${location}/${o}/`).join(", ");
  return {
    dir: join(dir, split.dir),
    shown,
    why: `${location}/ holds one directory per SQL dialect: ${shown}/ is SQLite's, ${others} another dialect's, not replayed`,
  };
}
