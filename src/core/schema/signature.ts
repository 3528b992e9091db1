import { foldCase } from "../sql/tokenize.js";
import type { Column, ForeignKey, SchemaObject } from "./model.js";

/** A column as compared: name case-folded, primary-key position left to the table's primary key. */
export function columnSignature(c: Column): string {
  const { name, pk: _pk, ...rest } = c;
  return JSON.stringify({ name: foldCase(name), ...rest });
}

/** A foreign key as compared: the referenced table's name case-folded (it is kept as written for messages). */
export function foreignKeySignature(fk: ForeignKey): string {
  return JSON.stringify({ ...fk, table: foldCase(fk.table) });
}

const memo = new WeakMap<SchemaObject, string>();

/** Equal signatures mean equal meaning; memoised because the reader reuses object instances. */
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
