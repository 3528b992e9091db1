import { resolve } from "node:path";
import { resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import { type Runner, resolveRunner, unknownPlaceholders } from "../../core/runner/runner.js";
import { toolOf } from "../../core/tools/index.js";
import type { ReadDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, keyOf, loadFunctions, shownFrom } from "../workspace/databases.js";
import type { ReplaySetOptions } from "./replay-options.js";
import type { ReplaySetResult } from "./replay-set.js";
import { replayThroughRunner } from "./runner-replay.js";

/**
 * Whether a runner may run the repository's code here. Locally the config asking is enough; the Action
 * runs one only when its workflow opted in, and never where the code is a pull request's under a token
 * and secrets the pull request should not reach.
 */
export type CodePolicy = { run: "yes" } | { run: "no"; why: string } | { run: "refuse"; why: string };

export const RUN_CODE: CodePolicy = { run: "yes" };

/** The database's runner as the replay uses it, or a config error naming the key. */
export function databaseRunner(spec: DatabaseSpec): Runner | undefined {
  const config = spec.config.runner;
  if (config === undefined) return undefined;
  const resolved = resolveRunner(config);
  if ("problem" in resolved) {
    throw new LockstepError("config", `${keyOf(spec.name, "runner")}: ${resolved.problem}`);
  }
  return resolved.runner;
}

/**
 * Whether the policy lets the database's runner run here: undefined when it does; else the finding that says
 * why its code migrations are not replayed (the database is then replayed as lockstep alone can). Refused
 * outright where running it would be unsafe.
 */
export function withheldRunner(spec: DatabaseSpec, policy: CodePolicy, cwd: string): Finding | undefined {
  if (policy.run === "refuse") throw new LockstepError("usage", policy.why);
  if (policy.run === "yes") return undefined;
  const shown = shownFrom(spec.root, cwd, spec.config.dir);
  return finding(
    "not-replayed",
    `database "${spec.name}" (${shown}/) names a runner, which runs the repository's own code, and ${policy.why}; its code migrations were not replayed`,
  );
}

/** Replays a database through its runner (the policy allowed it: see withheldRunner). */
export async function replayRunnerDatabase(
  read: ReadDatabase,
  runner: Runner,
  options: ReplaySetOptions,
  ctx: { cwd: string; env?: Readonly<Record<string, string | undefined>>; timeoutSeconds: number },
): Promise<ReplaySetResult> {
  const { spec, set } = read;
  const unknown = unknownPlaceholders(runner, set.migrations);
  if (unknown.length > 0) {
    throw new LockstepError(
      "config",
      `${keyOf(spec.name, "runner")} uses ${unknown.map((p) => `{${p}}`).join(", ")}, which no step has; the placeholders are {db}, {dir}, {file}, {version}, {name}, {stem}, {previous}${extraPlaceholders(read)}`,
    );
  }
  const cwd = runner.cwd
    ? resolveInRepo(spec.top, spec.root, keyOf(spec.name, "runner"), runner.cwd)
    : spec.root;
  const functions = await loadFunctions(spec, ctx.cwd);
  // The tool's own table where its name is too common to leave out of every set (TypeORM's `migrations`).
  const own = toolOf(set.layout).tracking.ownTables ?? [];
  return replayThroughRunner(
    set,
    { ...options, functions },
    {
      runner: { ...runner, tables: [...runner.tables, ...own] },
      cwd,
      source: spec.dir,
      resolve: (display) => resolve(ctx.cwd, display),
      env: ctx.env ?? process.env,
      timeoutMs: (runner.timeout ?? ctx.timeoutSeconds) * 1000,
    },
  );
}

function extraPlaceholders(read: ReadDatabase): string {
  const extra = [...new Set(read.set.migrations.flatMap((m) => Object.keys(m.step ?? {})))];
  return extra.length ? `, and for this layout ${extra.map((p) => `{${p}}`).join(", ")}` : "";
}
