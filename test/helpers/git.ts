import { type SpawnSyncReturns, spawnSync } from "node:child_process";

// git is what the guard, check and the hooks are about: a machine without it fails the tests, never skips them.
if (spawnSync("git", ["--version"]).status !== 0) {
  throw new Error(
    "the tests need git (lockstep's guard, check and hooks work on git repositories): install git",
  );
}

/** process.env with an author and committer, so commits work on a machine with no git identity. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: "dev",
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: "dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
    // No background maintenance after each commit: the tests make hundreds of tiny repositories.
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: "maintenance.auto",
    GIT_CONFIG_VALUE_0: "false",
    GIT_CONFIG_KEY_1: "gc.auto",
    GIT_CONFIG_VALUE_1: "0",
    ...extra,
  };
}

/** `git …` in `cwd`, with an identity; the result is returned as it is, failures included. */
export function gitIn(cwd: string, env: NodeJS.ProcessEnv = gitEnv()) {
  return (...args: string[]): SpawnSyncReturns<string> =>
    spawnSync("git", args, { cwd, encoding: "utf8", env });
}
