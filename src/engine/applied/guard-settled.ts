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
import { configuredTool, guardVerdict } from "./guard-verdict.js";

// The guard's shortcut (core/lock/guard-delta) for a commit that only adds migration files: HEAD's state is
// judged once and remembered in the git directory (adapters/settled-states), keyed by everything the
// guard's answer depends on; then only the added files are read. Whatever the shortcut cannot vouch for
// returns undefined, and the guard reads everything.

const REGULAR = new Set(["100644", "100755"]);

/**
 * The key of a state: lockstep's build, the config and the database it resolved to, where the guard runs,
 * the directory's tree (its files and its lock file) and what is applied (the base's lock file, or its
 * directory's tree where it has none; "HEAD" when the applied set is HEAD's own lock file). Paths are the
 * repository's, so a clone moved elsewhere keeps its states.
 */
function stateKey(
  repo: GitRepo,
  parts: { spec: DatabaseSpec; cwd: string; configId: string; tree: string; applied: string },
) {
  const { spec } = parts;
  const where = { dir: repo.pathOf(spec.dir), root: repo.pathOf(spec.root), top: repo.pathOf(spec.top) };
  const material = [
    "lockstep-guard-state 1",
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

export async function guardAdded(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string | undefined,
  cwd: string,
  /** The config as read, in JSON ("null" without one); undefined: no shortcut. */
  configId: string | undefined,
): Promise<{ lockStaged: string } | undefined> {
  // Only a layout the config names, that needs only file names and orders by version.
  if (!spec.config.layout && !spec.config.pattern) return undefined;
  const tool = configuredTool(spec);
  if (!tool?.namesOnly || tool.graph || tool.reads.only || spec.config.order) return undefined;
  if (configId === undefined || appliedRef === undefined) return undefined;
  // Asked again here: an earlier database's lock file, staged by this guard, may be under this directory.
  const changes = repo.stagedChanges([dir]);
  const added = changes && addedOnly(changes, dir);
  if (!added) return undefined;
  const lockPath = lockPathOf(dir);
  const treeName = `HEAD:${dir}`;
  const headLock = `HEAD:${lockPath}`;
  const appliedNames = appliedRef === "HEAD" ? [] : [`${appliedRef}:${lockPath}`, `${appliedRef}:${dir}`];
  const ids = repo.objectIds([treeName, headLock, ...appliedNames]);
  const tree = ids.get(treeName);
  if (tree === undefined || appliedNames.some((name) => !ids.has(name))) return undefined;
  const [appliedLock = "", appliedDir = ""] = appliedNames;
  const applied =
    appliedRef === "HEAD"
      ? "HEAD"
      : ids.get(appliedLock) !== undefined
        ? `lock ${ids.get(appliedLock)}`
        : `tree ${ids.get(appliedDir) ?? "none"}`;
  const keyOf = (state: string) => stateKey(repo, { spec, cwd, configId, tree: state, applied });
  const states = loadSettledStates(repo);
  const key = keyOf(tree);
  let settled = states.get(key);
  if (settled === undefined) {
    settled = await settledAtHead(repo, spec, dir, appliedRef, cwd);
    states.put(key, settled ?? null);
  }
  if (!settled) return undefined;

  const display = displayOf(repo, dir, cwd);
  const rel = (path: string) => (dir === "" ? path : path.slice(dir.length + 1));
  // The lock file (the index's is HEAD's: it is not staged), the directory's tree and the added files, in
  // one question to git; the lock file from the working tree where it is the same bytes, as it mostly is.
  const lockName = `:${lockPath}`;
  const onDisk = readRegularBytes(join(spec.dir, LOCK_FILE), MAX_LOCK_BYTES, { noFollow: true });
  const same = onDisk.ok && ids.get(headLock) !== undefined && blobId(onDisk.bytes) === ids.get(headLock);
  const objects = repo.readObjects([...(same ? [] : [lockName]), tree, ...added.map((c) => c.blob)]);
  const lock = same && onDisk.ok ? { type: "blob", content: onDisk.bytes } : objects.get(lockName);
  if (lock?.type !== "blob") return undefined;
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
  const wanted = appendLockLines(Buffer.from(lock.content).toString("utf8"), settled.entries, appended);
  if (wanted === undefined) return undefined;
  const bytes = Buffer.from(wanted);

  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  // Temp files of a run killed mid-write are swept by the next whole guard: a sweep reads the directory.
  await withLockFileLock(spec.dir, shownLock, [], () =>
    writeLockText(spec.dir, shownLock, bytes, undefined, { sweep: false }),
  );
  await repo.add([lockPath]);
  // What the commit will record there, where it can be worked out from HEAD's tree: the next commit starts
  // from it. A wrong id is only a state never asked for.
  const treeBytes = objects.get(tree);
  const next =
    treeBytes?.type === "tree"
      ? treeIdWith(treeBytes.content, [
          ...added.map((c) => ({ name: rel(c.path), mode: c.mode, blob: c.blob })),
          { name: LOCK_FILE, mode: "100644", blob: blobId(bytes) },
        ])
      : undefined;
  if (next !== undefined) states.put(keyOf(next), settledAfter(settled, subset, files, appended));
  return { lockStaged: shownLock };
}

/** HEAD's state judged as if the index held it: settled when the guard says nothing and writes nothing. */
async function settledAtHead(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string,
  cwd: string,
): Promise<Settled | undefined> {
  const v = await guardVerdict(repo, spec, dir, appliedRef, cwd, "HEAD");
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
