import { LockstepError } from "../core/errors.js";
import type { CommentPolicy } from "../engine/action-check.js";
import type { DownMode } from "../engine/replay-set.js";
export type FailOn = "error" | "warning" | "never";

/** Every input of action.yml, validated once before any work starts. */
export interface ActionSettings {
  workingDirectory: string;
  config?: string;
  base?: string;
  token?: string;
  comment: CommentPolicy;
  down: DownMode;
  failOn: FailOn;
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
    failOn: oneOf("fail-on", read("fail-on"), ["error", "warning", "never"], "error"),
  };
}

/** Whether the check fails, by `fail-on`. */
export function shouldFail(failOn: FailOn, errors: number, warnings: number): boolean {
  if (failOn === "never") return false;
  return errors > 0 || (failOn === "warning" && warnings > 0);
}
