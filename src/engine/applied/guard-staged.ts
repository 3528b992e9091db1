import type { GitRepo, RepoPath } from "../../adapters/git.js";
import { writeLockText } from "../../adapters/lock-store.js";
import { withLockFileLock } from "../../adapters/lock-turns.js";
import type { Finding } from "../../core/finding.js";
import { LOCK_FILE } from "../../core/lock/lock-file.js";
import type { LockstepConfig } from "../workspace/config.js";
import { readDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, shownPath } from "../workspace/databases.js";
import { lockPathOf } from "./applied.js";
import { guardAdded } from "./guard-settled.js";
import { configuredTool, guardVerdict, type VerdictInputs } from "./guard-verdict.js";

// What the guard does for a database the commit touches: loaded only then, so that a commit touching no
// migration starts none of the layouts, the lock rules or the diff.

export { loadBlobHashes } from "../../adapters/blob-hash-cache.js";
export { shortcutNames } from "./guard-settled.js";
export { verdictInputs } from "./guard-verdict.js";

export interface GuardDatabase {
  name: string;
  dir: string;
  findings: Finding[];
  /** The lock file brought up to date and staged. */
  lockStaged?: string;
}

/** `guard.replay: true`: the staged migrations replayed, verifying the downs of new ones only. */
export async function replayStaged(
  repo: GitRepo,
  spec: DatabaseSpec,
  inputs: VerdictInputs,
  cwd: string,
  rules: LockstepConfig["rules"],
): Promise<Finding[]> {
  // Loaded only here: a guard that does not replay starts without the replay engine.
  const { replayDatabase } = await import("../replay/replay.js");
  const applied = await inputs.applied();
  const staged = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { report } = await replayDatabase(staged, { cwd, down: "new" }, rules, appliedVersions);
  // The set's own problems were reported by the guard already.
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
}

/**
 * Whether a staged path is one the database's tool reads, or its lock file: a Django project's `dir` holds
 * the whole project, and a commit of its models alone touches no migration.
 */
export function touchesMigrations(spec: DatabaseSpec, dir: RepoPath, touched: readonly string[]): boolean {
  const only = configuredTool(spec)?.reads.only;
  const prefix = dir === "" ? "" : `${dir}/`;
  return touched.some((path) => {
    if (!path.startsWith(prefix)) return false;
    const rel = path.slice(prefix.length);
    return !only || rel === LOCK_FILE || only(rel);
  });
}

export async function guardDatabase(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string | undefined,
  cwd: string,
  /** What the verdicts on this database read alike: built once for both of them (and the replay). */
  inputs: VerdictInputs,
  /** The config as read, in JSON ("null" without one). */
  configId?: string,
): Promise<GuardDatabase> {
  const shownDir = shownPath(cwd, spec.dir);
  // A commit that only adds migrations to a state the guard already judged: only they are read.
  const added = await guardAdded(repo, spec, dir, appliedRef, cwd, inputs, configId);
  if (added) return { name: spec.name, dir: shownDir, findings: [], lockStaged: added.lockStaged };
  const verdict = await guardVerdict(repo, spec, dir, appliedRef, cwd, "", inputs);
  const result: GuardDatabase = { name: spec.name, dir: shownDir, findings: verdict.findings };
  const { wanted, shownLock } = verdict;
  if (wanted !== undefined && wanted !== verdict.lockText) {
    const notes: string[] = [];
    await withLockFileLock(spec.dir, shownLock, notes, () => writeLockText(spec.dir, shownLock, wanted));
    // A lock file the index has is staged without `git add`'s walk of the directory; a new one is added.
    if (verdict.lockText !== undefined) repo.stageTracked([lockPathOf(dir)]);
    else await repo.add([lockPathOf(dir)]);
    result.lockStaged = shownLock;
  }
  return result;
}
