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
  migrations: MigrationReport[];
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

export function countFindings(report: ReplayReport): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const db of report.databases) {
    for (const f of db.findings) {
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
