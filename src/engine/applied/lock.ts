import { readLockText, writeLockText } from "../../adapters/lock-store.js";
import { withLockFileLock } from "../../adapters/lock-turns.js";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import {
  compareLock,
  LOCK_FILE,
  type LockEntry,
  type LockFile,
  type LockProblem,
  normalizeLockText,
  parseLockFile,
  renderLockFile,
} from "../../core/lock/lock-file.js";
import { DISK, type ReadDatabase, readDatabase } from "../workspace/database-tree.js";
import {
  type DatabaseRequest,
  type DatabaseSpec,
  resolveDatabases,
  shownPath,
} from "../workspace/databases.js";
import { submoduleNotes } from "../workspace/git-files.js";
import { lockEntries } from "./applied.js";

export interface LockResult {
  database: string;
  /** Display path of the lock file. */
  file: string;
  /** `written`: created or brought up to date; `unchanged`: already right (not rewritten). */
  status: "written" | "unchanged" | "checked";
  findings: Finding[];
  /** Files lockstep could not read and so could not lock (reported, never silently skipped). */
  skipped: string[];
}

/** The lock a migration directory should have: every migration file in the order its tool applies them. */
export function expectedLock(read: ReadDatabase): { lock: LockFile; skipped: string[] } {
  const { files, set } = read;
  const readable = new Set(files.filter((f) => f.text !== undefined).map((f) => f.display));
  const skipped = set.migrations.flatMap((m) => m.files).filter((display) => !readable.has(display));
  return { lock: { entries: lockEntries(set, files), amendments: [] }, skipped };
}

/**
 * Brings an existing lock file up to date after lockstep itself changed the migrations of this resolved
 * database; its display path when rewritten.
 */
export async function refreshLock(spec: DatabaseSpec, cwd: string): Promise<string | undefined> {
  const file = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  if (readLockText(spec.dir, file) === undefined) return undefined;
  const { lock } = expectedLock(await readDatabase(spec, cwd, DISK));
  const status = await withLockFileLock(spec.dir, file, [], () => writeLock(spec, file, lock, undefined, []));
  return status === "written" ? file : undefined;
}

/** A reason is a sentence; one this long would make a line the lock file's reader refuses. */
const MAX_REASON = 2000;

/** `lockstep lock`: writes each directory's lock file, or with `check` reports how it is out of date. */
export async function runLock(
  req: DatabaseRequest & { check: boolean; amend?: { version: string; reason: string } },
): Promise<{ results: LockResult[]; notes: string[] }> {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  if (req.amend && req.amend.reason.length > MAX_REASON) {
    throw new LockstepError(
      "usage",
      `--reason is ${req.amend.reason.length} characters; say why in at most ${MAX_REASON}`,
    );
  }
  const results: LockResult[] = [];
  const submodules = new Set<string>();
  for (const spec of specs) {
    const file = shownPath(req.cwd, `${spec.dir}/${LOCK_FILE}`);
    const { lock, skipped } = expectedLock(await readDatabase(spec, req.cwd, { at: "disk", submodules }));
    if (req.check) {
      const text = readLockText(spec.dir, file);
      results.push({
        database: spec.name,
        file,
        status: "checked",
        findings: staleness(file, lock, text),
        skipped,
      });
      continue;
    }
    // Read, change and write under the lock: two runs (two `--amend`) take turns, neither loses the other's.
    const status = await withLockFileLock(spec.dir, file, notes, () =>
      writeLock(spec, file, lock, req.amend, notes),
    );
    results.push({ database: spec.name, file, status, findings: [], skipped });
  }
  notes.push(...submoduleNotes(req.cwd, undefined, submodules));
  return { results, notes };
}

function writeLock(
  spec: DatabaseSpec,
  file: string,
  lock: LockFile,
  amend: { version: string; reason: string } | undefined,
  notes: string[],
): "written" | "unchanged" {
  const text = readLockText(spec.dir, file);
  const current = text === undefined ? undefined : parseLockFile(text);
  // Amendments are reasons given for deliberate edits; they stay while their migration does.
  const versions = new Set(lock.entries.map((e) => e.version));
  lock.amendments = (current?.lock.amendments ?? []).filter((a) => versions.has(a.version));
  if (amend) {
    const { version, reason } = amend;
    if (!versions.has(version)) {
      throw new LockstepError(
        "usage",
        `--amend ${version}: no migration in ${file.replace(`/${LOCK_FILE}`, "/")} has that version`,
      );
    }
    lock.amendments = [...lock.amendments.filter((a) => a.version !== version), { version, reason }];
  }
  const wanted = renderLockFile(lock);
  // Content, not bytes: a checkout with core.autocrlf has CRLF, and rewriting it would dirty git status.
  if (text !== undefined && normalizeLockText(text) === wanted) return "unchanged";
  for (const p of current?.problems ?? []) {
    if (p.kind === "sum") continue;
    const lost =
      p.kind === "amendment"
        ? `; its amendment is dropped: record it again with lockstep lock --amend ${p.version ?? "VERSION"} --reason "…"`
        : "";
    notes.push(`${file} ${p.message}; written again without it${lost}`);
  }
  writeLockText(spec.dir, file, wanted);
  return "written";
}

/**
 * Findings for the lines of a lock file that cannot be read. A line lockstep can simply write again is
 * `lockfile-stale`; one that named an applied migration (or amended one) is `lockfile-tampered`: what it
 * said about a migration databases already ran is lost, so it needs a look, not just a rewrite.
 */
export function lockProblemFindings(
  file: string,
  problems: LockProblem[],
  applied: LockEntry[] = [],
): Finding[] {
  const paths = new Set(applied.map((e) => e.path));
  const versions = new Set(applied.map((e) => e.version));
  return problems.map((p) => {
    const where = { file, line: p.line, version: p.version };
    const hit =
      p.kind === "amendment"
        ? p.version !== undefined && versions.has(p.version)
        : p.path !== undefined && paths.has(p.path);
    if (hit) {
      const what =
        p.kind === "amendment"
          ? `an amendment of applied version ${p.version}`
          : `the line of applied migration ${p.path}`;
      return finding(
        "lockfile-tampered",
        `${file} ${p.message}; it is ${what}, so it is reported as tampered, not merely stale: run \`lockstep lock\` to write it again from the files, check the diff of ${file} before committing it`,
        where,
      );
    }
    return finding(
      "lockfile-stale",
      `${file} ${p.message}; lockstep writes this line itself, so it is only stale: run \`lockstep lock\` and commit ${file}`,
      where,
    );
  });
}

/** `lockfile-stale` findings: how a lock file's text differs from the lock its migrations should have. */
export function staleness(
  file: string,
  expected: LockFile,
  text: string | undefined,
  current: ReturnType<typeof parseLockFile> | undefined = text === undefined
    ? undefined
    : parseLockFile(text),
  applied: LockEntry[] = [],
  /** Paths the guard's rules already report (an applied file edited, renamed or deleted). */
  reported: ReadonlySet<string> = new Set(),
): Finding[] {
  const stale = (message: string, extra: { version?: string; line?: number } = {}) =>
    finding("lockfile-stale", `${message}; run \`lockstep lock\` and commit ${file}`, { file, ...extra });
  if (text === undefined || !current) return [stale(`${file} does not exist`)];
  const out = lockProblemFindings(file, current.problems, applied);
  const lineOf = (path: string) => current.lock.entries.findIndex((e) => e.path === path) + 2;
  for (const d of compareLock(expected, current.lock)) {
    const { version, path } = d.entry;
    if (d.kind !== "moved" && reported.has(path)) continue;
    if (d.kind === "missing") out.push(stale(`${path} (version ${version}) is not in ${file}`, { version }));
    else if (d.kind === "extra")
      out.push(
        stale(`${file} lists ${path}, which is no longer a migration here`, { version, line: lineOf(path) }),
      );
    else if (d.kind === "changed")
      out.push(stale(`${path} changed since ${file} was written`, { version, line: lineOf(path) }));
    else
      out.push(
        stale(
          `${file} lists the migrations in another order than their tool applies them (first at ${path})`,
          { version, line: lineOf(path) },
        ),
      );
  }
  return out;
}
