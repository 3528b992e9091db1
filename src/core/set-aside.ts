import type { Finding, RuleId } from "./finding.js";
import { fingerprint } from "./known-findings.js";
import type { DatabaseReport, MigrationReport } from "./report.js";

/**
 * Which findings of a report are known or existing (see Finding.status): reported apart, failing nothing.
 * `replay` knows only the known file; `check` also knows which migrations the base has unchanged.
 */
export interface SetAsideContext {
  /** Fingerprints lockstep.known.json lists (at HEAD, for check). */
  known: ReadonlySet<string>;
  /** Shown path of the known file, for notes. */
  knownFile: string;
  /** check: files (as shown) whose text the base's lock file has; a migration made only of them is the base's. */
  unchanged?: ReadonlySet<string>;
  /**
   * check: fingerprints the base's known file lists. A finding of a migration the branch adds or edits is
   * excused only by these: a branch cannot accept its own new problems by listing them.
   */
  knownOnBase?: ReadonlySet<string>;
}

/** What the branch itself does to applied migrations and the lock file: new whatever the history holds. */
const BRANCH_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "locked-modified",
  "locked-deleted",
  "locked-renamed",
  "locked-amended",
  "lockfile-stale",
  "lockfile-tampered",
  "out-of-order",
  "overlap",
]);

/** Marks the database's known and existing findings; returns notes on known entries that were refused. */
export function setAside(db: DatabaseReport, ctx: SetAsideContext): string[] {
  const byFile = new Map<string, MigrationReport>();
  const byVersion = new Map<string, MigrationReport[]>();
  for (const m of db.migrations) {
    for (const file of m.files) byFile.set(file, m);
    byVersion.set(m.version, [...(byVersion.get(m.version) ?? []), m]);
  }
  const ofFinding = (f: Finding): MigrationReport[] => {
    const own = f.file === undefined ? undefined : byFile.get(f.file);
    if (own) return [own];
    return f.version === undefined ? [] : (byVersion.get(f.version) ?? []);
  };
  const { unchanged } = ctx;
  const onBase = (m: MigrationReport) => unchanged !== undefined && m.files.every((f) => unchanged.has(f));
  const notes: string[] = [];
  for (const f of db.findings) {
    if (unchanged && BRANCH_RULES.has(f.rule)) continue;
    const migrations = ofFinding(f);
    const base = migrations.length > 0 && migrations.every(onBase);
    // An acknowledgement the base already has is old news, folded with the base's findings.
    if (f.status === "allowed") {
      if (base) f.status = "existing";
      continue;
    }
    const print = fingerprint(db.name, db.dir, f);
    if (ctx.known.has(print)) {
      const branchMade = unchanged !== undefined && !base && migrations.length > 0;
      if (!branchMade || ctx.knownOnBase?.has(print)) {
        f.status = "known";
        continue;
      }
      notes.push(
        `${ctx.knownFile} lists the ${f.rule} finding of ${f.file ?? f.version}, but the base's ${ctx.knownFile} does not: a finding of a migration this branch adds or edits stays new even when the branch lists it; fix the migration`,
      );
    }
    if (base) f.status = "existing";
  }
  return notes;
}
