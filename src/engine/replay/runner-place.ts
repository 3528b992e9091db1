import type { SqlEngine } from "../../adapters/sqlite/engine.js";
import type { Migration } from "../../core/migration.js";
import type { Runner } from "../../core/runner/runner.js";

/** What the runner replay works with: the throwaway file, where the commands run, and how paths map. */
export interface RunnerPlace {
  runner: Runner;
  engine: SqlEngine;
  /** The throwaway database file. */
  db: string;
  /** The directory `{dir}` names: the migration directory, or the staged copy of it for a staged tool. */
  dir: string;
  /** The migration directory, absolute. */
  source: string;
  /** Where the commands run, absolute. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
  /** A display path (relative to the user's working directory) made absolute. */
  resolve(display: string): string;
  functions?: Record<string, (...args: never[]) => unknown>;
  /** The set's migrations in order (for `{files}`). */
  order: readonly Migration[];
  /** Where the runner's `setup` file was written. */
  setup?: string;
}
