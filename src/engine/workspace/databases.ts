import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { readSourceFiles } from "../../adapters/file-source.js";
import { repositoryTop, requireRegularFile, resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { splitByDialect } from "../../core/layouts/dialects.js";
import type { DetectedLayout } from "../../core/layouts/index.js";
import type { SqlRewrite } from "../replay/execute.js";
import { importFunctions, type SqlFunction } from "../replay/functions-module.js";
import { CONFIG_FILE, type DatabaseConfig, type LoadedConfig, loadConfig } from "./config.js";

/** One migration set to replay, with everything resolved to absolute paths. */
export interface DatabaseSpec {
  name: string;
  /** Absolute directory. */
  dir: string;
  config: DatabaseConfig;
  /** Directory the config's relative paths resolve against. */
  root: string;
  /** The repository's top: the config's paths must stay inside it (see repo-files). */
  top: string;
  /** The `functions` module to import instead of the config's: a checked copy (the base commit's). */
  functionsCopy?: string;
  /** The layout detection found when lockstep chose the directory itself (no config): not detected again. */
  detected?: DetectedLayout;
}

export interface DatabaseRequest {
  cwd: string;
  dir?: string;
  configPath?: string;
  db?: string;
}

export interface ResolvedDatabases {
  specs: DatabaseSpec[];
  config?: LoadedConfig;
  /** What was chosen and why, for the user (stderr in the CLI). */
  notes: string[];
}

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

export async function resolveDatabases(req: DatabaseRequest): Promise<ResolvedDatabases> {
  const notes: string[] = [];
  const configFile = req.configPath ? resolve(req.cwd, req.configPath) : resolve(req.cwd, CONFIG_FILE);
  const config = req.configPath || existsSync(configFile) ? await loadConfig(configFile, req.cwd) : undefined;
  if (req.db && req.dir) {
    throw new LockstepError("usage", `give a directory or --db ${req.db}, not both`);
  }
  if (req.db && !config) {
    throw new LockstepError(
      "usage",
      `--db ${req.db} names a database of ${CONFIG_FILE}, and there is none here; give the migrations directory instead, or --config FILE`,
    );
  }
  if (req.dir) {
    const dir = resolve(req.cwd, req.dir);
    const fromConfig = config?.config.databases.find((d) => resolve(config.root, d.dir) === dir);
    if (config && fromConfig) checkedPaths(config, fromConfig);
    const dbConfig = fromConfig ?? { name: "default", dir: req.dir };
    const root = config?.root ?? req.cwd;
    return {
      specs: [
        {
          name: dbConfig.name,
          dir,
          config: dbConfig,
          root,
          top: config?.top ?? repositoryTop(root, req.cwd),
        },
      ],
      config,
      notes,
    };
  }
  if (config) {
    let databases = config.config.databases;
    if (req.db) {
      databases = databases.filter((d) => d.name === req.db);
      if (databases.length === 0) {
        const names = config.config.databases.map((d) => d.name).join(", ");
        throw new LockstepError("usage", `no database named "${req.db}" in ${config.file}; it has: ${names}`);
      }
    }
    return {
      specs: databases.map((d) => ({
        name: d.name,
        dir: checkedPaths(config, d),
        config: d,
        root: config.root,
        top: config.top,
      })),
      config,
      notes,
    };
  }
  // Loaded only here: the guard of a configured repository does not start every tool's reader.
  const { detectLayout } = await import("../../core/layouts/detect.js");
  for (const candidate of COMMON_LOCATIONS) {
    const location = locationDir(req.cwd, candidate);
    if (!location) continue;
    const { dir } = location;
    const detected = detectLayout(await readSourceFiles(dir, req.cwd));
    if (!detected) continue;
    notes.push(
      `no ${CONFIG_FILE} and no directory given: using ${location.shown}/ (${location.why ? `${location.why}; ` : ""}${detected.layout}: ${detected.reason})`,
    );
    return {
      specs: [
        {
          name: "default",
          dir,
          config: { name: "default", dir: location.shown },
          detected,
          root: req.cwd,
          top: repositoryTop(req.cwd, req.cwd),
        },
      ],
      notes,
    };
  }
  throw new LockstepError(
    "usage",
    `no migrations found: no ${CONFIG_FILE}, no directory given, and none of ${COMMON_LOCATIONS.map((l) => `${l}/`).join(", ")} holds migrations; run \`lockstep replay DIR\``,
  );
}

/** A path as the user sees it: relative to where lockstep runs, forward slashes. */
export function shownPath(cwd: string, abs: string): string {
  return (relative(cwd, abs) || ".").split("\\").join("/");
}

export function shownFrom(root: string, cwd: string, path: string): string {
  const abs = isAbsolute(path) ? path : resolve(root, path);
  return relative(cwd, abs).split("\\").join("/");
}

/**
 * Every path of a database entry checked up front, so each command refuses a config that names a place
 * outside the repository, also where it would not read that file; returns the directory.
 */
function checkedPaths(config: LoadedConfig, db: DatabaseConfig): string {
  for (const key of ["order", "baseline", "functions"] as const) {
    const path = db[key];
    if (path !== undefined) resolveInRepo(config.top, config.root, keyOf(db.name, key), path);
  }
  return resolveInRepo(config.top, config.root, keyOf(db.name, "dir"), db.dir);
}

/** How messages name a path key of a database: `database "main": "order"`. */
export function keyOf(name: string, key: string): string {
  return `database "${name}": "${key}"`;
}

/** A path the config names, resolved inside the repository (see repo-files), for reading. */
export function configPath(spec: DatabaseSpec, key: string, path: string): string {
  return resolveInRepo(spec.top, spec.root, keyOf(spec.name, key), path);
}

/** The application's own SQL functions, from an ESM module whose default export maps names to functions. */
export async function loadFunctions(
  spec: DatabaseSpec,
  cwd: string,
): Promise<Record<string, SqlFunction> | undefined> {
  if (!spec.config.functions) return undefined;
  const abs = spec.functionsCopy ?? configPath(spec, "functions", spec.config.functions);
  requireRegularFile(abs, keyOf(spec.name, "functions"), spec.config.functions);
  const where = `database "${spec.name}": "functions" module ${shownFrom(spec.root, cwd, spec.config.functions)}`;
  return importFunctions(abs, where);
}

export function makeRewrite(spec: DatabaseSpec): SqlRewrite | undefined {
  const replacements = spec.config.replacements;
  if (!replacements || replacements.length === 0) return undefined;
  return (sql) => replacements.reduce((text, r) => text.split(r.from).join(r.to), sql);
}
