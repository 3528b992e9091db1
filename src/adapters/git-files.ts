import { spawnSync } from "node:child_process";
import { LockstepError } from "../core/errors.js";
import type { RepoPath } from "./git.js";

/**
 * The git commands `renumber` needs beside GitRepo's questions: which files git tracks, and `git mv`.
 * git is run directly, as in git.ts.
 */
function git(root: string, args: string[]) {
  const run = spawnSync("git", ["--literal-pathspecs", ...args], { cwd: root, encoding: "utf8" });
  return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

/** The paths among `paths` that are in the index (tracked, or staged to be). */
export function trackedPaths(root: string, paths: RepoPath[]): Set<RepoPath> {
  if (paths.length === 0) return new Set();
  const run = git(root, ["ls-files", "--cached", "-z", "--", ...paths]);
  return new Set(run.stdout.split("\0").filter(Boolean));
}

/** `git mv` of one tracked file; the destination folder must exist. */
export function gitMove(root: string, from: RepoPath, to: RepoPath): void {
  const run = git(root, ["mv", "--", from, to]);
  if (!run.ok) {
    throw new LockstepError(
      "io",
      `git mv ${from} ${to} failed: ${run.stderr.trim().split("\n")[0]}; nothing after it was moved`,
    );
  }
}
