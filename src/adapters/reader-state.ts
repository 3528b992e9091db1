import { objectKey, type Schema, type SchemaObject, type SchemaRow, schemaOf } from "../core/schema/index.js";
import { LayeredMap } from "../core/schema/layered-map.js";
import { foldCase } from "../core/sql/tokenize.js";
import type { ObjectModeller } from "./object-modeller.js";
import {
  type CopiedRow,
  deleteRow,
  isVirtual,
  keysOfRow,
  listed,
  Pending,
  type Row,
  row,
  rowKey,
  rowsNamed,
  setRow,
} from "./schema-rows.js";

/** One known state: the objects and the rows they came from (immutable: snapshots share what is unchanged). */
export interface State {
  objects: LayeredMap<SchemaObject>;
  /** object key -> its row, to find an index's table and a table's rowid. Kept like `rows`. */
  sources: Map<string, Row>;
  schema: Schema;
  /**
   * Every sqlite_schema row by rowid, internal ones included: what a hinted read compares with in JS. Not a
   * snapshot: the reader updates it in place for the next state unless the state is kept (in history).
   */
  rows: Map<number, CopiedRow>;
  /** The largest rowid: SQLite gives a new sqlite_schema row a larger one. */
  maxRid: number;
}

/** What one read found: rows that are new or rewritten (`added`), and rows that are gone or were rewritten. */
export interface RowChanges {
  added: CopiedRow[];
  removed: CopiedRow[];
}

export function emptyState(): State {
  const objects = LayeredMap.of<SchemaObject>();
  return {
    objects,
    sources: new Map(),
    schema: schemaOf(objects),
    rows: new Map(),
    maxRid: 0,
  };
}

/** A rewritten row is in both lists under one rowid: removing first lets its new version stay. */
function nextRows(
  base: State,
  { added, removed }: RowChanges,
  inPlace: boolean,
): Pick<State, "rows" | "maxRid"> {
  if (added.length === 0 && removed.length === 0) return { rows: base.rows, maxRid: base.maxRid };
  const rows = inPlace ? base.rows : new Map(base.rows);
  let maxRid = base.maxRid;
  let lostMax = false;
  for (const r of removed) {
    deleteRow(rows, r.rid);
    if (r.rid === maxRid) lostMax = true;
  }
  for (const r of added) {
    setRow(rows, r);
    if (r.rid >= maxRid) {
      maxRid = r.rid;
      lostMax = false;
    }
  }
  if (lostMax) {
    maxRid = 0;
    for (const rid of rows.keys()) if (rid > maxRid) maxRid = rid;
  }
  return { rows, maxRid };
}

/**
 * The state after `changes`: rows left out of the model (internal, shadow, tracking) are only copied.
 * `inPlace`: nothing else keeps `base`, so its rows and sources can become the new state's.
 */
export function applyChanges(
  modeller: ObjectModeller,
  base: State,
  changes: RowChanges,
  inPlace: boolean,
): State {
  const added = changes.added.filter(listed).map(row);
  const removed = changes.removed.filter(listed).map(row);
  const rows = nextRows(base, changes, inPlace);
  return { ...applyModel(modeller, base, rows.rows, added, removed, inPlace), ...rows };
}

const rank = (r: SchemaRow) => (isVirtual(r) ? 0 : r.type === "table" ? 1 : 2);
const byRank = (a: SchemaRow, b: SchemaRow) => rank(a) - rank(b);

/** The objects after some rows went and others came. */
export function applyModel(
  modeller: ObjectModeller,
  base: State,
  rows: ReadonlyMap<number, CopiedRow>,
  added: SchemaRow[],
  removed: SchemaRow[],
  inPlace: boolean,
): Pick<State, "objects" | "sources" | "schema"> {
  const objects = new Pending(base.objects);
  const sources = inPlace ? base.sources : new Map(base.sources);
  const gone = new Set<string>();
  for (const r of removed) {
    for (const key of keysOfRow(r)) {
      const source = sources.get(key);
      if (source && rowKey(source) === rowKey(r)) {
        objects.delete(key);
        sources.delete(key);
        gone.add(key);
      }
    }
  }
  // Virtual tables first (their shadow tables are recognised by name), then tables (an index is modelled
  // with its table's current definition).
  const ordered = added.length > 1 ? [...added].sort(byRank) : added;
  const redefined = new Set<string>();
  for (const r of ordered) {
    const obj = modeller.model(r, objects, sources);
    if (!obj) continue;
    const key = objectKey(obj);
    const existed = gone.has(key) || sources.has(key);
    if (obj.kind === "table" && existed) redefined.add(foldCase(obj.name));
    objects.set(key, obj);
    sources.set(key, r);
  }
  // An index's effective collation comes from its table's columns: re-model the indexes of a table that
  // existed before with another definition (a new table's indexes are new rows, modelled above).
  if (redefined.size > 0) {
    for (const r of rowsNamed(rows, redefined)) {
      if (r.type !== "index" || !redefined.has(r.foldedTable)) continue;
      const key = objectKey({ kind: "index", name: r.name });
      const source = sources.get(key);
      if (!source || !objects.has(key)) continue;
      const again = modeller.model(source, objects, sources);
      if (again) objects.set(key, again);
    }
  }
  const next = objects.done();
  return { objects: next, sources, schema: schemaOf(next) };
}
