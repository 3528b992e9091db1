import type { Finding } from "./finding.js";
import type { LayoutId } from "./migration.js";
import type { SchemaDiff } from "./schema/index.js";

/** The JSON report (`--format json`): its shape is the contract in the README. */
export interface MigrationReport {
  version: string;
  name: string;
  files: string[];
  origin?: "base" | "new";
  up: "ok" | "failed" | "not-run";
  down: "ok" | "failed" | "mismatch" | "missing" | "not-run";
  redo: "ok" | "mismatch" | "not-run";
  ms: number;
}

export interface DatabaseReport {
  name: string;
  dir: string;
  format: LayoutId;
  /** Why this layout was chosen (detected from the files, or named in the config). */
  formatReason: string;
  /** How the migrations were run when not by lockstep alone: the database's runner, in words. */
  runner?: string;
  migrations: MigrationReport[];
  /** The replay had generated rows in every table (and the seed files): `--data`, or `data` in the config. */
  data?: true;
  schema: unknown;
  diff?: SchemaDiff;
  findings: Finding[];
}

/** The SQLite build a replay ran on (see the engine adapters). */
export interface ReportEngine {
  name: "native" | "wasm";
  sqlite: string;
}

export interface ReplayReport {
  version: 1;
  ok: boolean;
  /** Absent only in reports written before lockstep named its engine. */
  engine?: ReportEngine;
  databases: DatabaseReport[];
}

/** A finding that counts: not known, not on the base already. */
export function isNew(f: Finding): boolean {
  return f.status === undefined;
}

/** Whether a run passes: no new error-level finding (known and existing ones are reported apart). */
export function reportOk(databases: readonly DatabaseReport[]): boolean {
  return databases.every((d) => d.findings.every((f) => f.severity !== "error" || !isNew(f)));
}

/** Acknowledged by its migration's own `lockstep:allow` comment on this branch: shown with its reason, not counted. */
export function isAllowed(f: Finding): boolean {
  return f.status === "allowed";
}

/** The findings set aside as known or existing, which the counts below leave out. */
export function countSetAside(report: ReplayReport): number {
  return report.databases.reduce(
    (n, d) => n + d.findings.filter((f) => !isNew(f) && !isAllowed(f)).length,
    0,
  );
}

/** The findings the migrations acknowledge in their files. */
export function countAllowed(report: ReplayReport): number {
  return report.databases.reduce((n, d) => n + d.findings.filter(isAllowed).length, 0);
}

/** Errors and warnings among the new findings: what the verdict and the exit code are about. */
export function countFindings(report: ReplayReport): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const db of report.databases) {
    for (const f of db.findings) {
      if (!isNew(f)) continue;
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
