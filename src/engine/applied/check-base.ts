// The base a check compares with: found (fetched into a shallow clone where it must be), and where the
// branch left it.

import type { GitRepo } from "../../adapters/git.js";
import { isCommitId } from "../../core/commit-id.js";
import { LockstepError } from "../../core/errors.js";
import { type Base, baseNotFound, findBase, namedBaseRef } from "./guard.js";

/**
 * Where the branch left the base. For a pull request's merge commit (or a merge queue's), whose first parent
 * is the base, that is where the pull request's own head left it, not the merge itself.
 */
export async function forkPoint(repo: GitRepo, base: string): Promise<string | undefined> {
  const [first, second] = await repo.parents("HEAD");
  if (second && first === (await repo.commitOf(base))) return repo.mergeBase(second, base);
  return repo.mergeBase("HEAD", base);
}

export async function requireBase(repo: GitRepo, explicit?: string, configured?: string): Promise<Base> {
  const named = explicit ?? configured;
  if (named && !(await namedBaseRef(repo, named)) && repo.isShallow()) {
    // A commit id (what the Action gets from the event) is fetched as itself; a branch into its remote ref,
    // which findBase then takes for it.
    const branch = named.replace(/^origin\//, "");
    const fetched = isCommitId(named)
      ? repo.fetch(["--depth=1", "origin", named])
      : repo.fetch(["--depth=1", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    if (!fetched)
      throw new LockstepError(
        "usage",
        `${baseNotFound(named)}, and fetching it from origin failed (no remote origin, or no ${isCommitId(named) ? "such commit" : `branch ${branch}`} there); check the name (git fetch origin ${isCommitId(named) ? named : branch} shows git's own error), check out with fetch-depth: 0 in actions/checkout, or name another base with --base`,
      );
  }
  const base = await findBase(repo, explicit, configured);
  if (base) return base;
  throw new LockstepError(
    "usage",
    "no base to check against (none of origin/HEAD, origin/main, origin/master, main, master exists); pass --base REF, and in GitHub Actions check out with fetch-depth: 0 in actions/checkout",
  );
}
