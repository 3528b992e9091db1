import { affinityOf } from "../schema/affinity.js";
import type { Column, ForeignKey, IndexObject, Schema, TableObject } from "../schema/model.js";
import { quoteIdent, sqlLiteral } from "../sql/literal.js";
import { foldCase } from "../sql/tokenize.js";
import { fillCandidates, objectsLedTo, shadowTest, uniqueIndexTable } from "./fill-order.js";

/** How many rows each user table holds before a migration's up. */
export const ROWS_PER_TABLE = 3;

/** A SQL literal as text (`'a'`, `3`, `NULL`, `x'01'`): the generator never runs SQL itself. */
export type Literal = string;

/** The key values of existing rows of a parent, as literals, in the order a foreign key lists its columns. */
export type ParentRows = (fk: ForeignKey) => Literal[][];

export interface RowCandidate {
  /** Folded names of the columns given, in order; the others take their defaults. */
  columns: string[];
  values: Literal[];
}

/**
 * The user's tables, parents before the children that reference them (cycles broken where they close).
 * `wanted` (folded names, closed under foreign-key parents): only their order is needed, and only the tables
 * that can come before one of them are ordered (see fillCandidates); the wanted ones keep the order the whole
 * schema gives them.
 */
export function fillOrder(schema: Schema, wanted?: ReadonlySet<string>): TableObject[] {
  const tables = new Map<string, TableObject>();
  const shadow = shadowTest(schema);
  const candidates = wanted ? fillCandidates(schema, wanted, shadow) : schema.objects.values();
  for (const obj of candidates) {
    if (obj.kind !== "table" || shadow(obj)) continue;
    tables.set(foldCase(obj.name), obj);
  }
  const order: TableObject[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string): void => {
    const table = tables.get(name);
    if (!table || state.has(name)) return;
    state.set(name, "visiting");
    for (const fk of table.foreignKeys) if (fk.table !== name) visit(fk.table);
    state.set(name, "done");
    order.push(table);
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  return order;
}

/** Columns that must differ from row to row: in the primary key, a UNIQUE constraint or a unique index. */
export function uniqueColumns(table: TableObject, indexes: readonly IndexObject[]): Set<string> {
  const out = new Set<string>();
  const terms = [table.primaryKey, ...table.uniques, ...indexes.filter((i) => i.unique).map((i) => i.terms)];
  for (const list of terms) for (const term of list) if (term.column) out.add(term.column);
  return out;
}

/** The unique indexes on each table of a schema (or on the `tables` named, folded), by folded table name. */
export function uniqueIndexes(schema: Schema, tables?: ReadonlySet<string>): Map<string, IndexObject[]> {
  const out = new Map<string, IndexObject[]>();
  for (const obj of tables ? objectsLedTo(schema, uniqueIndexTable, tables) : schema.objects.values()) {
    if (obj.kind !== "index" || !obj.unique) continue;
    const list = out.get(obj.table) ?? [];
    list.push(obj);
    out.set(obj.table, list);
  }
  return out;
}

/** `INTEGER PRIMARY KEY` of a rowid table is the rowid: SQLite numbers it when it is left out. */
export function isRowidAlias(table: TableObject, column: Column): boolean {
  return !table.withoutRowid && table.primaryKey.length === 1 && column.pk === 1 && column.type === "INTEGER";
}

/**
 * The candidates for row `index` (0-based) of `table`, best first; the caller inserts the first SQLite
 * accepts and discards the others (CHECK constraints are tried, not solved). The first candidate is shaped
 * like real data: row 1 repeats row 0 in columns nothing declares unique, and row 2 leaves nullable columns
 * NULL, so an up that a real database's duplicates or NULLs would break fails here too.
 */
export function rowCandidates(
  table: TableObject,
  index: number,
  unique: ReadonlySet<string>,
  parents: ParentRows,
  seed: number,
): RowCandidate[] {
  const columns = table.columns.filter((c) => !c.generated && !c.hidden && !isRowidAlias(table, c));
  const byFk = new Map<string, Literal>();
  let unsatisfiable = false;
  for (const fk of table.foreignKeys) {
    const rows = parents(fk);
    const row = rows.length > 0 ? rows[index % rows.length] : undefined;
    fk.columns.forEach((col, i) => {
      const value = row?.[i];
      if (value !== undefined) byFk.set(col, value);
      else {
        const column = table.columns.find((c) => foldCase(c.name) === col);
        byFk.set(col, "NULL");
        if (column?.notNull) unsatisfiable = true;
      }
    });
  }
  if (unsatisfiable && table.foreignKeys.length > 0) {
    // A NOT NULL reference with no parent row yet: SQLite refuses it, so nothing is tried.
    const selfOnly = table.foreignKeys.every((fk) => fk.table === foldCase(table.name));
    if (!selfOnly) return [];
  }
  const literals = checkLiterals(table);
  const variant = (shape: "real" | "plain" | number): RowCandidate => {
    const names: string[] = [];
    const values: Literal[] = [];
    for (const column of columns) {
      const name = foldCase(column.name);
      const isUnique = unique.has(name);
      let value: Literal;
      if (byFk.has(name)) value = byFk.get(name) as Literal;
      else if (typeof shape === "number" && literals.length > 0 && mentions(table, name))
        value = literals[(shape + index) % literals.length] as Literal;
      else if (shape === "real" && !isUnique && !column.notNull && index === 2 && column.pk === 0)
        value = "NULL";
      else if (shape === "real" && !isUnique && column.pk === 0)
        value = valueFor(column, Math.min(index, 1), seed, table.name);
      else value = valueFor(column, index, seed, table.name);
      names.push(name);
      values.push(value);
    }
    return { columns: names, values };
  };
  const out = [variant("real"), variant("plain")];
  for (let i = 0; i < Math.min(literals.length, 6); i++) out.push(variant(i));
  return out;
}

/** An INSERT of one candidate row. */
export function insertSql(table: TableObject, row: RowCandidate): string {
  if (row.columns.length === 0) return `INSERT INTO ${quoteIdent(table.name)} DEFAULT VALUES`;
  return `INSERT INTO ${quoteIdent(table.name)} (${row.columns.map(quoteIdent).join(", ")}) VALUES (${row.values.join(", ")})`;
}

/** A value of the column's declared type for row `n`, distinct for each n; its name hints at the shape. */
export function valueFor(column: Column, n: number, seed: number, table = ""): Literal {
  const type = column.type;
  const name = foldCase(column.name);
  const k = n + 1;
  const base = (seed % 1000) * 10;
  if (/BOOL/.test(type)) return String(n % 2);
  if (/DATE|TIME/.test(type) || /_at$|_on$|date|time/.test(name))
    return affinityOf(type) === "INTEGER" || affinityOf(type) === "REAL"
      ? String(1_704_067_200 + base * 86_400 + k * 86_400)
      : sqlLiteral(`2024-01-${String(k).padStart(2, "0")} 10:00:00`);
  if (/JSON/.test(type) || JSON_NAMES.test(name)) return sqlLiteral(`{"n":${base + k}}`);
  if (/UUID/.test(type) || /uuid/.test(name))
    return sqlLiteral(`00000000-0000-4000-8000-${String(base + k).padStart(12, "0")}`);
  switch (affinityOf(type)) {
    case "INTEGER":
      return String(base + k);
    case "REAL":
      return `${base + k}.5`;
    case "NUMERIC":
      return String(base + k);
    default:
      if (type.includes("BLOB")) return `x'${(base + k).toString(16).padStart(4, "0")}'`;
      if (name.includes("email")) return sqlLiteral(`user${base + k}@example.com`);
      // The table in the text: ids of two tables never collide, as real keys (uuids, cuids) do not.
      return sqlLiteral(`${table ? `${table}.` : ""}${column.name} ${base + k}`);
  }
}

/** Text columns that hold JSON by their name (json_extract over them must parse). */
const JSON_NAMES =
  /^(?:data|json|metadata|meta|payload|settings|config|attributes|properties|extra|options)$|_json$/;

/** String and number literals of the table's CHECK constraints: `status IN ('a','b')` is met by trying them. */
function checkLiterals(table: TableObject): Literal[] {
  const out = new Set<Literal>();
  for (const check of table.checks) {
    for (const m of check.expr.matchAll(/'(?:[^']|'')*'|(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g)) out.add(m[0]);
  }
  return [...out];
}

function mentions(table: TableObject, column: string): boolean {
  return table.checks.some((c) => foldCase(c.expr).includes(column));
}
