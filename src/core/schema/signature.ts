import { foldCase } from "../sql/tokenize.js";
import type { Column, ForeignKey, SchemaObject } from "./model.js";

const columns = new WeakMap<Column, string>();
const foreignKeys = new WeakMap<ForeignKey, string>();

/** A column as compared: name case-folded, primary-key position left to the table's primary key. */
export function columnSignature(c: Column): string {
  let sig = columns.get(c);
  if (sig === undefined) {
    const { name, pk: _pk, ...rest } = c;
    sig = JSON.stringify({ name: foldCase(name), ...rest });
    columns.set(c, sig);
  }
  return sig;
}

/** A foreign key as compared: the referenced table's name case-folded (it is kept as written for messages). */
export function foreignKeySignature(fk: ForeignKey): string {
  let sig = foreignKeys.get(fk);
  if (sig === undefined) {
    sig = JSON.stringify({ ...fk, table: foldCase(fk.table) });
    foreignKeys.set(fk, sig);
  }
  return sig;
}

const memo = new WeakMap<SchemaObject, string>();

/** Equal signatures mean equal meaning; all memoised because the reader reuses object instances. */
export function objectSignature(obj: SchemaObject): string {
  let sig = memo.get(obj);
  if (sig === undefined) {
    const folded =
      obj.kind === "table"
        ? {
            ...obj,
            name: foldCase(obj.name),
            columns: obj.columns.map(columnSignature),
            foreignKeys: obj.foreignKeys.map(foreignKeySignature),
          }
        : { ...obj, name: foldCase(obj.name) };
    sig = JSON.stringify(folded);
    memo.set(obj, sig);
  }
  return sig;
}

export function sameObject(a: SchemaObject, b: SchemaObject): boolean {
  return a === b || objectSignature(a) === objectSignature(b);
}
