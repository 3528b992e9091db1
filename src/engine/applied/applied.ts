import type { BlobHashes } from "../../adapters/blob-hash-cache.js";
import type { GitRepo, RepoPath } from "../../adapters/git.js";
import { LockstepError } from "../../core/errors.js";
import type { Finding } from "../../core/finding.js";
import { checkFrozen } from "../../core/lock/guard-rules.js";
import {
  hashText,
  LOCK_FILE,
  type LockEntry,
  type LockFile,
  type LockProblem,
  parseLockFile,
} from "../../core/lock/lock-file.js";
import type { MigrationSet, SourceFile } from "../../core/migration.js";
import { type ReadDatabase, readDatabase } from "../workspace/database-tree.js";
import type { DatabaseSpec } from "../workspace/databases.js";

/** What is applied in a directory at a ref: its lock file's entries, or every migration file of its tree. */
export interface Applied {
  entries: LockEntry[];
  lock?: LockFile;
  /** Texts at the ref, by path in the directory, for the diff of an edited file. */
  texts: Map<string, string>;
}

export function lockPathOf(dir: RepoPath): RepoPath {
  return dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
}

/**
 * A lock file's text at a ref ("": the index), or undefined when there is none. One committed as a
 * directory is a clear error, not a lock file with garbage lines (`git show` lists a tree's entries).
 */
export async function lockTextAt(repo: GitRepo, ref: string, dir: RepoPath): Promise<string | undefined> {
  const path = lockPathOf(dir);
  const text = await repo.show(ref, path);
  if (text?.startsWith(`tree ${ref}:${path}\n\n`)) {
    throw new LockstepError(
      "io",
      `${path} is a directory in ${ref === "" ? "the index" : ref}, not a lock file; remove or rename the directory (git rm -r --cached ${path}), then run lockstep lock`,
    );
  }
  return text;
}

/** How a file's lock hash is had: computed, or known from its blob (the guard's cache). */
export type HashOf = (file: SourceFile & { text: string }) => string;

export const hashOfText: HashOf = (file) => hashText(file.text);

export function hashOfBlob(hashes: BlobHashes): HashOf {
  return (file) => hashes.of(file.text, file.blob);
}

/**
 * Parses lock texts, each distinct text once: the index, HEAD and the base mostly hold the same one. The
 * results are shared, so nothing may change them.
 */
export function lockParser(): (text: string) => { lock: LockFile; problems: LockProblem[] } {
  const parsed = new Map<string, { lock: LockFile; problems: LockProblem[] }>();
  return (text) => {
    let result = parsed.get(text);
    if (!result) {
      result = parseLockFile(text);
      parsed.set(text, result);
    }
    return result;
  };
}

/** What is applied: the lock file at `ref`, or, where it has none yet, every migration the tree at `ref` holds. */
export async function appliedAt(
  repo: GitRepo,
  ref: string | undefined,
  spec: DatabaseSpec,
  cwd: string,
  parse: (text: string) => { lock: LockFile } = parseLockFile,
  hashOf: HashOf = hashOfText,
  read: (ref: string) => Promise<ReadDatabase> = (at) =>
    readDatabase(spec, cwd, { at: "git", repo, ref: at }),
): Promise<Applied> {
  const applied: Applied = { entries: [], texts: new Map() };
  if (!ref) return applied;
  const lockText = await lockTextAt(repo, ref, repo.pathOf(spec.dir));
  if (lockText !== undefined) {
    applied.lock = parse(lockText).lock;
    applied.entries = applied.lock.entries;
    return applied;
  }
  // No lock file there yet: every migration file in the tree is applied.
  const { files, set } = await read(ref);
  applied.entries = lockEntries(set, files, hashOf);
  for (const f of files) if (f.text !== undefined) applied.texts.set(f.rel, f.text);
  return applied;
}

/** The lock entries a set of files makes: every migration file, in the order the tool applies them. */
export function lockEntries(
  set: MigrationSet,
  files: SourceFile[],
  hashOf: HashOf = hashOfText,
): LockEntry[] {
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  const entries: LockEntry[] = [];
  for (const m of set.migrations) {
    for (const display of m.files) {
      const f = byDisplay.get(display);
      if (f?.text !== undefined)
        entries.push({ version: m.version, path: f.rel, hash: hashOf(f as SourceFile & { text: string }) });
    }
  }
  return entries;
}

/** The frozen-migration rules for files about to be committed (or committed at HEAD) against what is applied. */
export async function frozenFindings(input: {
  repo: GitRepo;
  appliedRef: string | undefined;
  dir: RepoPath;
  shownDir: string;
  shownLock: string;
  applied: Applied;
  files: SourceFile[];
  set: MigrationSet;
  lock?: LockFile;
  /** Applied files this branch has had (see GuardInput.known). */
  known: ReadonlySet<string>;
  hashOf?: HashOf;
  /** The set at the applied ref, where its tool orders by time (see GuardInput.appliedSet). */
  appliedSet?: MigrationSet;
}): Promise<Finding[]> {
  const { repo, applied, appliedRef, dir } = input;
  const hashOf = input.hashOf ?? hashOfText;
  const staged = new Map(input.files.map((f) => [f.rel, f.text]));
  // Each staged file hashed once, for both the diff texts below and the rules.
  const stagedHashes = new Map<string, string>();
  for (const f of input.files)
    if (f.text !== undefined) stagedHashes.set(f.rel, hashOf(f as SourceFile & { text: string }));
  // The base's text of each edited applied file, for its diff; read only for edited ones.
  for (const entry of applied.entries) {
    const text = staged.get(entry.path);
    if (
      !appliedRef ||
      text === undefined ||
      applied.texts.has(entry.path) ||
      stagedHashes.get(entry.path) === entry.hash
    )
      continue;
    const before = await repo.show(appliedRef, dir === "" ? entry.path : `${dir}/${entry.path}`);
    if (before !== undefined)
      applied.texts.set(entry.path, before.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"));
  }
  return [
    ...checkFrozen({
      dir: input.shownDir,
      lockFile: input.shownLock,
      frozen: applied.entries,
      known: input.known,
      frozenText: (path) => applied.texts.get(path),
      staged,
      stagedHashes,
      set: input.set,
      baseLock: applied.lock,
      stagedLock: input.lock,
      appliedSet: input.appliedSet,
    }),
  ];
}

/** Paths in the directory at a ref (none before a first commit), plus those its lock file lists: what a branch has had. */
export async function knownPaths(
  repo: GitRepo,
  ref: string,
  dir: RepoPath,
  lock: LockFile | undefined,
): Promise<Set<string>> {
  const known = new Set((lock?.entries ?? []).map((e) => e.path));
  if (!(await repo.commitOf(ref))) return known;
  for (const e of await repo.treeEntries(ref, dir))
    known.add(dir === "" ? e.path : e.path.slice(dir.length + 1));
  return known;
}
