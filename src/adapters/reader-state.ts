import { objectKey, type Schema, type SchemaObject, type SchemaRow, schemaOf } from "../core/schema/index.js";
import { LayeredMap } from "../core/schema/layered-map.js";
import { foldCase } from "../core/sql/tokenize.js";
import type { ObjectModeller } from "./object-modeller.js";
import {
  type CopiedRow,
  isVirtual,
  keysOfRow,
  listed,
  Pending,
  type Row,
  row,
  rowKey,
} from "./schema-rows.js";

/** One known state: the objects and the rows they came from (immutable: snapshots share what is unchanged). */
export interface State {
  objects: LayeredMap<SchemaObject>;
  /** object key -> its row, to re-model indexes when their table changes and to find a table's rowid. */
  sources: LayeredMap<Row>;
  schema: Schema;
  /** Every sqlite_schema row by rowid, internal ones included: what a hinted read compares with in JS. */
  rows: LayeredMap<CopiedRow>;
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
    sources: LayeredMap.of<Row>(),
    schema: schemaOf(objects),
    rows: LayeredMap.of<CopiedRow>(),
    maxRid: 0,
  };
}

/** A rewritten row is in both lists under one rowid: removing first lets its new version stay. */
function nextRows(
  base: State,
  { added, removed }: RowChanges,
): { rows: LayeredMap<CopiedRow>; maxRid: number } {
  const changes = new Map<string, CopiedRow | undefined>();
  let maxRid = base.maxRid;
  let lostMax = false;
  for (const r of removed) {
    changes.set(String(r.rid), undefined);
    if (r.rid === maxRid) lostMax = true;
  }
  for (const r of added) {
    changes.set(String(r.rid), r);
    if (r.rid >= maxRid) {
      maxRid = r.rid;
      lostMax = false;
    }
  }
  const rows = base.rows.with(changes);
  if (lostMax) {
    maxRid = 0;
    rows.forEach((r) => {
      if (r.rid > maxRid) maxRid = r.rid;
    });
  }
  return { rows, maxRid };
}

/** The state after `changes`: rows left out of the model (internal, shadow, tracking) are only copied. */
export function applyChanges(modeller: ObjectModeller, base: State, changes: RowChanges): State {
  const added = changes.added.filter(listed).map(row);
  const removed = changes.removed.filter(listed).map(row);
  return { ...applyModel(modeller, base, added, removed), ...nextRows(base, changes) };
}

/** The objects after some rows went and others came. */
export function applyModel(
  modeller: ObjectModeller,
  base: State,
  added: SchemaRow[],
  removed: SchemaRow[],
): Pick<State, "objects" | "sources" | "schema"> {
  const objects = new Pending(base.objects);
  const sources = new Pending(base.sources);
  for (const r of removed) {
    for (const key of keysOfRow(r)) {
      const source = sources.get(key);
      if (source && rowKey(source) === rowKey(r)) {
        objects.delete(key);
        sources.delete(key);
      }
    }
  }
  // Virtual tables first (their shadow tables are recognised by name), then tables (an index is modelled
  // with its table's current definition).
  const rank = (r: SchemaRow) => (isVirtual(r) ? 0 : r.type === "table" ? 1 : 2);
  const ordered = [...added].sort((a, b) => rank(a) - rank(b));
  const redefined = new Set<string>();
  for (const r of ordered) {
    const obj = modeller.model(r, objects, sources);
    if (!obj) continue;
    const key = objectKey(obj);
    if (obj.kind === "table" && base.sources.has(key)) redefined.add(foldCase(obj.name));
    objects.set(key, obj);
    sources.set(key, r);
  }
  // An index's effective collation comes from its table's columns: re-model the indexes of a table that
  // existed before with another definition (a new table's indexes are new rows, modelled above).
  if (redefined.size > 0) {
    base.objects.forEach((obj, key) => {
      if (obj.kind !== "index" || !redefined.has(obj.table)) return;
      const source = sources.get(key);
      if (!source || !objects.has(key)) return;
      const again = modeller.model(source, objects, sources);
      if (again) objects.set(key, again);
    });
  }
  const next = objects.done();
  return { objects: next, sources: sources.done(), schema: schemaOf(next) };
}
