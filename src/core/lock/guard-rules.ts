import { createTwoFilesPatch } from "diff";
import { type Finding, finding } from "../finding.js";
import type { MigrationSet } from "../migration.js";
import { compareVersions } from "../version.js";
import { hashText, type LockEntry, type LockFile } from "./lock-file.js";

/** What the guard compares: the applied (frozen) files and the files as they are about to be committed. */
export interface GuardInput {
  /** Display path of the migration directory, to name files (`migrations/0003_x.up.sql`). */
  dir: string;
  /** Display path of the lock file. */
  lockFile: string;
  /** Applied migration files: from the base's lock file, or from the base's tree when it has none. */
  frozen: LockEntry[];
  /**
   * Applied files this branch has had (committed in it, or in its lock file). One the base gained after the
   * branch left it is not merged yet, not deleted: it counts only for the order of new migrations.
   */
  known: ReadonlySet<string>;
  /** Text of a frozen file at the base, for the diff of an edit; only asked for changed files. */
  frozenText: (path: string) => string | undefined;
  /** The files to be committed: path in the directory -> text (undefined: not readable as text). */
  staged: Map<string, string | undefined>;
  /** The lock hash of each staged file with text, when the caller has them already; computed otherwise. */
  stagedHashes?: Map<string, string>;
  /** The set the staged files make. */
  set: MigrationSet;
  /** The base's lock file, when it has one, and the staged one. */
  baseLock?: LockFile;
  stagedLock?: LockFile;
}

/**
 * The rules that keep applied migrations as they were applied: no edit (unless amended with a reason),
 * no rename, no delete, no rewriting of their lock lines, and no new migration sorting at or before the
 * newest applied one.
 */
export function checkFrozen(input: GuardInput): Finding[] {
  const findings: Finding[] = [];
  const shown = (path: string) => (input.dir === "." ? path : `${input.dir}/${path}`);
  const amended = new Map((input.stagedLock?.amendments ?? []).map((a) => [a.version, a.reason]));
  const recordedHashes = new Map((input.stagedLock?.entries ?? []).map((e) => [e.path, e.hash]));
  const frozenPaths = new Set(input.frozen.map((e) => e.path));
  const stagedHashes = input.stagedHashes ?? hashesOf(input.staged);
  const newByHash = new Map<string, string>();
  for (const [path, hash] of stagedHashes) if (!frozenPaths.has(path)) newByHash.set(hash, path);

  for (const entry of input.frozen) {
    const file = shown(entry.path);
    const hash = stagedHashes.get(entry.path);
    if (!input.staged.has(entry.path)) {
      if (!input.known.has(entry.path)) continue;
      const renamed = newByHash.get(entry.hash);
      if (renamed) {
        findings.push(
          finding(
            "locked-renamed",
            `${file} is applied and was renamed to ${shown(renamed)}: its tool would see a new migration and run it again; rename it back, and put any change in a new migration`,
            { file: shown(renamed), version: entry.version },
          ),
        );
      } else {
        findings.push(
          finding(
            "locked-deleted",
            `${file} is applied and was deleted: databases that ran it keep its changes, and new ones would not get them; restore it (git restore --staged --worktree ${file}), and undo it with a new migration if that is what you mean`,
            { file, version: entry.version },
          ),
        );
      }
    } else if (hash !== entry.hash) {
      const reason = amended.get(entry.version);
      const recorded = recordedHashes.get(entry.path);
      if (reason !== undefined && recorded === hash) continue;
      const before = input.frozenText(entry.path) ?? "";
      const after = input.staged.get(entry.path) ?? "";
      const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 2 })
        .split("\n")
        .slice(1)
        .map((line) => line.trimEnd())
        .join("\n")
        .trimEnd();
      findings.push(
        finding(
          "locked-modified",
          `${file} is applied and was edited; databases that already ran it will never run the new text. Put the change in a new migration (lockstep new NAME), or, for an edit that changes nothing (a comment), record why: lockstep lock --amend ${entry.version} --reason "…"`,
          { file, version: entry.version, line: firstChangedLine(before, after), detail: patch },
        ),
      );
    }
  }

  findings.push(...checkLockLines(input, amended));
  findings.push(...checkOrder(input, frozenPaths));
  return findings;
}

function hashesOf(staged: Map<string, string | undefined>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [path, text] of staged) if (text !== undefined) hashes.set(path, hashText(text));
  return hashes;
}

/** An applied migration's line in the lock file may only change with an amendment that says why. */
function checkLockLines(input: GuardInput, amended: Map<string, string>): Finding[] {
  if (!input.baseLock || !input.stagedLock) return [];
  const staged = new Map(input.stagedLock.entries.map((e) => [e.path, e]));
  const out: Finding[] = [];
  for (const entry of input.baseLock.entries) {
    const now = staged.get(entry.path);
    if (now?.hash === entry.hash && now.version === entry.version) continue;
    // A missing line (a merge resolved with the branch's lock file) is only out of date: the guard writes
    // the lock file again and check reports it stale. A deleted or renamed file is reported as such.
    if (!now || amended.has(entry.version) || !input.staged.has(entry.path)) continue;
    out.push(
      finding(
        "lockfile-tampered",
        `${input.lockFile}: the line of applied migration ${entry.path} was changed; restore it (git checkout the base's ${input.lockFile}) and let lockstep write the lock file`,
        { file: input.lockFile, version: entry.version },
      ),
    );
  }
  return out;
}

/**
 * A new migration must sort after every applied one, or databases that ran the later ones skip it; one
 * that takes an applied version (another branch's, merged first) is a duplicate.
 */
function checkOrder(input: GuardInput, frozenPaths: Set<string>): Finding[] {
  if (input.frozen.length === 0) return [];
  const newest = input.frozen.reduce((max, e) => (compareVersions(e.version, max.version) > 0 ? e : max));
  const shown = (path: string) => (input.dir === "." ? path : `${input.dir}/${path}`);
  const out: Finding[] = [];
  for (const m of input.set.migrations) {
    if (m.files.some((f) => frozenPaths.has(relativeTo(input.dir, f)))) continue;
    const taken = input.frozen.find((e) => compareVersions(e.version, m.version) === 0);
    if (taken) {
      // Both files in the tree: the set's own duplicate-version already names them.
      if (input.staged.has(taken.path)) continue;
      out.push(
        finding(
          "duplicate-version",
          `${m.files[0]} is new but version ${m.version} is already taken by ${shown(taken.path)}, which is applied (merged first): \`lockstep renumber\` moves the new one after ${newest.version}`,
          { file: m.files[0], version: m.version },
        ),
      );
    } else if (compareVersions(m.version, newest.version) < 0) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new but its version ${m.version} sorts before ${newest.version} (${shown(newest.path)}), which is already applied: databases that ran ${newest.version} would skip it; \`lockstep renumber\` moves it after ${newest.version}`,
          { file: m.files[0], version: m.version },
        ),
      );
    }
  }
  return out;
}

function relativeTo(dir: string, file: string): string {
  if (dir === ".") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}

function firstChangedLine(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}
