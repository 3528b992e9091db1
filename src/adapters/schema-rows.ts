import { objectKey, type SchemaRow } from "../core/schema/index.js";
import type { LayeredMap } from "../core/schema/layered-map.js";
import { foldCase } from "../core/sql/tokenize.js";

export const rowKey = (r: SchemaRow) => `${r.type}\0${r.name}\0${r.tbl_name}\0${r.sql}`;

/** Internal rows (autoindexes, sqlite_sequence) are in the copy but never in the model. */
export function listed(r: SchemaRow): boolean {
  return r.sql !== null && r.name.slice(0, 7).toLowerCase() !== "sqlite_";
}

/** A sqlite_schema row as the model keeps it, with its rowid when known (ALTER reads look rows up by it). */
export type Row = SchemaRow & { rid?: number };

export function row({ type, name, tbl_name, sql, rid }: Row): Row {
  return { type, name, tbl_name, sql, rid };
}

/** A row as the reader's copy of sqlite_schema keeps it: names folded once, for DROP reads to match. */
export interface CopiedRow extends SchemaRow {
  rid: number;
  folded: string;
  foldedTable: string;
  /** The SQL folded, once a RENAME needed to search it. */
  foldedSql?: string;
  /** When the row was copied: a rows map gets its rows in this order (see rowsNamed). */
  seq: number;
}

let copies = 0;

export function copied({ rid, type, name, tbl_name, sql }: SchemaRow & { rid: number }): CopiedRow {
  return {
    rid,
    type,
    name,
    tbl_name,
    sql,
    folded: foldCase(name),
    foldedTable: foldCase(tbl_name),
    seq: copies++,
  };
}

/** Per rows map: folded name and folded table name -> the rowids of the rows that have it. */
const byName = new WeakMap<ReadonlyMap<number, CopiedRow>, Map<string, Set<number>>>();

function indexRow(index: Map<string, Set<number>>, r: CopiedRow): void {
  for (const name of [r.folded, r.foldedTable]) {
    const rids = index.get(name);
    if (rids) rids.add(r.rid);
    else index.set(name, new Set([r.rid]));
  }
}

/**
 * The rows whose folded name or folded table name is one of `names`, in the map's order: what a walk over
 * every row that keeps those finds, without the walk (a replay asks after every DROP and table rebuild).
 * The map's rows are copied ones, set in the order they were copied, so their copy order is the map's.
 */
export function rowsNamed(rows: ReadonlyMap<number, CopiedRow>, names: ReadonlySet<string>): CopiedRow[] {
  let index = byName.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows.values()) indexRow(index, r);
    byName.set(rows, index);
  }
  const found = new Map<number, CopiedRow>();
  for (const name of names)
    for (const rid of index.get(name) ?? []) {
      const r = rows.get(rid);
      if (r && (names.has(r.folded) || names.has(r.foldedTable))) found.set(rid, r);
    }
  return [...found.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * `rows` is changed in place: its index, if it has one, follows. A row set over another goes last, as the
 * newest copy, so that the map's order stays its rows' copy order (the reader removes a rewritten row first).
 */
export function setRow(rows: Map<number, CopiedRow>, r: CopiedRow): void {
  if (rows.has(r.rid)) deleteRow(rows, r.rid);
  const index = byName.get(rows);
  if (index) indexRow(index, r);
  rows.set(r.rid, r);
}

export function deleteRow(rows: Map<number, CopiedRow>, rid: number): void {
  const index = byName.get(rows);
  const old = rows.get(rid);
  if (index && old) unindexRow(index, old);
  rows.delete(rid);
}

function unindexRow(index: Map<string, Set<number>>, r: CopiedRow): void {
  for (const name of [r.folded, r.foldedTable]) index.get(name)?.delete(r.rid);
}

export function isVirtual(r: SchemaRow): boolean {
  return r.type === "table" && /^\s*create\s+virtual\b/i.test(r.sql);
}

export function sameRow(a: SchemaRow | undefined, b: SchemaRow): boolean {
  return a !== undefined && rowKey(a) === rowKey(b);
}

/** The keys an object made from this row can have (a table row is a table or a virtual table). */
export function keysOfRow(r: SchemaRow): string[] {
  if (r.type === "table")
    return [objectKey({ kind: "table", name: r.name }), objectKey({ kind: "virtual", name: r.name })];
  if (r.type === "index" || r.type === "view" || r.type === "trigger")
    return [objectKey({ kind: r.type, name: r.name })];
  return [];
}

export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** Changes to a LayeredMap collected during one read, applied at the end. */
export class Pending<V> implements Lookup<V> {
  private readonly changes = new Map<string, V | undefined>();

  constructor(private readonly base: LayeredMap<V>) {}

  get(key: string): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    this.changes.set(key, value);
  }

  delete(key: string): void {
    this.changes.set(key, undefined);
  }

  done(): LayeredMap<V> {
    return this.base.with(this.changes);
  }
}
