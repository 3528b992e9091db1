import type { ColumnChange, SchemaDiff } from "./diff.js";
import { tableChangeCount } from "./diff.js";

export type Affinity = "INTEGER" | "TEXT" | "BLOB" | "REAL" | "NUMERIC";

/** SQLite's type affinity of a declared type, by its rules in order (datatype3.html, section 3.1). */
export function affinityOf(type: string): Affinity {
  const t = type.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}

/**
 * Only the declared type differs, with the same affinity: SQLite stores, compares and sorts the values
 * alike. Not so for a key column becoming or ceasing to be `INTEGER`: `INTEGER PRIMARY KEY` is the rowid.
 */
export function isDeclaredTypeOnly(change: ColumnChange): boolean {
  const { before: b, after: a } = change;
  if (affinityOf(b.type) !== affinityOf(a.type)) return false;
  if (b.pk > 0 && (b.type === "INTEGER") !== (a.type === "INTEGER")) return false;
  return JSON.stringify({ ...b, type: "", name: "" }) === JSON.stringify({ ...a, type: "", name: "" });
}

/** The affinities of a diff made only of same-affinity declared-type changes; undefined for any other diff. */
export function declaredTypeOnly(diff: SchemaDiff): Affinity[] | undefined {
  if (diff.added.length > 0 || diff.removed.length > 0 || diff.changed.length === 0) return undefined;
  const affinities = new Set<Affinity>();
  for (const change of diff.changed) {
    if (change.kind !== "table") return undefined;
    const columns = change.columns.changed;
    if (tableChangeCount(change) !== columns.length || !columns.every(isDeclaredTypeOnly)) return undefined;
    for (const c of columns) affinities.add(affinityOf(c.after.type));
  }
  return [...affinities];
}
