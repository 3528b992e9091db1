import { queryRows, type SqlDatabase, type SqlValue } from "../../adapters/sqlite/engine.js";
import { objectsLedTo } from "../../core/data/fill-order.js";
import {
  fillOrder,
  insertSql,
  type Literal,
  ROWS_PER_TABLE,
  rowCandidates,
  uniqueColumns,
  uniqueIndexes,
} from "../../core/data/row-generator.js";
import type { Schema, SchemaObject, TableObject } from "../../core/schema/index.js";
import { quoteIdent, sqlLiteral } from "../../core/sql/literal.js";
import { foldCase } from "../../core/sql/tokenize.js";

/** The rows of one table before a step: a count, and the rows by key where the table has a usable key. */
export interface TableRows {
  count: number;
  /** Key (JSON of the key columns' values) to the row's values by folded column name; absent when too big or keyless. */
  rows?: Map<string, Map<string, SqlValue>>;
  /** The folded key columns, `rowid` for a rowid table without a declared key. */
  key: string[];
}

/** The tables a step can reach (core/data/reach.ts), or all of them. */
export type Reach = ReadonlySet<string> | "all";

/** Row comparison stays cheap: a table bigger than this is compared by count only. */
const MAX_COMPARED_ROWS = 2000;

/**
 * Tops up every user table holding fewer than ROWS_PER_TABLE rows, parents first, each row in a savepoint:
 * a row SQLite refuses (a CHECK, a foreign key without a parent) is discarded and the next candidate tried.
 * Runs outside any transaction the migrations open, with foreign keys as the connection has them.
 */
export function fillTables(db: SqlDatabase, schema: Schema, seed: number, reach: Reach = "all"): void {
  const wanted = reach === "all" ? undefined : withParents(schema, reach);
  const unique = uniqueIndexes(schema, wanted);
  for (const table of fillOrder(schema, wanted)) {
    const name = foldCase(table.name);
    if (wanted && !wanted.has(name)) continue;
    let count = countRows(db, table.name);
    if (count >= ROWS_PER_TABLE) continue;
    const columns = uniqueColumns(table, unique.get(name) ?? []);
    for (let index = count; index < ROWS_PER_TABLE; index++) {
      const parents = (fk: TableObject["foreignKeys"][number]) => parentKeys(db, schema, fk);
      for (const candidate of rowCandidates(table, index, columns, parents, seed)) {
        if (tryInsert(db, insertSql(table, candidate))) {
          count++;
          break;
        }
      }
    }
  }
}

/** The tables to fill: those reached, and the parents their rows need, transitively. */
function withParents(schema: Schema, reach: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const queue = [...reach];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (out.has(name)) continue;
    out.add(name);
    const table = schema.objects.get(`table:${name}`);
    if (table?.kind === "table") queue.push(...table.foreignKeys.map((fk) => foldCase(fk.table)));
  }
  return out;
}

function tryInsert(db: SqlDatabase, sql: string): boolean {
  db.exec("SAVEPOINT lockstep_fill");
  try {
    db.exec(sql);
    db.exec("RELEASE lockstep_fill");
    return true;
  } catch {
    db.exec("ROLLBACK TO lockstep_fill");
    db.exec("RELEASE lockstep_fill");
    return false;
  }
}

/** Existing key values of the parent a foreign key references, as literals. */
function parentKeys(db: SqlDatabase, schema: Schema, fk: TableObject["foreignKeys"][number]): Literal[][] {
  const parent = schema.objects.get(`table:${foldCase(fk.table)}`);
  if (parent?.kind !== "table") return [];
  let columns = fk.references;
  if (columns.length === 0) {
    columns = parent.primaryKey.flatMap((t) => (t.column ? [t.column] : []));
    if (columns.length === 0) columns = ["rowid"];
  }
  try {
    return queryRows(
      db,
      `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(parent.name)} ORDER BY rowid LIMIT ${ROWS_PER_TABLE}`,
    ).map((row) => row.map(literalOf));
  } catch {
    // A WITHOUT ROWID parent has no rowid to order by.
    return queryRows(
      db,
      `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(parent.name)} LIMIT ${ROWS_PER_TABLE}`,
    ).map((row) => row.map(literalOf));
  }
}

export function literalOf(value: SqlValue): Literal {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return sqlLiteral(value);
  return `x'${Buffer.from(value).toString("hex")}'`;
}

/** A table's folded name: what a step's reach names it by. */
function tableName(obj: SchemaObject): readonly string[] {
  return obj.kind === "table" ? [foldCase(obj.name)] : [];
}

/** The rows of every user table the step can reach, before it, for comparing after it. */
export function snapshotTables(
  db: SqlDatabase,
  schema: Schema,
  reach: Reach = "all",
): Map<string, TableRows> {
  const out = new Map<string, TableRows>();
  const tables = reach === "all" ? schema.objects.values() : objectsLedTo(schema, tableName, reach);
  for (const obj of tables) {
    if (obj.kind !== "table") continue;
    out.set(foldCase(obj.name), readTable(db, obj));
  }
  return out;
}

export function readTable(db: SqlDatabase, table: TableObject): TableRows {
  const count = countRows(db, table.name);
  const declared = table.primaryKey.flatMap((t) => (t.column ? [t.column] : []));
  const key = declared.length > 0 && declared.length === table.primaryKey.length ? declared : ["rowid"];
  if (key[0] === "rowid" && table.withoutRowid) return { count, key };
  if (count > MAX_COMPARED_ROWS) return { count, key };
  const columns = table.columns.filter((c) => !c.hidden).map((c) => foldCase(c.name));
  const wanted = [...new Set([...key, ...columns])];
  const rows = new Map<string, Map<string, SqlValue>>();
  for (const row of queryRows(
    db,
    `SELECT ${wanted.map(quoteIdent).join(", ")} FROM ${quoteIdent(table.name)}`,
  )) {
    const values = new Map<string, SqlValue>(wanted.map((c, i) => [c, row[i] ?? null]));
    rows.set(keyOf(key.map((c) => values.get(c) ?? null)), values);
  }
  return { count, rows, key };
}

export function keyOf(values: readonly SqlValue[]): string {
  return JSON.stringify(
    values.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString("hex") : String(v))),
  );
}

export function countRows(db: SqlDatabase, table: string): number {
  return Number(queryRows(db, `SELECT count(*) FROM ${quoteIdent(table)}`)[0]?.[0] ?? 0);
}
