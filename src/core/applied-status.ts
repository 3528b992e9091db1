import { type Finding, finding } from "./finding.js";
import type { MigrationSet } from "./migration.js";
import { escapeControl as shown } from "./render/terminal-text.js";
import type { ToolDescriptor, TrackedRow, TrackingReader } from "./tools/tool.js";

/** Where one migration stands in a real database, as its tool's tracking table says. */
/** `unknown`: the tracking table cannot say (Alembic's heads, where a missing file breaks the graph below them). */
export type AppliedState = "applied" | "pending" | "missing" | "changed" | "failed" | "unknown";

export interface StatusEntry {
  /** The file's version, or the row's key for a row with no file. */
  version: string;
  name: string;
  file?: string;
  state: AppliedState;
}

export interface AppliedStatus {
  entries: StatusEntry[];
  findings: Finding[];
  /** Versions of the set the database has (applied, changed or failed), in the set's order. */
  applied: string[];
}

/**
 * The tracking table's rows against the set's files: which are applied, pending, missing (a row with no
 * file), changed (the stored checksum is not the file's) or failed (the tool marks the row unfinished).
 * `checksums`: the checksum of each migration's up file, by version, where the tool stores one.
 */
export function appliedStatus(
  tool: ToolDescriptor,
  reader: TrackingReader,
  set: MigrationSet,
  tracked: TrackedRow[],
  checksums: ReadonlyMap<string, string>,
  where: string,
): AppliedStatus {
  const rows = new Map(tracked.map((r) => [r.key, r]));
  const entries: StatusEntry[] = [];
  const findings: Finding[] = [];
  const applied: string[] = [];
  const matched = new Set<string>();
  let lastApplied = -1;
  set.migrations.forEach((m, index) => {
    const row = rows.get(reader.key(m));
    if (row) lastApplied = index;
  });
  set.migrations.forEach((m, index) => {
    const key = reader.key(m);
    const row = rows.get(key);
    const file = m.up?.file ?? m.files[0];
    const base = { version: m.version, name: m.name, file };
    if (!row) {
      entries.push({ ...base, state: "pending" });
      if (reader.neverApplied) {
        const why = reader.neverApplied(m, tracked);
        if (why)
          findings.push(
            finding(
              "db-never-applied",
              `${shown(file ?? m.version)}: ${shown(m.version)} is pending in ${where}, and ${tool.name} will never apply it: ${why}`,
              { version: m.version, file },
            ),
          );
        return;
      }
      // A graph tool's order is its dependencies, not the set's list: a pending migration listed before an
      // applied one of another branch or app is simply pending (Django, Alembic).
      if (index < lastApplied && tool.applied.outOfOrder && !tool.graph)
        findings.push(
          finding(
            "db-out-of-order",
            `${shown(file ?? m.version)}: ${shown(m.version)} is not applied in ${where}, though later migrations are; ${tool.name} ${tool.applied.outOfOrder.does}`,
            { version: m.version, file },
          ),
        );
      return;
    }
    matched.add(key);
    if (row.unknown) {
      entries.push({ ...base, state: "unknown" });
      return;
    }
    applied.push(m.version);
    if (row.failed) {
      entries.push({ ...base, state: "failed" });
      findings.push(
        finding(
          "db-failed",
          `${shown(file ?? m.version)}: ${where} records ${shown(m.version)} as not finished (${row.failed}); ${fill(reader.failed ?? `${tool.name} counts it as applied`, m.version)}`,
          { version: m.version, file },
        ),
      );
      return;
    }
    const sum = checksums.get(m.version);
    if (reader.checksum && row.checksum !== undefined && sum !== undefined && sum !== row.checksum) {
      entries.push({ ...base, state: "changed" });
      findings.push(
        finding(
          "db-changed",
          `${shown(file ?? m.version)}: the file was edited after ${where} applied it (checksum ${shown(short(row.checksum))} recorded, ${short(sum)} now); ${fill(reader.checksum.changed, m.version)}. Put the file back as it was applied and write the change as a new migration`,
          { version: m.version, file },
        ),
      );
      return;
    }
    entries.push({ ...base, state: "applied" });
  });
  for (const row of tracked) {
    if (matched.has(row.key)) continue;
    entries.push({ version: row.key, name: "", state: "missing" });
    findings.push(
      finding(
        "db-missing",
        row.missing
          ? `${where}: ${row.missing}`
          : `${where} records ${shown(row.key)} as applied, but no migration file has it; ${fill(reader.missing, row.key)}. Restore the file from git history if it was deleted by mistake`,
        { version: row.key },
      ),
    );
  }
  return { entries, findings, applied };
}

function fill(text: string, version: string): string {
  return text.replace(/VERSION|REVISION/g, shown(version));
}

function short(sum: string): string {
  return sum.length > 16 ? `${sum.slice(0, 12)}…` : sum;
}
