import { createTwoFilesPatch } from "diff";
import { type Finding, finding } from "../finding.js";
import { baseName, dirName } from "../layouts/source.js";
import type { Migration, MigrationSet } from "../migration.js";
import { toolOf } from "../tools/index.js";
import type { ToolDescriptor } from "../tools/tool.js";
import { changeAdvice, clashAdvice, deletedNote, earlyAdvice, toolDoes } from "../tools/tool-advice.js";
import { compareVersions, versionKey } from "../version.js";
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
  /** The set at the base, where the tool orders by time (Drizzle): the times the applied migrations had there. */
  appliedSet?: MigrationSet;
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

  const tool = toolOf(input.set.layout);
  const renames: { entry: LockEntry; to: string }[] = [];
  for (const entry of input.frozen) {
    const file = shown(entry.path);
    const hash = stagedHashes.get(entry.path);
    if (!input.staged.has(entry.path)) {
      if (!input.known.has(entry.path)) continue;
      const renamed = newByHash.get(entry.hash);
      if (renamed) {
        renames.push({ entry, to: renamed });
      } else {
        findings.push(
          finding(
            "locked-deleted",
            `${file} is applied and was deleted: databases that ran it keep its changes, and new ones would not get them${deletedNote(tool)}; restore it (git restore --staged --worktree ${file}), and undo it with a new migration if that is what you mean`,
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
          `${file} is applied and was edited: ${toolDoes(tool, "edited")}. Put the change in a new migration (${changeAdvice(tool)}), or, for an edit that changes nothing (a comment), record why: lockstep lock --amend ${entry.version} --reason "…"`,
          { file, version: entry.version, line: firstChangedLine(before, after), detail: patch },
        ),
      );
    }
  }
  findings.push(...renamedFindings(renames, tool, shown));

  findings.push(...checkLockLines(input, amended));
  findings.push(...checkOrder(input, frozenPaths, new Set(renames.map((r) => r.to))));
  return findings;
}

/**
 * One finding per renamed migration, however many files it has: a folder renamed (diesel, Prisma) is named
 * as the folder. What follows from the rename is the tool's, from its module.
 */
function renamedFindings(
  renames: { entry: LockEntry; to: string }[],
  tool: ToolDescriptor,
  shown: (path: string) => string,
): Finding[] {
  const byVersion = new Map<string, { entry: LockEntry; to: string }[]>();
  for (const r of renames) byVersion.set(r.entry.version, [...(byVersion.get(r.entry.version) ?? []), r]);
  return [...byVersion.values()].map((group) => {
    const [first] = group as [{ entry: LockEntry; to: string }];
    const folders = group.every(
      (r) =>
        dirName(r.entry.path) !== "" &&
        baseName(r.entry.path) === baseName(r.to) &&
        dirName(r.entry.path) === dirName(first.entry.path) &&
        dirName(r.to) === dirName(first.to),
    );
    const from = folders
      ? `${shown(dirName(first.entry.path))}/`
      : listed(group.map((r) => shown(r.entry.path)));
    const to = folders ? `${shown(dirName(first.to))}/` : listed(group.map((r) => shown(r.to)));
    const what = folders || group.length === 1 ? "is applied and was" : "are applied and were";
    return finding(
      "locked-renamed",
      `${from} ${what} renamed to ${to}: ${toolDoes(tool, "renamed")}; rename it back, and put any change in a new migration (${changeAdvice(tool)})`,
      { file: shown(first.to), version: first.entry.version },
    );
  });
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
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
 * A new migration must come after every applied one, as its tool sees it (the version, or the time a tool
 * like Drizzle compares), or databases that ran the later ones skip it, refuse it or run it out of order;
 * one that takes an applied version (another branch's, merged first) is a duplicate. A renamed applied
 * migration is reported as renamed, not again as new.
 */
function checkOrder(input: GuardInput, frozenPaths: Set<string>, renamedTo: Set<string>): Finding[] {
  if (input.frozen.length === 0) return [];
  const tool = toolOf(input.set.layout);
  const newest = input.frozen.reduce((max, e) => (compareVersions(e.version, max.version) > 0 ? e : max));
  const shown = (path: string) => (input.dir === "." ? path : `${input.dir}/${path}`);
  const isFrozen = (m: Migration) => m.files.some((f) => frozenPaths.has(relativeTo(input.dir, f)));
  const latest = latestStamp([
    ...(input.appliedSet?.migrations ?? []).filter(isFrozen),
    ...input.set.migrations.filter(isFrozen),
  ]);
  // The first applied entry of each version, as a scan of `frozen` would find it: one lookup per migration.
  const takenBy = new Map<string, (typeof input.frozen)[number]>();
  for (const e of input.frozen) {
    const key = versionKey(e.version);
    if (!takenBy.has(key)) takenBy.set(key, e);
  }
  const out: Finding[] = [];
  for (const m of input.set.migrations) {
    if (isFrozen(m) || m.files.every((f) => renamedTo.has(relativeTo(input.dir, f)))) continue;
    const byTime = latest !== undefined && m.stamp !== undefined;
    // A tool that compares times (Drizzle) never applies one that is not later: worse than any clash.
    if (latest && m.stamp && m.stamp.millis <= latest.stamp.millis) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new, but the time ${tool.name} compares, ${timeOf(m.stamp.millis)} (${m.stamp.at}), is not after ${timeOf(latest.stamp.millis)} (${latest.stamp.at}) of ${latest.files[0]}, which is already applied: ${toolDoes(tool, "outOfOrder")}; ${earlyAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version },
        ),
      );
      continue;
    }
    const taken = takenBy.get(versionKey(m.version));
    if (taken) {
      // Both files in the tree: the set's own duplicate-version already names them.
      if (input.staged.has(taken.path)) continue;
      out.push(
        finding(
          "duplicate-version",
          `${m.files[0]} is new but version ${m.version} is already taken by ${shown(taken.path)}, which is applied (merged first): ${toolDoes(tool, "duplicate")}; ${clashAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version },
        ),
      );
    } else if (!tool.graph && !byTime && compareVersions(m.version, newest.version) < 0) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new but its version ${m.version} sorts before ${newest.version} (${shown(newest.path)}), which is already applied: ${toolDoes(tool, "outOfOrder")}; ${earlyAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version },
        ),
      );
    }
  }
  // A graph tool's order is its graph: a new migration must follow the applied set's newest one there.
  if (tool.graph)
    out.push(
      ...tool.graph.afterApplied(input.set, input.appliedSet, new Set(input.frozen.map((e) => e.version))),
    );
  return out;
}

type Stamped = Migration & { stamp: NonNullable<Migration["stamp"]> };

function latestStamp(migrations: Migration[]): Stamped | undefined {
  let latest: Stamped | undefined;
  for (const m of migrations)
    if (m.stamp && (!latest || m.stamp.millis > latest.stamp.millis)) latest = m as Stamped;
  return latest;
}

/** A time in milliseconds as a date and as written (`2023-11-14T22:13:20.000Z = 1700000000000`). */
function timeOf(millis: number): string {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? String(millis) : `${date.toISOString()} = ${millis}`;
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
