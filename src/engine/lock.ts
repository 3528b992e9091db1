import { readLockText, writeLockText } from "../adapters/lock-store.js";
import { LockstepError } from "../core/errors.js";
import { type Finding, finding } from "../core/finding.js";
import {
  compareLock,
  LOCK_FILE,
  type LockFile,
  parseLockFile,
  renderLockFile,
} from "../core/lock/lock-file.js";
import type { SourceFile } from "../core/migration.js";
import { lockEntries } from "./applied.js";
import {
  type DatabaseRequest,
  type DatabaseSpec,
  loadSet,
  resolveDatabases,
  shownPath,
} from "./databases.js";
import { submoduleNotes } from "./git-files.js";

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
export async function expectedLock(
  spec: DatabaseSpec,
  cwd: string,
  submodules?: Set<string>,
): Promise<{ lock: LockFile; skipped: string[]; files: SourceFile[] }> {
  const { files, set } = await loadSet(spec, cwd, submodules);
  const readable = new Set(files.filter((f) => f.text !== undefined).map((f) => f.display));
  const skipped = set.migrations.flatMap((m) => m.files).filter((display) => !readable.has(display));
  const entries = lockEntries(set, files);
  return { lock: { entries, amendments: [] }, skipped, files };
}

/** Brings an existing lock file up to date after lockstep itself changed the migrations; its display path when rewritten. */
export async function refreshLock(
  spec: DatabaseSpec,
  cwd: string,
  configPath?: string,
): Promise<string | undefined> {
  if (readLockText(spec.dir) === undefined) return undefined;
  const { results } = await runLock({ cwd, dir: spec.dir, configPath, check: false });
  return results[0]?.status === "written" ? results[0].file : undefined;
}

/** `lockstep lock`: writes each directory's lock file, or with `check` reports how it is out of date. */
export async function runLock(
  req: DatabaseRequest & { check: boolean; amend?: { version: string; reason: string } },
): Promise<{ results: LockResult[]; notes: string[] }> {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  const results: LockResult[] = [];
  const submodules = new Set<string>();
  for (const spec of specs) {
    const file = shownPath(req.cwd, `${spec.dir}/${LOCK_FILE}`);
    const { lock, skipped } = await expectedLock(spec, req.cwd, submodules);
    const text = readLockText(spec.dir);
    const current = text === undefined ? undefined : parseLockFile(text);
    // Amendments are reasons given for deliberate edits; they stay while their migration does.
    const versions = new Set(lock.entries.map((e) => e.version));
    lock.amendments = (current?.lock.amendments ?? []).filter((a) => versions.has(a.version));
    if (req.amend) {
      const { version, reason } = req.amend;
      if (!versions.has(version)) {
        throw new LockstepError(
          "usage",
          `--amend ${version}: no migration in ${file.replace(`/${LOCK_FILE}`, "/")} has that version`,
        );
      }
      lock.amendments = [...lock.amendments.filter((a) => a.version !== version), { version, reason }];
    }
    const wanted = renderLockFile(lock);
    if (req.check) {
      results.push({
        database: spec.name,
        file,
        status: "checked",
        findings: staleness(file, lock, text, current),
        skipped,
      });
      continue;
    }
    if (text === wanted) {
      results.push({ database: spec.name, file, status: "unchanged", findings: [], skipped });
      continue;
    }
    try {
      writeLockText(spec.dir, wanted);
    } catch (cause) {
      throw new LockstepError(
        "io",
        `cannot write ${file} (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
        {
          cause,
        },
      );
    }
    results.push({ database: spec.name, file, status: "written", findings: [], skipped });
  }
  notes.push(...submoduleNotes(req.cwd, undefined, submodules));
  return { results, notes };
}

/** `lockfile-stale` findings: how a lock file's text differs from the lock its migrations should have. */
export function staleness(
  file: string,
  expected: LockFile,
  text: string | undefined,
  current: ReturnType<typeof parseLockFile> | undefined = text === undefined
    ? undefined
    : parseLockFile(text),
): Finding[] {
  const stale = (message: string, extra: { version?: string; line?: number } = {}) =>
    finding("lockfile-stale", `${message}; run \`lockstep lock\` and commit ${file}`, { file, ...extra });
  if (text === undefined || !current) return [stale(`${file} does not exist`)];
  const out = current.problems.map((p) => stale(`${file}:${p.line}: ${p.message}`, { line: p.line }));
  const lineOf = (path: string) => current.lock.entries.findIndex((e) => e.path === path) + 2;
  for (const d of compareLock(expected, current.lock)) {
    const { version, path } = d.entry;
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
