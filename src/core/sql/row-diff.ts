import { quoteIdent } from "./literal.js";

/** A table's rows as SQL literals by key (what the table-rows adapter reads). */
export interface KeyedRows {
  table: string;
  columns: string[];
  /** The declared primary key's columns, else `rowid`. */
  key: string[];
  rows: ReadonlyMap<string, { key: string[]; values: string[] }>;
}

export interface TableRowDiff {
  table: string;
  key: string[];
  added: number;
  removed: number;
  changed: number;
  /** Up to EXAMPLES keys of each kind, as `col=literal` lists. */
  examples: { added: string[]; removed: string[]; changed: string[] };
}

export interface RowDiff {
  tables: TableRowDiff[];
  /** DELETEs, then UPDATEs, then INSERTs that turn the first side's rows into the second's. */
  delete: string[];
  update: string[];
  insert: string[];
}

const EXAMPLES = 3;
const EXAMPLE_MAX = 40;

/** `rowid` stays a bare word (a quoted "rowid" names a column); every other key column is quoted. */
function keyColumn(name: string, key: string[]): string {
  return name === "rowid" && key.length === 1 ? "rowid" : quoteIdent(name);
}

/** IS rather than =, so a NULL in a key column still matches its row. */
function where(key: string[], literals: string[]): string {
  return key.map((k, i) => `${keyColumn(k, key)} IS ${literals[i]}`).join(" AND ");
}

function example(key: string[], literals: string[]): string {
  return key
    .map((k, i) => {
      const lit = literals[i] as string;
      return `${k}=${lit.length > EXAMPLE_MAX ? `${lit.slice(0, EXAMPLE_MAX)}…` : lit}`;
    })
    .join(", ");
}

/**
 * The rows of one table compared by key, as `sqldiff --primarykey` compares them: a key only in `to` is
 * added, only in `from` removed, in both with other values changed (only the differing columns are SET).
 * Both sides must have the same columns and key (the second side's table, after the schema statements).
 */
export function diffTableRows(
  from: KeyedRows,
  to: KeyedRows,
): { diff: TableRowDiff } & Omit<RowDiff, "tables"> {
  const t = quoteIdent(to.table);
  const key = to.key;
  const fromIndex = new Map(from.columns.map((c, i) => [c, i]));
  const out = { delete: [] as string[], update: [] as string[], insert: [] as string[] };
  const examples = { added: [] as string[], removed: [] as string[], changed: [] as string[] };
  const note = (list: string[], literals: string[]) => {
    if (list.length < EXAMPLES) list.push(example(key, literals));
  };
  // In the order the table was read (its key's, or its rowid's): the same for the same two files.
  const sorted = (m: KeyedRows["rows"]) => [...m.entries()];
  for (const [k, row] of sorted(from.rows)) {
    if (to.rows.has(k)) continue;
    out.delete.push(`DELETE FROM ${t} WHERE ${where(key, row.key)};`);
    note(examples.removed, row.key);
  }
  // A rowid table's rowid is written too, so the rows keep the keys they are compared by.
  const insertColumns = [...(key[0] === "rowid" && key.length === 1 ? ["rowid"] : []), ...to.columns];
  const columnList = insertColumns.map((c) => (c === "rowid" ? "rowid" : quoteIdent(c))).join(", ");
  for (const [k, row] of sorted(to.rows)) {
    const before = from.rows.get(k);
    if (!before) {
      const values = insertColumns.length > to.columns.length ? [...row.key, ...row.values] : row.values;
      out.insert.push(`INSERT INTO ${t} (${columnList}) VALUES (${values.join(", ")});`);
      note(examples.added, row.key);
      continue;
    }
    const sets = to.columns.flatMap((c, i) => {
      const j = fromIndex.get(c);
      const value = row.values[i] as string;
      return j !== undefined && before.values[j] === value ? [] : [`${quoteIdent(c)} = ${value}`];
    });
    if (sets.length === 0) continue;
    out.update.push(`UPDATE ${t} SET ${sets.join(", ")} WHERE ${where(key, row.key)};`);
    note(examples.changed, row.key);
  }
  const diff = {
    table: to.table,
    key,
    added: out.insert.length,
    removed: out.delete.length,
    changed: out.update.length,
    examples,
  };
  return { diff, ...out };
}

export function isEmptyRowDiff(diff: RowDiff): boolean {
  return diff.tables.every((t) => t.added + t.removed + t.changed === 0);
}

/** Per table with differences: `t: 2 added, 1 removed, 1 changed (e.g. id=3)`. */
export function summarizeRowDiff(diff: RowDiff): string[] {
  return diff.tables
    .filter((t) => t.added + t.removed + t.changed > 0)
    .map((t) => {
      const parts = [
        [t.added, "added", t.examples.added],
        [t.removed, "removed", t.examples.removed],
        [t.changed, "changed", t.examples.changed],
      ] as const;
      const counts = parts.map(([n, word]) => `${n} ${word}`).join(", ");
      const eg = parts
        .filter(([n]) => n > 0)
        .map(([n, word, list]) => `${word}: ${list.join("; ")}${n > list.length ? "; …" : ""}`)
        .join(" | ");
      return `${t.table}: ${counts} (${eg})`;
    });
}
