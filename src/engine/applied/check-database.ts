import type { BlobHashes } from "../../adapters/blob-hash-cache.js";
import type { GitRepo } from "../../adapters/git.js";
import type { EngineChoice, EngineInfo } from "../../adapters/sqlite/engine.js";
import type { Finding } from "../../core/finding.js";
import { LOCK_FILE, parseLockFile } from "../../core/lock/lock-file.js";
import type { SourceFile } from "../../core/migration.js";
import type { DatabaseReport } from "../../core/report.js";
import { diffSchemas } from "../../core/schema/index.js";
import { applyRules, replayDatabase } from "../replay/replay.js";
import type { DownMode } from "../replay/replay-set.js";
import type { CodePolicy } from "../replay/runner-database.js";
import { type ReadDatabase, readDatabase } from "../workspace/database-tree.js";
import { type DatabaseRequest, type DatabaseSpec, shownPath } from "../workspace/databases.js";
import { appliedAt, frozenFindings, hashOfBlob, lockEntries, lockTextAt } from "./applied.js";
import { amendedWarnings, changedApplied, changedFiles, overlaps } from "./check-findings.js";
import { prefixReplay } from "./check-runner.js";
import type { Base } from "./guard.js";
import { staleness } from "./lock.js";

// One database of `lockstep check`: HEAD against what the base has applied, and both replayed.

export interface CheckRequest extends DatabaseRequest {
  base?: string;
  down?: DownMode;
  /**
   * Where a `functions` module is imported from: the working tree (the CLI), or the base commit only, so a
   * pull request cannot run code of its own in the Action.
   */
  functionsFrom?: "worktree" | "base";
  /** Seconds each statement may run (--timeout); else the database's or the config's `timeout`. */
  timeout?: number;
  /** See ReplayRequest: the verified-prefix cache's directory, or `false` for none. */
  cache?: string | false;
  /** The SQLite engine (--engine); else the config's `engine`; else native where the runtime has it. */
  engine?: EngineChoice;
  /** Replay with data (see ReplayRequest). */
  data?: boolean;
  /** Whether a database's runner may run the repository's code (see ReplayRequest). */
  code?: CodePolicy;
}

export async function checkDatabase(
  repo: GitRepo,
  spec: DatabaseSpec,
  base: Base,
  mergeBase: string | undefined,
  diffFrom: "base" | "fork",
  req: CheckRequest,
  rules: Parameters<typeof applyRules>[1],
  /** The command's cache of blob hashes (saved by the command, once). */
  hashes: BlobHashes,
): Promise<{
  report: DatabaseReport;
  changed: string[];
  unchanged: Set<string>;
  engine: EngineInfo;
  notes: string[];
}> {
  const cwd = req.cwd;
  const dir = repo.pathOf(spec.dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  // The fork point, the base and what is applied are often one commit under three names: read once.
  const reads = new Map<string, Promise<ReadDatabase>>();
  const at = async (ref: string) => {
    const commit = (await repo.commitOf(ref)) ?? ref;
    let read = reads.get(commit);
    if (!read) {
      read = readDatabase(spec, cwd, { at: "git", repo, ref });
      reads.set(commit, read);
    }
    return read;
  };
  // Each file's lock hash once, and from the git directory's cache where an earlier run computed it.
  const hashOf = hashOfBlob(hashes);
  const applied = await appliedAt(repo, base.frozenRef, spec, cwd, undefined, hashOf, at);
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const headRead = await readDatabase(spec, cwd, { at: "git", repo, ref: "HEAD" }, appliedVersions);
  const { files: headFiles, set: headSet } = headRead;
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const headParsed = headLockText === undefined ? undefined : parseLockFile(headLockText);
  const headLock = headParsed?.lock;
  // The directory where the branch left the base: what the branch has had, overlap's reference, the diff's.
  const forkRead = mergeBase ? await at(mergeBase) : undefined;
  const forkFiles = forkRead?.files;
  const known = new Set([
    ...(forkFiles ?? []).map((f) => f.rel),
    ...(headLock?.entries ?? []).map((e) => e.path),
  ]);

  const baseRead = await at(base.ref);
  const findings: Finding[] = [
    ...(await frozenFindings({
      known,
      repo,
      appliedRef: base.frozenRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files: headFiles,
      set: headSet,
      lock: headLock,
      appliedSet: baseRead.set,
      hashOf,
    })),
    ...staleness(
      shownLock,
      { entries: lockEntries(headSet, headFiles, hashOf), amendments: [] },
      headLockText,
      headParsed,
      applied.entries,
      changedApplied(applied, headFiles, known, hashOf),
    ),
    ...amendedWarnings(applied, headLock, headFiles, hashOf),
  ];

  const { timeout, engine, cache, code, data } = req;
  const head = await replayDatabase(
    headRead,
    { cwd, down: req.down ?? "all", timeout, engine, cache, code, data },
    rules,
    appliedVersions,
  );
  // A runner runs the tool on the checked-out tree only: the base's and fork's states come from the head's.
  const ranTool = head.after !== undefined;
  const replayAt = async (read: typeof baseRead) =>
    ranTool
      ? prefixReplay(head, read.set)
      : await replayDatabase(read, { cwd, down: "none", timeout, engine, cache, code, data });
  const baseReplay = await replayAt(baseRead);
  if (forkRead && baseReplay) findings.push(...overlaps(forkRead.set, head, baseReplay, appliedVersions));

  const report = head.report;
  const appliedPaths = new Set(
    applied.entries.map((e) => `${shownDir === "." ? "" : `${shownDir}/`}${e.path}`),
  );
  for (const m of report.migrations) m.origin = m.files.every((f) => appliedPaths.has(f)) ? "base" : "new";
  report.findings = applyRules([...report.findings, ...findings], rules);
  // The base's final schema when HEAD contains the base (a merge, or a rebased branch); otherwise the
  // base's newer migrations would show as removed: then what the branch changes since it left the base.
  const from = diffFrom === "base" || !forkRead ? baseReplay : await replayAt(forkRead);
  // A replay stopped by its time budget has no final schema to compare.
  if (from && !head.timedOut && !from.timedOut) report.diff = diffSchemas(from.schema, head.schema);
  const notes = [...(headSet.notes ?? [])];
  if (!from) {
    notes.push(
      `database "${spec.name}": no schema diff: its runner replays only the checked-out tree, and the base's migrations are not the first ones of this branch's history (merge or rebase onto the base)`,
    );
  }
  // The files the base has as they are: their replay findings are the base history's, not this branch's.
  const appliedHashes = new Map(applied.entries.map((e) => [e.path, e.hash]));
  const unchanged = new Set(
    headFiles
      .filter(
        (f) =>
          f.text !== undefined && appliedHashes.get(f.rel) === hashOf(f as SourceFile & { text: string }),
      )
      .map((f) => f.display),
  );
  const changed = changedFiles(forkFiles ?? baseRead.files, headFiles);
  return { report, changed, unchanged, engine: head.engine, notes };
}
