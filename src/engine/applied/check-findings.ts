// What check finds beyond the guard's rules and the replay: lock lines the guard's findings stand for,
// amended edits said out loud, and migrations on both sides that change the same tables.
import { codeSpan } from "../../core/code-span.js";
import { type Finding, finding } from "../../core/finding.js";
import type { parseLockFile } from "../../core/lock/lock-file.js";
import type { MigrationSet, SourceFile } from "../../core/migration.js";
import type { replayDatabase } from "../replay/replay.js";
import { type Applied, type HashOf, hashOfText } from "./applied.js";

/**
 * Applied files HEAD has renamed, deleted or edited, and the new names of renamed ones: the guard's rules
 * report them and say what to do, so their lock lines are not reported stale as well (one fix, said once).
 */
export function changedApplied(
  applied: Applied,
  headFiles: SourceFile[],
  known: ReadonlySet<string>,
  hashOf: HashOf = hashOfText,
): Set<string> {
  const head = new Map(
    headFiles.map((f) => [
      f.rel,
      f.text === undefined ? undefined : hashOf(f as SourceFile & { text: string }),
    ]),
  );
  // Only what the branch has had: a file the base gained after the branch left it is not merged yet.
  const had = applied.entries.filter((e) => known.has(e.path));
  const gone = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.hash));
  const appliedPaths = new Set(applied.entries.map((e) => e.path));
  const out = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.path));
  for (const [rel, hash] of head) if (hash && gone.has(hash) && !appliedPaths.has(rel)) out.add(rel);
  // Edited in place: locked-modified says to put the change in a new migration, not to re-lock it.
  for (const e of had) if (head.has(e.path) && head.get(e.path) !== e.hash) out.add(e.path);
  return out;
}

export function changedFiles(before: SourceFile[], after: SourceFile[]): string[] {
  const old = new Map(before.map((f) => [f.rel, f.text]));
  const now = new Set(after.map((f) => f.rel));
  return [
    ...after.filter((f) => !old.has(f.rel) || old.get(f.rel) !== f.text).map((f) => f.display),
    ...before.filter((f) => !now.has(f.rel)).map((f) => f.display),
  ];
}

/** A deliberate edit recorded with `lock --amend`: allowed, but said out loud with its reason. */
export function amendedWarnings(
  applied: Applied,
  lock: ReturnType<typeof parseLockFile>["lock"] | undefined,
  files: SourceFile[],
  hashOf: HashOf = hashOfText,
): Finding[] {
  const reasons = new Map((lock?.amendments ?? []).map((a) => [a.version, a.reason]));
  if (reasons.size === 0) return [];
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const out: Finding[] = [];
  for (const entry of applied.entries) {
    const reason = reasons.get(entry.version);
    if (reason === undefined) continue;
    const file = byRel.get(entry.path);
    if (file?.text === undefined || hashOf(file as SourceFile & { text: string }) === entry.hash) continue;
    out.push(
      finding(
        "locked-amended",
        `${file.display} is applied and was edited, amended with the reason "${reason}"; make sure the edit changes nothing a database that already ran it would need`,
        {
          file: file.display,
          version: entry.version,
        },
      ),
    );
  }
  return out;
}

/** New migrations and migrations the base gained since the branch point that change the same tables. */
export function overlaps(
  atFork: MigrationSet,
  head: Awaited<ReturnType<typeof replayDatabase>>,
  base: Awaited<ReturnType<typeof replayDatabase>>,
  appliedVersions: Set<string>,
): Finding[] {
  const forkVersions = new Set(atFork.migrations.map((m) => m.version));
  const gained = base.report.migrations.filter((m) => !forkVersions.has(m.version));
  const ours = head.report.migrations.filter((m) => !appliedVersions.has(m.version));
  const out: Finding[] = [];
  for (const mine of ours) {
    const mineTables = new Set(head.touched.get(mine.version) ?? []);
    for (const theirs of gained) {
      const shared = (base.touched.get(theirs.version) ?? []).filter((t) => mineTables.has(t));
      if (shared.length === 0) continue;
      out.push(
        finding(
          "overlap",
          `${mine.files[0]} (new here) and ${theirs.files[0]} (added on the base since this branch left it) both change ${shared.map((t) => codeSpan(t)).join(", ")}; they replay cleanly in this order, but review them together: each was written without the other`,
          { file: mine.files[0], version: mine.version },
        ),
      );
    }
  }
  return out;
}
