import { lstatSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { GUARD_SKIP } from "../core/guard-skip.js";
import { writeFileAtomic } from "./atomic-write.js";
import type { GitRepo } from "./git.js";

/** Where the hook finds the script: `git rev-parse --git-path lockstep/guard-skip.sh`, as the hook asks. */
export function guardSkipPath(repo: GitRepo): string | undefined {
  return repo.lockstepPath(GUARD_SKIP);
}

/**
 * Writes the script (or removes it, for `undefined`) when it differs from what is there. Only lockstep's own
 * regular file is replaced, never written through a link; a git directory that cannot be written is left
 * alone, and the hook then simply starts lockstep every time.
 */
export function saveGuardSkip(repo: GitRepo, script: string | undefined): void {
  const path = guardSkipPath(repo);
  if (path === undefined) return;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info && !info.isFile()) return;
    if (script === undefined) {
      if (info) rmSync(path);
      return;
    }
    if (info && readFileSync(path, "utf8") === script) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, script);
  } catch {
    // Read-only: only slower.
  }
}
