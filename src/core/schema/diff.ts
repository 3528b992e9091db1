import { foldCase } from "../sql/tokenize.js";
import { LayeredMap } from "./layered-map.js";
import type {
  Check,
  Column,
  ForeignKey,
  IndexObject,
  IndexTerm,
  Schema,
  SchemaObject,
  TableObject,
  TriggerObject,
  ViewObject,
  VirtualTableObject,
} from "./model.js";
import { columnSignature, foreignKeySignature, sameObject } from "./signature.js";

export interface ColumnChange {
  name: string;
  before: Column;
  after: Column;
}

export interface ListChange<T> {
  added: T[];
  removed: T[];
}

export type TableOption = "without rowid" | "strict" | "autoincrement";

/** A table present on both sides with another definition. */
export interface TableChange {
  kind: "table";
  name: string;
  /** True when the only difference is the order of otherwise identical columns. */
  columnOrderOnly: boolean;
  columns: { added: Column[]; removed: Column[]; changed: ColumnChange[] };
  /** Column names in order on each side, when the shared columns are ordered differently. */
  columnOrder: { before: string[]; after: string[] } | null;
  primaryKey: { before: IndexTerm[]; after: IndexTerm[] } | null;
  uniques: ListChange<IndexTerm[]>;
  checks: ListChange<Check>;
  foreignKeys: ListChange<ForeignKey>;
  conflicts: ListChange<string>;
  options: { option: TableOption; before: boolean; after: boolean }[];
  /** Both definitions whole, for a DDL diff of the table. */
  before: TableObject;
  after: TableObject;
}

/** An index, view, trigger or virtual table present on both sides with another definition. */
export type DefinitionChange =
  | { kind: "index"; name: string; before: IndexObject; after: IndexObject }
  | { kind: "view"; name: string; before: ViewObject; after: ViewObject }
  | { kind: "trigger"; name: string; before: TriggerObject; after: TriggerObject }
  | { kind: "virtual"; name: string; before: VirtualTableObject; after: VirtualTableObject };

export type ObjectChange = TableChange | DefinitionChange;

/** Plain JSON: what `to` has that `from` has not, what it lacks, and what differs. */
export interface SchemaDiff {
  added: SchemaObject[];
  removed: SchemaObject[];
  changed: ObjectChange[];
}

function listChange<T>(
  before: T[],
  after: T[],
  key: (x: T) => string = (x) => JSON.stringify(x),
): ListChange<T> {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { added: after.filter((x) => !b.has(key(x))), removed: before.filter((x) => !a.has(key(x))) };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffTable(before: TableObject, after: TableObject): TableChange {
  const beforeCols = new Map(before.columns.map((c) => [foldCase(c.name), c]));
  const afterCols = new Map(after.columns.map((c) => [foldCase(c.name), c]));
  const changed: ColumnChange[] = [];
  for (const [key, b] of beforeCols) {
    const a = afterCols.get(key);
    if (a && columnSignature(a) !== columnSignature(b)) changed.push({ name: a.name, before: b, after: a });
  }
  const shared = (cols: Column[], other: Map<string, Column>) =>
    cols.map((c) => foldCase(c.name)).filter((k) => other.has(k));
  const reordered = !sameJson(shared(before.columns, afterCols), shared(after.columns, beforeCols));
  const options: TableChange["options"] = [];
  const option = (name: TableOption, b: boolean, a: boolean) => {
    if (b !== a) options.push({ option: name, before: b, after: a });
  };
  option("without rowid", before.withoutRowid, after.withoutRowid);
  option("strict", before.strict, after.strict);
  option("autoincrement", before.autoincrement, after.autoincrement);
  const change: TableChange = {
    kind: "table",
    name: after.name,
    columnOrderOnly: false,
    columns: {
      added: after.columns.filter((c) => !beforeCols.has(foldCase(c.name))),
      removed: before.columns.filter((c) => !afterCols.has(foldCase(c.name))),
      changed,
    },
    columnOrder: reordered
      ? { before: before.columns.map((c) => c.name), after: after.columns.map((c) => c.name) }
      : null,
    primaryKey: sameJson(before.primaryKey, after.primaryKey)
      ? null
      : { before: before.primaryKey, after: after.primaryKey },
    uniques: listChange(before.uniques, after.uniques),
    checks: listChange(before.checks, after.checks),
    foreignKeys: listChange(before.foreignKeys, after.foreignKeys, foreignKeySignature),
    conflicts: listChange(before.conflicts, after.conflicts),
    options,
    before,
    after,
  };
  change.columnOrderOnly = reordered && tableChangeCount(change) === 1;
  return change;
}

/** How many distinct differences a table change holds (the column order counts as one). */
export function tableChangeCount(c: TableChange): number {
  const lists = [c.uniques, c.checks, c.foreignKeys, c.conflicts];
  return (
    c.columns.added.length +
    c.columns.removed.length +
    c.columns.changed.length +
    (c.columnOrder ? 1 : 0) +
    (c.primaryKey ? 1 : 0) +
    lists.reduce((n, l) => n + l.added.length + l.removed.length, 0) +
    c.options.length
  );
}

function diffObject(before: SchemaObject, after: SchemaObject): ObjectChange {
  if (before.kind === "table" && after.kind === "table") return diffTable(before, after);
  return { kind: after.kind, name: after.name, before, after } as DefinitionChange;
}

const KIND_ORDER = ["table", "virtual", "view", "index", "trigger"];

function byKindAndName(a: { kind: string; name: string }, b: { kind: string; name: string }): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    foldCase(a.name).localeCompare(foldCase(b.name))
  );
}

/** Compares two schemas by meaning. `from` is the reference (expected), `to` the one examined (actual). */
export function diffSchemas(from: Schema, to: Schema): SchemaDiff {
  const diff: SchemaDiff = { added: [], removed: [], changed: [] };
  if (from.objects === to.objects) return diff;
  // Snapshots of one replay share most of their objects: only the keys either changed can differ.
  const candidates = LayeredMap.changedKeys(from.objects, to.objects);
  const before = candidates ? [...candidates].map((k) => [k, from.objects.get(k)] as const) : from.objects;
  for (const [key, b] of before) {
    if (!b) continue;
    const a = to.objects.get(key);
    if (!a) diff.removed.push(b);
    else if (!sameObject(b, a)) {
      const change = diffObject(b, a);
      if (change.kind !== "table" || tableChangeCount(change) > 0) diff.changed.push(change);
    }
  }
  const after = candidates ? [...candidates].map((k) => [k, to.objects.get(k)] as const) : to.objects;
  for (const [key, a] of after) if (a && !from.objects.has(key)) diff.added.push(a);
  diff.added.sort(byKindAndName);
  diff.removed.sort(byKindAndName);
  diff.changed.sort(byKindAndName);
  return diff;
}

export function isEmptyDiff(diff: SchemaDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** Non-empty, and every change is a table whose columns are only in another order. */
export function isColumnOrderOnly(diff: SchemaDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length > 0 &&
    diff.changed.every((c) => c.kind === "table" && c.columnOrderOnly)
  );
}

function tableOf(obj: SchemaObject): string {
  return obj.kind === "index" || obj.kind === "trigger" ? obj.table : foldCase(obj.name);
}

/** Tables (and views, virtual tables) the diff touches, folded and sorted: for overlap detection. */
export function changedTables(diff: SchemaDiff): string[] {
  const names = new Set<string>();
  for (const obj of [...diff.added, ...diff.removed]) names.add(tableOf(obj));
  for (const c of diff.changed) names.add(c.kind === "table" ? foldCase(c.name) : tableOf(c.after));
  return [...names].sort();
}
