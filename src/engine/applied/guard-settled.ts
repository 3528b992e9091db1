import { createHash } from "node:crypto";
import { join } from "node:path";
import type { GitRepo, RepoPath, StagedChange } from "../../adapters/git.js";
import { treeIdWith } from "../../adapters/git-tree.js";
import { MAX_LOCK_BYTES, writeLockText } from "../../adapters/lock-store.js";
import { withLockFileLock } from "../../adapters/lock-turns.js";
import { readRegularBytes } from "../../adapters/regular-file.js";
import { loadSettledStates } from "../../adapters/settled-states.js";
import { blobId } from "../../core/blob-id.js";
import { decodeText } from "../../core/layouts/decode.js";
import {
  appendedEntries,
  appendLockLines,
  type Settled,
  settledAfter,
  settledOf,
} from "../../core/lock/guard-delta.js";
import { LOCK_FILE } from "../../core/lock/lock-file.js";
import type { SourceFile } from "../../core/migration.js";
import { BUILD, VERSION } from "../../version.js";
import { setOf } from "../workspace/database-tree.js";
import { type DatabaseSpec, shownPath } from "../workspace/databases.js";
import { displayOf } from "../workspace/git-files.js";
import { lockEntries, lockPathOf } from "./applied.js";
import { configuredTool, guardVerdict, type VerdictInputs } from "./guard-verdict.js";

// The guard's shortcut (core/lock/guard-delta) for a commit that only adds migration files: HEAD's state is
// judged once and remembered in the git directory (adapters/settled-states), keyed by everything the
// guard's answer depends on; then only the added files are read. Whatever the shortcut cannot vouch for
// returns undefined, and the guard reads everything.

const REGULAR = new Set(["100644", "100755"]);

/**
 * The key of a state: lockstep's build, the config and the database it resolved to, where the guard runs,
 * the directory's tree (its files and its lock file) and what is applied (the base's tree of the directory,
 * which holds its lock file or, where it has none, its files; "HEAD" when the applied set is HEAD's own lock
 * file). Paths are the repository's, so a clone moved elsewhere keeps its states.
 */
function stateKey(
  repo: GitRepo,
  parts: { spec: DatabaseSpec; cwd: string; configId: string; tree: string; applied: string },
) {
  const { spec } = parts;
  const where = { dir: repo.pathOf(spec.dir), root: repo.pathOf(spec.root), top: repo.pathOf(spec.top) };
  const material = [
    "lockstep-guard-state 2",
    BUILD,
    VERSION,
    parts.configId,
    JSON.stringify({ name: spec.name, ...where, config: spec.config, detected: spec.detected }),
    repo.pathOf(parts.cwd),
    parts.tree,
    parts.applied,
  ];
  return createHash("sha256").update(JSON.stringify(material)).digest("hex");
}

/** The files a commit adds under `dir`, when adding regular files (not the lock file) is all it does there. */
function addedOnly(changes: readonly StagedChange[], dir: RepoPath): StagedChange[] | undefined {
  const prefix = dir === "" ? "" : `${dir}/`;
  const mine = changes.filter((c) => c.path.startsWith(prefix));
  const lock = lockPathOf(dir);
  const plain = mine.every((c) => c.status === "A" && REGULAR.has(c.mode) && c.path !== lock);
  return plain && mine.length > 0 ? mine : undefined;
}

/**
 * The names the shortcut asks git about, by ref ("" for the index): the directory's tree at a ref, the lock
 * file's blob in the index. Asked with the refs, in one question, before the shortcut runs.
 */
export function shortcutNames(ref: string, dir: RepoPath): string[] {
  return ref === "" ? [`:${lockPathOf(dir)}`] : [`${ref}:${dir}`];
}

export async function guardAdded(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string | undefined,
  cwd: string,
  inputs: VerdictInputs,
  /** The config as read, in JSON ("null" without one); undefined: no shortcut. */
  configId: string | undefined,
): Promise<{ lockStaged: string } | undefined> {
  // Only a layout the config names, that needs only file names and orders by version.
  if (!spec.config.layout && !spec.config.pattern) return undefined;
  const tool = configuredTool(spec);
  if (!tool?.namesOnly || tool.graph || tool.reads.only || spec.config.order) return undefined;
  if (configId === undefined || appliedRef === undefined) return undefined;
  // From the question about every database's directory, unless an earlier database's lock file, staged by
  // this guard since, may be under this directory: then git is asked again.
  const changes = repo.stagedChanges([dir]);
  const added = changes && addedOnly(changes, dir);
  if (!added) return undefined;
  // HEAD's tree of the directory, the applied one, and the lock file's blob in the index (HEAD's: it is not
  // staged); asked with the refs, so git is asked nothing here. Ids only: the directory's tree is by far
  // the largest object, and the lock file's id says what it is without reading it.
  const [headDir = "", indexLock = ""] = [...shortcutNames("HEAD", dir), ...shortcutNames("", dir)];
  const appliedDir = appliedRef === "HEAD" ? undefined : shortcutNames(appliedRef, dir)[0];
  const ids = repo.lookup([headDir, indexLock, ...(appliedDir ? [appliedDir] : [])]);
  const tree = ids.get(headDir);
  const lockId = ids.get(indexLock);
  if (tree?.type !== "tree" || lockId?.type !== "blob") return undefined;
  if (appliedDir !== undefined && !ids.has(appliedDir)) return undefined;
  // What is applied is a function of the applied directory's tree (its lock file, or its files).
  const appliedObject = appliedDir === undefined ? undefined : ids.get(appliedDir);
  const applied =
    appliedDir === undefined ? "HEAD" : appliedObject ? `${appliedObject.type} ${appliedObject.oid}` : "none";
  const keyOf = (state: string) => stateKey(repo, { spec, cwd, configId, tree: state, applied });
  const states = loadSettledStates(repo);
  try {
    const key = keyOf(tree.oid);
    let settled = states.get(key);
    if (settled === undefined) {
      settled = await settledAtHead(repo, spec, dir, appliedRef, cwd, inputs);
      states.put(key, settled ?? null);
    }
    if (!settled) return undefined;
    return await appendAdded(
      repo,
      spec,
      dir,
      cwd,
      { settled, added, tree: tree.oid, lockId: lockId.oid },
      (next, after) => states.put(keyOf(next), after),
    );
  } finally {
    // Once, with HEAD's state and the one the commit makes.
    states.save();
  }
}

/** The added files' lines appended to the lock file, which is written and staged; the state the commit makes remembered. */
async function appendAdded(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  cwd: string,
  at: { settled: Settled; added: StagedChange[]; tree: string; lockId: string },
  remember: (tree: string, settled: Settled) => void,
): Promise<{ lockStaged: string } | undefined> {
  const { settled, added, tree, lockId } = at;
  const lockPath = lockPathOf(dir);
  const display = displayOf(repo, dir, cwd);
  const rel = (path: string) => (dir === "" ? path : path.slice(dir.length + 1));
  // The lock file from the working tree where it is the index's bytes, as it mostly is; else from git, with
  // the directory's tree and the added files in one question.
  const onDisk = readRegularBytes(join(spec.dir, LOCK_FILE), MAX_LOCK_BYTES, { noFollow: true });
  const same = onDisk.ok && blobId(onDisk.bytes) === lockId;
  const objects = repo.readObjects([...(same ? [] : [lockId]), tree, ...added.map((c) => c.blob)]);
  const lock = same && onDisk.ok ? onDisk.bytes : objects.get(lockId)?.content;
  if (lock === undefined) return undefined;
  const addedFiles: SourceFile[] = added.map((c) => {
    const object = objects.get(c.blob);
    const base = { rel: rel(c.path), display: display(rel(c.path)), blob: c.blob };
    return object?.type === "blob"
      ? { ...base, ...decodeText(object.content) }
      : { ...base, unreadable: "absent" };
  });
  // Read by name, as the whole guard reads an unchanged file.
  const lastFiles: SourceFile[] = settled.last.map((r) => ({ rel: r, display: display(r), text: "" }));
  const files = [...lastFiles, ...addedFiles].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const subset = await setOf(spec, cwd, { at: "git", repo, ref: "" }, files);
  const appended = appendedEntries(settled, subset, lastFiles, addedFiles, lockEntries(subset, files));
  if (!appended) return undefined;
  const wanted = appendLockLines(lock, settled.entries, appended);
  if (wanted === undefined) return undefined;

  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  // Temp files of a run killed mid-write are swept by the next whole guard: a sweep reads the directory.
  await withLockFileLock(spec.dir, shownLock, [], () =>
    writeLockText(spec.dir, shownLock, wanted, undefined, { sweep: false }),
  );
  // The lock file is tracked (HEAD has it): staged without `git add`'s walk of the directory.
  repo.stageTracked([lockPath]);
  // What the commit will record there, where it can be worked out from HEAD's tree: the next commit starts
  // from it. A wrong id is only a state never asked for.
  const treeBytes = objects.get(tree);
  const next =
    treeBytes?.type === "tree"
      ? treeIdWith(treeBytes.content, [
          ...added.map((c) => ({ name: rel(c.path), mode: c.mode, blob: c.blob })),
          { name: LOCK_FILE, mode: "100644", blob: blobId(wanted) },
        ])
      : undefined;
  if (next !== undefined) remember(next, settledAfter(settled, subset, files, appended));
  return { lockStaged: shownLock };
}

/** HEAD's state judged as if the index held it: settled when the guard says nothing and writes nothing. */
async function settledAtHead(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string,
  cwd: string,
  inputs: VerdictInputs,
): Promise<Settled | undefined> {
  const v = await guardVerdict(repo, spec, dir, appliedRef, cwd, "HEAD", inputs);
  if (v.findings.length > 0 || v.wanted === undefined || v.wanted !== v.lockText) return undefined;
  // A submodule met while reading gets a note, which only the whole guard (it lists the files) gives.
  if (repo.submodules.size > 0) return undefined;
  return settledOf({
    set: v.set,
    files: v.files,
    applied: v.applied.entries,
    entries: v.entries?.length ?? 0,
  });
}
