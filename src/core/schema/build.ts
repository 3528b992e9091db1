import { canonical, stripOuterParens } from "../sql/canonical.js";
import { foldCase, tokenize } from "../sql/tokenize.js";
import type { Column, IndexObject, IndexTerm, SchemaObject, TableObject } from "./model.js";
import {
  parseCreateIndex,
  parseCreateTrigger,
  parseCreateView,
  parseCreateVirtual,
} from "./parse-objects.js";
import { indexScopes, parseCreateTable } from "./parse-table.js";
import { foreignKeySignature } from "./signature.js";

/** One row of sqlite_schema: the whole identity of an object. */
export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string;
}

/** A row of `PRAGMA table_xinfo`. */
export interface ColumnInfo {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

/** A row of `PRAGMA index_xinfo`. */
export interface IndexColumnInfo {
  seqno: number;
  cid: number;
  name: string | null;
  desc: number;
  coll: string | null;
  key: number;
}

/** `PRAGMA index_list` row with its `index_xinfo` rows. */
export interface IndexInfo {
  name: string;
  unique: number;
  origin: string;
  partial: number;
  columns: IndexColumnInfo[];
}

/** What SQLite's PRAGMAs say about a table (`table_list`, `table_xinfo`, `index_list` + `index_xinfo`). */
export interface TableInfo {
  withoutRowid: boolean;
  strict: boolean;
  columns: ColumnInfo[];
  /** Only the automatic indexes of PRIMARY KEY and UNIQUE constraints are used. */
  indexes: IndexInfo[];
}

/** Declared types are compared as SQLite reads them: case-insensitive, spacing-free. */
function canonicalType(type: string): string {
  return canonical(tokenize(type)).toUpperCase();
}

/** `DEFAULT NULL` is no default; `(0)` is `0`; `TRUE`/`FALSE` are SQLite's names for 1 and 0. */
function canonicalDefault(text: string | null): string | null {
  if (text === null) return null;
  // A default names no column, so SQLite reads `"manual"` there as the string 'manual': shown as one.
  const tokens = tokenize(text).map((tok) =>
    tok.kind === "quoted" && tok.text.startsWith('"')
      ? { ...tok, kind: "string" as const, text: `'${tok.value.split("'").join("''")}'` }
      : tok,
  );
  const value = canonical(stripOuterParens(tokens));
  if (value === "true") return "1";
  if (value === "false") return "0";
  return value === "null" ? null : value;
}

function keyTerms(columns: IndexColumnInfo[]): IndexTerm[] {
  return columns
    .filter((c) => c.key === 1)
    .sort((a, b) => a.seqno - b.seqno)
    .map((c) => ({
      column: c.name === null ? null : foldCase(c.name),
      expr: null,
      desc: c.desc === 1,
      collation: foldCase(c.coll ?? "binary"),
    }));
}

function termKey(terms: IndexTerm[]): string {
  return JSON.stringify(terms);
}

export function buildTable(row: SchemaRow, info: TableInfo): TableObject {
  const facts = parseCreateTable(row.sql);
  const columns: Column[] = info.columns
    .slice()
    .sort((a, b) => a.cid - b.cid)
    .map((c) => {
      const key = foldCase(c.name);
      const expr = facts.generated.get(key);
      return {
        name: c.name,
        type: canonicalType(c.type),
        notNull: c.notnull === 1,
        default: canonicalDefault(c.dflt_value),
        pk: c.pk,
        collation: facts.collations.get(key) ?? null,
        generated: expr === undefined || c.hidden < 2 ? null : { expr, stored: c.hidden === 3 },
        hidden: c.hidden === 1,
      };
    });
  const pkIndex = info.indexes.find((i) => i.origin === "pk");
  // A rowid alias (INTEGER PRIMARY KEY without an index of its own) takes a fresh rowid for NULL: NOT NULL changes nothing.
  const pkColumns = columns.filter((c) => c.pk > 0);
  const alias = !info.withoutRowid && !pkIndex && pkColumns.length === 1 ? pkColumns[0] : undefined;
  if (alias) alias.notNull = false;
  const primaryKey = pkIndex
    ? keyTerms(pkIndex.columns)
    : columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => ({
          column: foldCase(c.name),
          expr: null,
          desc: false,
          collation: c.collation ?? "binary",
        }));
  const uniques = info.indexes
    .filter((i) => i.origin === "u")
    .map((i) => keyTerms(i.columns))
    .sort((a, b) => termKey(a).localeCompare(termKey(b)));
  return {
    kind: "table",
    name: row.name,
    columns,
    withoutRowid: info.withoutRowid,
    strict: info.strict,
    autoincrement: facts.autoincrement,
    primaryKey,
    uniques,
    checks: facts.checks.slice().sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    foreignKeys: facts.foreignKeys
      .slice()
      .sort((a, b) => foreignKeySignature(a).localeCompare(foreignKeySignature(b))),
    conflicts: facts.conflicts.slice().sort(),
  };
}

/**
 * `columns`: the index's `index_xinfo` rows, giving effective collation and sort order; `tableSql`: its
 * table's CREATE statement, which says what the index's expressions can name.
 */
export function buildIndex(row: SchemaRow, columns: IndexColumnInfo[], tableSql: string): IndexObject {
  const parsed = parseCreateIndex(row.sql, indexScopes(tableSql));
  const keys = columns.filter((c) => c.key === 1).sort((a, b) => a.seqno - b.seqno);
  const terms = parsed.terms.map((t, i): IndexTerm => {
    const info = keys[i];
    if (!info) return { ...t, collation: t.collation ?? "binary" };
    const isColumn = info.cid >= 0 && info.name !== null;
    return {
      column: isColumn ? foldCase(info.name as string) : null,
      expr: isColumn ? null : (t.expr ?? t.column),
      desc: info.desc === 1,
      collation: foldCase(info.coll ?? "binary"),
    };
  });
  return {
    kind: "index",
    name: row.name,
    table: foldCase(row.tbl_name),
    unique: parsed.unique,
    terms,
    where: parsed.where,
  };
}

/**
 * Views, triggers and virtual tables are modelled from their SQL, `viewStrings` being the offsets of a view's
 * double-quoted tokens SQLite reads as strings.
 */
export function buildFromSql(row: SchemaRow, viewStrings?: ReadonlySet<number>): SchemaObject | null {
  if (row.type === "view") return parseCreateView(row.name, row.sql, viewStrings);
  if (row.type === "trigger") return parseCreateTrigger(row.name, row.tbl_name, row.sql);
  if (row.type === "table" && /^\s*create\s+virtual\b/i.test(row.sql))
    return parseCreateVirtual(row.name, row.sql);
  return null;
}
