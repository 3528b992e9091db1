import type { MigrationSet, SourceFile } from "../migration.js";
import { compareVersions } from "../version.js";
import { entryLine, type LockEntry, lockSum } from "./lock-file.js";

// The guard's shortcut for the commonest commit: new migration files added after the newest one, on a
// state the guard already found settled. A state is settled when the guard, run with the index holding it,
// says nothing and leaves the lock file as it is. Adding files changes nothing the guard said of the
// files already there; so when the added ones read cleanly among themselves, come after everything applied
// and after the state's last migration in the tool's order, the guard's answer for the whole is known: no
// finding, and the lock file with their lines appended. Anything else returns undefined and the guard reads
// everything, as it would without the shortcut.

const NEWLINE = 0x0a;

/** What the guard keeps of a settled state, enough to judge files added to it. */
export interface Settled {
  /** The files (paths in the directory) of the state's last migration in its tool's order; none when empty. */
  last: string[];
  /** The greatest version, compared as numbers, of the state's migrations and of the applied entries. */
  newest?: string;
  /** How many entry lines the lock file has: its amendment lines follow them. */
  entries: number;
  /** Applied paths the state does not hold (the base gained them after the branch left it). */
  elsewhere: string[];
}

function newestOf(versions: Iterable<string>, start?: string): string | undefined {
  let newest = start;
  for (const v of versions) if (newest === undefined || compareVersions(v, newest) > 0) newest = v;
  return newest;
}

/**
 * What to keep of a state the guard found settled: its set (as the index would hold it), its files, the
 * applied entries, and its lock's entry count. Undefined where the shortcut never applies (a tool that
 * compares times: what a new migration must follow is then not a version).
 */
export function settledOf(input: {
  set: MigrationSet;
  files: readonly SourceFile[];
  applied: readonly LockEntry[];
  entries: number;
}): Settled | undefined {
  const { set, files } = input;
  if (set.migrations.some((m) => m.stamp !== undefined)) return undefined;
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const last = set.migrations.at(-1)?.files.map((display) => relOf.get(display));
  if (last?.some((rel) => rel === undefined)) return undefined;
  const held = new Set(files.map((f) => f.rel));
  return {
    last: (last ?? []) as string[],
    newest: newestOf([...set.migrations.map((m) => m.version), ...input.applied.map((e) => e.version)]),
    entries: input.entries,
    elsewhere: input.applied.filter((e) => !held.has(e.path)).map((e) => e.path),
  };
}

/**
 * The lock entries of `added`, files staged on top of a settled state, when the guard's answer for the
 * whole is known to be "nothing to say": `subset` is the set the state's last migration (`lastFiles`, as
 * read by name) and the added files make, and `entries` its lock entries. Undefined otherwise.
 */
export function appendedEntries(
  settled: Settled,
  subset: MigrationSet,
  lastFiles: readonly SourceFile[],
  added: readonly SourceFile[],
  entries: readonly LockEntry[],
): LockEntry[] | undefined {
  if (subset.findings.some((f) => f.severity === "error")) return undefined;
  if (added.length === 0 || added.some((f) => f.text === undefined)) return undefined;
  const elsewhere = new Set(settled.elsewhere);
  if (added.some((f) => elsewhere.has(f.rel))) return undefined;
  const shownAdded = new Set(added.map((f) => f.display));
  const [first, ...rest] = subset.migrations;
  // The state's last migration stays itself, first: nothing added joined it or sorts before it.
  const fresh = lastFiles.length === 0 ? subset.migrations : rest;
  if (lastFiles.length > 0 && !sameFiles(first?.files ?? [], lastFiles)) return undefined;
  const placed = new Set<string>();
  for (const m of fresh) {
    if (m.stamp !== undefined || m.files.some((f) => !shownAdded.has(f))) return undefined;
    // After everything applied and everything the state holds: no clash, nothing out of order.
    if (settled.newest !== undefined && compareVersions(m.version, settled.newest) <= 0) return undefined;
    for (const f of m.files) placed.add(f);
  }
  // Every added file is a migration: one the tool does not read is left to the whole guard.
  if (placed.size !== shownAdded.size) return undefined;
  const addedRels = new Set(added.map((f) => f.rel));
  const out = entries.filter((e) => addedRels.has(e.path));
  // The last migration's lines come first, then only added ones: appending keeps the tool's order.
  if (entries.slice(0, entries.length - out.length).some((e) => addedRels.has(e.path))) return undefined;
  return out.length === addedRels.size ? out : undefined;
}

function sameFiles(shown: readonly string[], files: readonly SourceFile[]): boolean {
  return shown.length === files.length && files.every((f, i) => shown[i] === f.display);
}

/** The settled state the commit makes: the old one with the added migrations after its last. */
export function settledAfter(
  settled: Settled,
  subset: MigrationSet,
  files: readonly SourceFile[],
  added: readonly LockEntry[],
): Settled {
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const last = subset.migrations.at(-1)?.files.map((display) => relOf.get(display) as string) ?? [];
  return {
    last,
    newest: newestOf(
      subset.migrations.map((m) => m.version),
      settled.newest,
    ),
    entries: settled.entries + added.length,
    elsewhere: settled.elsewhere,
  };
}

/**
 * A lock file as renderLockFile writes it, with `added` entries more after its first `count` entry lines
 * (before its amendments), as renderLockFile would write the longer list. Undefined for a text it did not
 * write so (fewer lines, no final newline). The file's bytes are neither decoded nor parsed: the state the
 * guard remembers vouches for them, and the sum goes over them as they are.
 */
export function appendLockLines(
  lock: Uint8Array,
  count: number,
  added: readonly LockEntry[],
): Buffer | undefined {
  const bytes = Buffer.from(lock.buffer, lock.byteOffset, lock.byteLength);
  const first = bytes.indexOf(NEWLINE);
  if (first === -1 || bytes[bytes.length - 1] !== NEWLINE) return undefined;
  let at = first;
  for (let i = 0; i < count; i++) {
    at = bytes.indexOf(NEWLINE, at + 1);
    if (at === -1) return undefined;
  }
  const lines = Buffer.from(added.map((e) => `${entryLine(e)}\n`).join(""), "utf8");
  const body = [bytes.subarray(first + 1, at + 1), lines, bytes.subarray(at + 1)];
  return Buffer.concat([Buffer.from(`${lockSum(body)}\n`), ...body]);
}
