import { ENGINE_CHOICES, type EngineChoice, type EngineName } from "../adapters/sqlite/types.js";
import { LockstepError } from "../core/errors.js";
import type { CommentPolicy } from "../engine/pull-request/action-check.js";
import type { DownMode } from "../engine/replay/replay-set.js";
export type FailOn = "error" | "warning" | "never";

/** Every input of action.yml, validated once before any work starts. */
export interface ActionSettings {
  workingDirectory: string;
  config?: string;
  base?: string;
  token?: string;
  comment: CommentPolicy;
  down: DownMode;
  /** The verified-prefix cache's directory; `false`: none; undefined: the default place. */
  cache?: string | false;
  /** The SQLite engine; undefined: the config's, else native where the runtime has it. */
  engine?: EngineName;
  failOn: FailOn;
  /** How long one GitHub API request may take; the comment step as a whole gets six times as long. */
  apiTimeoutMs: number;
  /** The workflow lets a database's runner run the repository's code (code migrations). */
  runCode: boolean;
}

/** Seconds, by default, that one request to GitHub's API may take. */
export const API_TIMEOUT_SECONDS = 20;

/**
 * Not an input: the environment variable that sets how many milliseconds each second Octokit waits lasts
 * (retries, rate-limit waits, the pacing of writes); 1000 unless it says otherwise, so tests need not wait.
 */
export const BACKOFF_ENV = "LOCKSTEP_GITHUB_BACKOFF_MS";

/** Milliseconds per second of back-off: `BACKOFF_ENV` when it holds a number from 0 to 1000, else 1000. */
export function backoffMs(env: NodeJS.ProcessEnv): number {
  const value = env[BACKOFF_ENV];
  const n = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 1000 ? n : 1000;
}

function seconds(name: string, value: string, fallback: number): number {
  if (value === "") return fallback * 1000;
  const n = Number(value);
  if (Number.isFinite(n) && n > 0 && n <= 3600) return Math.round(n * 1000);
  throw new LockstepError(
    "usage",
    `input "${name}" is "${value}"; it takes a number of seconds above 0, up to 3600 (see the inputs in action.yml)`,
  );
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LockstepError(
    "usage",
    `input "${name}" is "${value}"; it takes one of ${allowed.join(", ")} (see the inputs in action.yml)`,
  );
}

/** `read` returns an input's trimmed value, or "" when it was not given (as @actions/core does). */
export function parseSettings(read: (name: string) => string): ActionSettings {
  const optional = (name: string) => read(name) || undefined;
  const workingDirectory = read("working-directory") || ".";
  if (workingDirectory.split(/[\\/]/).includes("..")) {
    throw new LockstepError(
      "usage",
      `input "working-directory" is "${workingDirectory}"; give a directory inside the repository`,
    );
  }
  return {
    workingDirectory,
    config: optional("config"),
    base: optional("base"),
    token: optional("github-token"),
    comment: oneOf("comment", read("comment"), ["on-change", "always", "never"], "on-change"),
    down: oneOf("down", read("down"), ["all", "new", "none"], "all"),
    engine: engineInput(oneOf("engine", read("engine"), ENGINE_CHOICES, "auto")),
    cache: read("cache") === "off" ? false : optional("cache"),
    failOn: oneOf("fail-on", read("fail-on"), ["error", "warning", "never"], "error"),
    apiTimeoutMs: seconds("api-timeout", read("api-timeout"), API_TIMEOUT_SECONDS),
    runCode: oneOf("run-code", read("run-code"), ["true", "false"], "false") === "true",
  };
}

function engineInput(choice: EngineChoice): EngineName | undefined {
  return choice === "auto" ? undefined : choice;
}

/** Whether the check fails, by `fail-on`. */
export function shouldFail(failOn: FailOn, errors: number, warnings: number): boolean {
  if (failOn === "never") return false;
  return errors > 0 || (failOn === "warning" && warnings > 0);
}
