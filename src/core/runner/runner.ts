import type { Migration } from "../migration.js";
import { TOOLS } from "../tools/index.js";
import type { RunnerPreset, ToolDescriptor } from "../tools/tool.js";
import { placeholdersOf, splitWords } from "./command-line.js";

/** A database's `runner` in the config: a preset's id, or commands of the project's own. */
export type RunnerConfig =
  | string
  | {
      preset?: string;
      up?: string;
      down?: string;
      to?: string;
      env?: Record<string, string>;
      /** Where the commands run, relative to the config's folder (default: that folder). */
      cwd?: string;
      /** Seconds one step may take. */
      timeout?: number;
      /** Per-file scripts: a file extension (`py`) and the command that runs one such file (`python3 {file} {db}`). */
      scripts?: Record<string, string>;
      /** Tables the runner keeps for itself in the database (its tracking table), left out of the schema. */
      tables?: string[];
      /** Run once on the fresh file before the first migration (Django: `python manage.py migrate auth`). */
      before?: string;
    };

/** A runner as the replay uses it: the preset's commands with the config's in their place. */
export interface Runner {
  /** How messages name it: the preset's tool ("Alembic") or "the runner". */
  name: string;
  up?: string;
  down?: string;
  to?: string;
  env: Record<string, string>;
  cwd?: string;
  timeout?: number;
  scripts: Record<string, string>;
  tables: string[];
  first: string;
  staged: boolean;
  /** A command run once on the fresh file before the first migration. */
  before?: string;
  /** A file written beside the database for the commands (`{setup}`). */
  setup?: { file: string; text: string };
  /** The migrations are modules exporting `up(db)` / `down(db)`: lockstep imports and calls them itself. */
  modules?: true;
}

/** The built-in runner for migrations written as modules exporting up(db) and down(db) (no tool to run). */
export const MODULES = "modules";

/** The placeholders every step has; a layout adds its own through `Migration.step`. */
const STEP_PLACEHOLDERS = ["db", "dir", "file", "files", "setup", "version", "name", "stem", "previous"];

/** The tools with a preset, for the config's `runner` (`"runner": "alembic"`). */
export function runnerPresets(): ToolDescriptor[] {
  return (TOOLS as readonly ToolDescriptor[]).filter((tool) => tool.runner !== undefined);
}

/**
 * The tool whose preset replays a set of this layout, to propose where none is configured: only a tool whose
 * migrations are code runs them with its own CLI (goose's cannot run a `.go` migration).
 */
export function codePreset(layout: string): ToolDescriptor | undefined {
  return runnerPresets().find((tool) => tool.id === layout && tool.code);
}

/** The config's runner resolved against the presets, or what is wrong with it (for a usage error). */
export function resolveRunner(config: RunnerConfig): { runner: Runner } | { problem: string } {
  const own = typeof config === "string" ? { preset: config } : config;
  let preset: RunnerPreset | undefined;
  let name = "the runner";
  if (own.preset === MODULES) {
    const runner: Runner = {
      name: "the modules' own up(db) and down(db)",
      env: {},
      cwd: own.cwd,
      timeout: own.timeout,
      scripts: {},
      tables: own.tables ?? [],
      first: "",
      staged: false,
      modules: true,
    };
    return { runner };
  }
  if (own.preset !== undefined) {
    const tool = runnerPresets().find((t) => t.id === own.preset);
    if (!tool?.runner) {
      const ids = [...runnerPresets().map((t) => t.id), MODULES];
      return { problem: `"${own.preset}" is not a runner preset; the presets are ${ids.join(", ")}` };
    }
    preset = tool.runner;
    name = tool.name;
  }
  const runner: Runner = {
    name,
    up: own.up ?? preset?.up,
    down: own.down ?? preset?.down,
    to: own.to ?? preset?.to,
    env: { ...preset?.env, ...own.env },
    cwd: own.cwd,
    timeout: own.timeout,
    scripts: Object.fromEntries(
      Object.entries(own.scripts ?? {}).map(([ext, line]) => [ext.replace(/^\./, ""), line]),
    ),
    tables: own.tables ?? [],
    first: preset?.first ?? "",
    staged: preset?.staged === true,
    setup: preset?.setup,
    before: own.before,
  };
  if (!runner.up && Object.keys(runner.scripts).length === 0)
    return { problem: 'it says neither how to apply a migration ("up") nor how to run a script ("scripts")' };
  for (const [key, line] of commandsOf(runner)) {
    const split = splitWords(line);
    if ("unclosed" in split)
      return { problem: `its ${key} command cannot be read: a ${split.unclosed} is not closed` };
    if (split.words.length === 0) return { problem: `its ${key} command names no program` };
  }
  return { runner };
}

function commandsOf(runner: Runner): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ["up", "down", "to", "before"] as const) {
    const line = runner[key];
    if (line) out.push([`"${key}"`, line]);
  }
  for (const [ext, line] of Object.entries(runner.scripts)) out.push([`.${ext} script`, line]);
  return out;
}

/** The placeholders a runner uses that no step can fill, for a usage error before anything runs. */
export function unknownPlaceholders(runner: Runner, migrations: readonly Migration[]): string[] {
  const known = new Set([...STEP_PLACEHOLDERS, ...migrations.flatMap((m) => Object.keys(m.step ?? {}))]);
  const used = [...commandsOf(runner).map(([, line]) => line), ...Object.values(runner.env)];
  return [...new Set(used.flatMap(placeholdersOf))].filter((p) => !known.has(p));
}

/** Where a step's files are, as the commands see them. */
export interface StepPlaces {
  db: string;
  dir: string;
  /** The migration's first file, absolute. */
  file: string;
  /** The first file of every migration up to this one, absolute. */
  files: readonly string[];
  /** The file the runner's `setup` was written to. */
  setup?: string;
}

/** The values of a step's placeholders: the migration's, its place, and the one before it. */
export function stepValues(
  runner: Runner,
  migration: Migration,
  previous: Migration | undefined,
  places: StepPlaces,
): Record<string, string> {
  return {
    db: places.db,
    dir: places.dir,
    file: places.file,
    files: JSON.stringify(places.files),
    ...(places.setup ? { setup: places.setup } : {}),
    version: migration.version,
    name: migration.name,
    stem: stemOf(migration),
    previous: previous ? stemOf(previous) : runner.first,
    ...migration.step,
  };
}

/** A migration's file name without its extension (`0002_add_email`, Django's migration name). */
export function stemOf(migration: Migration): string {
  const file = migration.code ?? migration.files[0] ?? migration.version;
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.indexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The script command for a code migration of this runner, by its file's extension. */
export function scriptFor(runner: Runner, migration: Migration): string | undefined {
  const file = migration.code;
  if (!file) return undefined;
  const ext = file.slice(file.lastIndexOf(".") + 1);
  return runner.scripts[ext];
}

/** The runner in words for the report: what ran the migrations on the throwaway file. */
export function describeRunner(runner: Runner): string {
  const scripts = Object.entries(runner.scripts).map(([ext, line]) => `.${ext} files by \`${line}\``);
  if (runner.modules) return runner.name;
  if (runner.up) return `${runner.name} (\`${runner.up}\`)`;
  return `${scripts.join(", ")}; SQL by lockstep`;
}
