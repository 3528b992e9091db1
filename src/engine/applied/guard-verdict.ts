import type { BlobHashes } from "../../adapters/blob-hash-cache.js";
import type { GitRepo, IndexEntry, RepoPath } from "../../adapters/git.js";
import type { Finding } from "../../core/finding.js";
import {
  LOCK_FILE,
  type LockEntry,
  type LockFile,
  type LockProblem,
  renderLockFile,
} from "../../core/lock/lock-file.js";
import type { MigrationSet, SourceFile } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { readDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, shownPath } from "../workspace/databases.js";
import {
  type Applied,
  appliedAt,
  frozenFindings,
  type HashOf,
  knownPaths,
  lockEntries,
  lockParser,
  lockPathOf,
  lockTextAt,
} from "./applied.js";
import { lockProblemFindings } from "./lock.js";

/** What the guard says of a database as the index (`""`) or HEAD holds it, before anything is written. */
export interface Verdict {
  findings: Finding[];
  files: SourceFile[];
  set: MigrationSet;
  applied: Applied;
  /** The lock file's text there, and the one the guard would write (none after an error). */
  lockText?: string;
  wanted?: string;
  /** The entries of `wanted`. */
  entries?: LockEntry[];
  shownLock: string;
}

/**
 * What the guard's verdicts on one database (HEAD's state, then the index's) read alike, read once: what is
 * applied, the lock texts parsed, and the command's blob hash cache (saved once, by the command).
 */
export interface VerdictInputs {
  parse: (text: string) => { lock: LockFile; problems: LockProblem[] };
  hashes: () => BlobHashes;
  hashOf: HashOf;
  applied: () => Promise<Applied>;
}

export function verdictInputs(
  repo: GitRepo,
  spec: DatabaseSpec,
  appliedRef: string | undefined,
  cwd: string,
  hashes: () => BlobHashes,
): VerdictInputs {
  const parse = lockParser();
  const hashOf: HashOf = (file) => hashes().of(file.text, file.blob);
  let applied: Promise<Applied> | undefined;
  return {
    parse,
    hashes,
    hashOf,
    applied: () => {
      applied ??= appliedAt(repo, appliedRef, spec, cwd, parse, hashOf);
      return applied;
    },
  };
}

/**
 * Where the layout needs only file names (ToolDescriptor.namesOnly), the files this commit leaves as HEAD has
 * them, whose lock hash is known from the cache and is the one applied (or that are not applied): nothing the
 * guard says needs their text, so it is not read. Anything else is read, as is every file of a layout that
 * reads text to know its migrations, or of one lockstep detected rather than was told.
 */
async function unchangedFiles(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  applied: Applied,
  hashes: BlobHashes,
): Promise<((entry: IndexEntry) => boolean) | undefined> {
  const layout = spec.config.pattern ? "pattern" : spec.config.layout;
  if (layout === undefined || toolOf(layout).namesOnly !== true || !(await repo.commitOf("HEAD")))
    return undefined;
  const head = new Map((await repo.treeEntries("HEAD", dir)).map((e) => [e.path, e.blob]));
  const prefix = dir === "" ? "" : `${dir}/`;
  const appliedHash = new Map(applied.entries.map((e) => [`${prefix}${e.path}`, e.hash]));
  return (entry) => {
    if (head.get(entry.path) !== entry.blob) return false;
    const hash = hashes.cached(entry.blob);
    const lock = appliedHash.get(entry.path);
    return hash !== undefined && (lock === undefined || lock === hash);
  };
}

/** The tool the config names for a database (none: detected when read). */
export function configuredTool(spec: DatabaseSpec) {
  const layout = spec.config.pattern ? "pattern" : (spec.config.layout ?? spec.detected?.layout);
  return layout === undefined ? undefined : toolOf(layout);
}

/**
 * The guard's findings for a database with the index (`at` `""`) holding it, or HEAD's state as if the
 * index held it (`at` `"HEAD"`: what the guard would say of a commit that changes nothing), and the lock
 * file it would write.
 */
export async function guardVerdict(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  appliedRef: string | undefined,
  cwd: string,
  at: "" | "HEAD",
  inputs: VerdictInputs,
): Promise<Verdict> {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  // The lock file as the index, HEAD and the base hold it, in one question to git.
  repo.prefetch(["", "HEAD", ...(appliedRef ? [appliedRef] : [])].map((ref) => ({ ref, path: lockPath })));
  // The index, HEAD and the base mostly hold one lock text: parsed once. A blob's hash is had from the
  // git directory's cache when an earlier commit computed it.
  const { parse, hashOf } = inputs;
  const stagedLockText = await lockTextAt(repo, at, dir);
  const stagedParsed = stagedLockText === undefined ? undefined : parse(stagedLockText);
  const stagedLock: LockFile | undefined = stagedParsed?.lock;
  const applied = await inputs.applied();
  const unchanged = await unchangedFiles(repo, spec, dir, applied, inputs.hashes());
  // What the tool never reads (a Django project's code) is listed, not read.
  const only = configuredTool(spec)?.reads.only;
  const prefix = dir === "" ? "" : `${dir}/`;
  const namesOnly = only
    ? (entry: IndexEntry) => !only(entry.path.slice(prefix.length)) || unchanged?.(entry) === true
    : unchanged;
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { files, set } = await readDatabase(
    spec,
    cwd,
    { at: "git", repo, ref: at, namesOnly },
    appliedVersions,
  );
  // The lock as last committed on this branch: what it has had, besides what its HEAD holds.
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const known = await knownPaths(
    repo,
    "HEAD",
    dir,
    headLockText === undefined ? undefined : parse(headLockText).lock,
  );
  // A tool that orders by time (Drizzle) needs the applied migrations' times as the base has them, one that
  // orders by a graph (Alembic, Django) the base's graph.
  const appliedSet =
    appliedRef && (set.migrations.some((m) => m.stamp !== undefined) || toolOf(set.layout).graph)
      ? (await readDatabase(spec, cwd, { at: "git", repo, ref: appliedRef })).set
      : undefined;
  // The set's own errors (duplicates, unreadable files) too: no replay reports them here.
  const findings = [
    ...set.findings.filter((f) => f.severity === "error"),
    ...(await frozenFindings({
      known,
      repo,
      appliedRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files,
      set,
      lock: stagedLock,
      hashOf,
      appliedSet,
    })),
    // A damaged line of an applied migration refuses the commit; any other bad line is simply written again.
    ...lockProblemFindings(shownLock, stagedParsed?.problems ?? [], applied.entries).filter(
      (f) => f.rule === "lockfile-tampered",
    ),
  ];
  const verdict: Verdict = { findings, files, set, applied, lockText: stagedLockText, shownLock };
  if (findings.some((f) => f.severity === "error")) return verdict;
  const entries = lockEntries(set, files, hashOf);
  const versions = new Set(entries.map((e) => e.version));
  const amendments = (stagedLock?.amendments ?? []).filter((a) => versions.has(a.version));
  return { ...verdict, entries, wanted: renderLockFile({ entries, amendments }) };
}
