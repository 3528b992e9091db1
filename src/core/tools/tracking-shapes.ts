import type { MigrationSet } from "../migration.js";
import type { Cell, TrackedRow } from "./tool.js";
import { text, truthy } from "./tracked-rows.js";

// Tracking tables that are not one row per applied migration: the reader turns them into that shape.

/** goose: a row per up or down, newest first; the newest row of a version says whether it is applied. */
export function latestPerVersion(rows: Cell[][]): TrackedRow[] {
  const seen = new Set<string>();
  const out: TrackedRow[] = [];
  for (const row of rows) {
    const key = text(row[0]);
    if (seen.has(key)) continue;
    seen.add(key);
    // Version 0 is the row goose writes when it creates the table, not a migration.
    if (key !== "0" && truthy(row[1])) out.push({ key });
  }
  return out.reverse();
}

/** golang-migrate: one row, the newest applied version; every migration up to it is applied. */
export function atVersion(rows: Cell[][], set: MigrationSet): TrackedRow[] {
  const row = rows[0];
  if (!row) return [];
  const key = text(row[0]);
  if (!/^\d+$/.test(key)) return []; // -1: nothing applied (only ever written with dirty set)
  const at = BigInt(key);
  const failed = truthy(row[1]) ? "dirty = true" : undefined;
  const out: TrackedRow[] = [];
  for (const m of set.migrations)
    if (/^\d+$/.test(m.version) && BigInt(m.version) < at) out.push({ key: String(BigInt(m.version)) });
  out.push({ key: String(at), failed });
  return out;
}

/** Flyway's version as it compares them: `1_1` is `1.1`, leading zeros and trailing `.0` parts do not count. */
export function flywayVersion(version: string): string {
  const parts = version
    .replace(/_/g, ".")
    .split(".")
    .map((p) => p.replace(/^0+(?=\d)/, ""));
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}

/**
 * Flyway: a row per script run, in installed_rank order; a baseline row stands for every version up to it,
 * an undo or a deletion (`repair`) takes its version back out.
 */
export function flywayRows(rows: Cell[][], set: MigrationSet): TrackedRow[] {
  const byKey = new Map<string, TrackedRow>();
  for (const row of rows) {
    const key = flywayVersion(text(row[0]));
    const type = text(row[3]).toUpperCase();
    if (type.startsWith("UNDO") || type === "DELETE") {
      byKey.delete(key);
      continue;
    }
    if (type === "SCHEMA") continue;
    if (type === "BASELINE") {
      for (const m of set.migrations)
        if (compareFlyway(flywayVersion(m.version), key) <= 0)
          byKey.set(flywayVersion(m.version), { key: flywayVersion(m.version) });
      continue;
    }
    byKey.set(key, {
      key,
      checksum: row[1] === null || row[1] === undefined ? undefined : text(row[1]),
      failed: truthy(row[2]) ? undefined : "success = 0",
    });
  }
  return [...byKey.values()];
}

function compareFlyway(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = part(x[i]) - part(y[i]);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  return 0;
}

const part = (p: string | undefined) => (p && /^\d+$/.test(p) ? BigInt(p) : 0n);
