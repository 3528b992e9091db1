import type { TableObject } from "../core/schema/index.js";
import { quoteIdent, sqlLiteral } from "../core/sql/literal.js";
import type { SqlDatabase } from "./sqlite/engine.js";

/** A table's rows as SQL literals, keyed as `sqldiff --primarykey` keys them. */
export interface TableRows {
  table: string;
  /** The stored columns, in order (generated ones are left out: they follow from the others). */
  columns: string[];
  /** The key's columns: the declared primary key, else `rowid`. */
  key: string[];
  /** By the key's literals joined: each row's key literals and column literals. */
  rows: Map<string, { key: string[]; values: string[] }>;
}

/** The columns whose values are stored, and the key `sqldiff --primarykey` compares rows by. */
export function keyOf(table: TableObject): { columns: string[]; key: string[] } {
  const columns = table.columns.filter((c) => !c.generated && !c.hidden).map((c) => c.name);
  const pk = [...table.columns].filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return { columns, key: pk.length > 0 ? pk.map((c) => c.name) : ["rowid"] };
}

/** Every row of the table; each value with typeof(), since both engines give 2 and 2.0 as one number. */
export function readTableRows(db: SqlDatabase, table: TableObject): TableRows {
  const { columns, key } = keyOf(table);
  const read = [...key, ...columns];
  const select = read.map((c) => (c === "rowid" && key[0] === "rowid" ? "rowid" : quoteIdent(c)));
  const stmt = db.prepare(
    `SELECT ${select.map((c) => `${c}, typeof(${c}) = 'real'`).join(", ")} FROM main.${quoteIdent(table.name)}`,
  );
  const rows = new Map<string, { key: string[]; values: string[] }>();
  try {
    for (const raw of stmt.rows()) {
      const literals = read.map((_, i) => sqlLiteral(raw[2 * i] ?? null, Number(raw[2 * i + 1]) === 1));
      const keyLiterals = literals.slice(0, key.length);
      rows.set(keyLiterals.join(","), { key: keyLiterals, values: literals.slice(key.length) });
    }
  } finally {
    stmt.finalize();
  }
  return { table: table.name, columns, key, rows };
}

/** Each table's rows as sorted literal lists, by folded table name: what "changed nothing" compares. */
export function rowContents(db: SqlDatabase, tables: readonly TableObject[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    const { rows } = readTableRows(db, table);
    out.set(table.name.toLowerCase(), [...rows.values()].map((r) => r.values.join(",")).sort());
  }
  return out;
}
