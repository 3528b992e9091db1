import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { repositoryTop, requireRegularFile, resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
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
  /** The process environment, where a tool reads its directory from it (dbmate, goose). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ResolvedDatabases {
  specs: DatabaseSpec[];
  config?: LoadedConfig;
  /** What was chosen and why, for the user (stderr in the CLI). */
  notes: string[];
}

export async function resolveDatabases(
  req: DatabaseRequest,
  /** Called once the config is known, before the tree is searched: what the command can start meanwhile. */
  configured?: (config: LoadedConfig | undefined) => Promise<void>,
  /** Given the bytes of the files a search of the tree read (see discoverSets). */
  keep?: Map<string, Uint8Array>,
): Promise<ResolvedDatabases> {
  const notes: string[] = [];
  const configFile = req.configPath ? resolve(req.cwd, req.configPath) : resolve(req.cwd, CONFIG_FILE);
  const config = req.configPath || existsSync(configFile) ? await loadConfig(configFile, req.cwd) : undefined;
  await configured?.(config);
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
  // Loaded only here: the guard of a configured repository neither walks the tree nor loads every reader.
  const { discoverSets } = await import("./discover.js");
  const found = await discoverSets(req.cwd, req.env, keep);
  if (found.sets.length === 0)
    throw new LockstepError(
      "usage",
      `no migrations found: no ${CONFIG_FILE}, no directory given, and searching ${found.searched} found none lockstep replays${found.passed.length > 0 ? ` (${found.passed.join("; ")})` : ""}; run \`lockstep replay DIR\`, or lockstep init DIR to write a config`,
    );
  const single = found.sets.length === 1;
  notes.push(
    `no ${CONFIG_FILE} and no directory given: ${single ? "using" : `replaying ${found.sets.length} sets:`} ${found.sets.map((s) => `${s.dir}/ (${s.layout}: ${s.reason})`).join("; ")}`,
    ...found.passed.map((p) => `not replayed: ${p}`),
  );
  return {
    specs: found.sets.map((set) => {
      const name = single ? "default" : set.name;
      return {
        name,
        dir: resolve(req.cwd, set.dir),
        config: { name, dir: set.dir, layout: set.layout },
        detected: { layout: set.layout, reason: set.reason },
        root: req.cwd,
        top: repositoryTop(req.cwd, req.cwd),
      };
    }),
    notes,
  };
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
  for (const seed of db.seed ?? []) resolveInRepo(config.top, config.root, keyOf(db.name, "seed"), seed.file);
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
