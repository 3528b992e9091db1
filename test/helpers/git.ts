import { type SpawnSyncReturns, spawnSync } from "node:child_process";

export const hasGit = spawnSync("git", ["--version"]).status === 0;

/** process.env with an author and committer, so commits work on a machine with no git identity. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: "dev",
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: "dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
    ...extra,
  };
}

/** `git …` in `cwd`, with an identity; the result is returned as it is, failures included. */
export function gitIn(cwd: string, env: NodeJS.ProcessEnv = gitEnv()) {
  return (...args: string[]): SpawnSyncReturns<string> =>
    spawnSync("git", args, { cwd, encoding: "utf8", env });
}
