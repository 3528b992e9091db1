import {
  buildFromSql,
  buildIndex,
  buildTable,
  type ColumnInfo,
  type IndexColumnInfo,
  type IndexInfo,
  isIgnoredTable,
  isInternalName,
  objectKey,
  type SchemaObject,
  type SchemaRow,
  type TableInfo,
} from "../core/schema/index.js";
import { foldCase } from "../core/sql/tokenize.js";
import type { CachedQueries } from "./cached-queries.js";
import { isVirtual, type Lookup, rowKey } from "./schema-rows.js";
import { type PrepareError, viewStrings } from "./view-strings.js";

const MODEL_CACHE_LIMIT = 50_000;

/**
 * Turns sqlite_schema rows into model objects, asking SQLite's PRAGMAs where the SQL text is not enough.
 * Each row is modelled once (an index: once per definition of its table) and the object reused.
 */
export class ObjectModeller {
  private readonly models = new Map<string, SchemaObject>();
  parsed = 0;

  constructor(
    private readonly queries: CachedQueries,
    private readonly prepareError: PrepareError,
  ) {}

  private query<T>(sql: string, params: (string | number)[] = []): T[] {
    return this.queries.all<T>(sql, params);
  }

  model(r: SchemaRow, objects: Lookup<SchemaObject>, sources: Lookup<SchemaRow>): SchemaObject | null {
    if (isInternalName(r.name) || isIgnoredTable(r.tbl_name)) return null;
    if (r.type === "table" && !isVirtual(r) && this.isShadow(r.name, objects)) return null;
    const tableSql =
      r.type === "index" ? (sources.get(objectKey({ kind: "table", name: r.tbl_name }))?.sql ?? "") : "";
    const cacheKey = `${rowKey(r)}\0${tableSql}`;
    const cached = this.models.get(cacheKey);
    if (cached) return cached;
    const obj = this.build(r, tableSql);
    if (!obj) return null;
    this.parsed++;
    if (this.models.size >= MODEL_CACHE_LIMIT) this.models.clear();
    this.models.set(cacheKey, obj);
    return obj;
  }

  /** The models of `wanted` objects, by the key `model` finds them under: what a cached prefix keeps. */
  exportModels(wanted: ReadonlySet<SchemaObject>): [string, SchemaObject][] {
    return [...this.models].filter(([, obj]) => wanted.has(obj));
  }

  /**
   * Models read before, of the same rows on the same engine (a cached prefix's). A model depends only on its
   * row and, for an index, its table's SQL, which the key holds: a key that matches is the same object. (A
   * view's double-quoted strings are what SQLite said when the row was first modelled: the tables it reads
   * are those of the same prefix.)
   */
  importModels(entries: readonly [string, SchemaObject][]): void {
    for (const [key, obj] of entries) if (!this.models.has(key)) this.models.set(key, obj);
  }

  private build(r: SchemaRow, tableSql: string): SchemaObject | null {
    const fromSql = buildFromSql(r, r.type === "view" ? viewStrings(r.sql, this.prepareError) : undefined);
    if (fromSql) return fromSql;
    if (r.type === "index") return buildIndex(r, this.indexColumns(r.name), tableSql);
    if (r.type === "table") return buildTable(r, this.tableInfo(r.name, r.sql));
    return null;
  }

  /** Shadow tables belong to their virtual table; only SQLite knows which names its modules claim. */
  private isShadow(name: string, objects: Lookup<SchemaObject>): boolean {
    const lower = foldCase(name);
    const cut = lower.lastIndexOf("_");
    // FTS5, FTS3/4, R*Tree name their shadow tables <vtab>_<suffix>; the owner is a virtual table.
    let owner = false;
    for (let i = cut; i > 0 && !owner; i = lower.lastIndexOf("_", i - 1)) {
      owner = objects.get(objectKey({ kind: "virtual", name: lower.slice(0, i) }))?.kind === "virtual";
    }
    if (!owner) return false;
    const rows = this.query<{ type: string }>("SELECT type FROM pragma_table_list(?) WHERE schema = 'main'", [
      name,
    ]);
    return rows[0]?.type === "shadow";
  }

  private indexColumns(index: string): IndexColumnInfo[] {
    return this.query<IndexColumnInfo>("SELECT * FROM main.pragma_index_xinfo(?)", [index]);
  }

  private tableInfo(table: string, sql: string): TableInfo {
    // Table options come after the closing parenthesis; without either word in the text, neither is set.
    const list = /\b(without|strict)\b/i.test(sql)
      ? this.query<{ wr: number; strict: number }>(
          "SELECT wr, strict FROM pragma_table_list(?) WHERE schema = 'main'",
          [table],
        )[0]
      : undefined;
    const columns = this.query<ColumnInfo>("SELECT * FROM main.pragma_table_xinfo(?)", [table]);
    const indexes = this.query<Omit<IndexInfo, "columns">>(
      "SELECT name, \"unique\", origin, partial FROM main.pragma_index_list(?) WHERE origin <> 'c'",
      [table],
    ).map((i) => ({ ...i, columns: this.indexColumns(i.name) }));
    return { withoutRowid: list?.wr === 1, strict: list?.strict === 1, columns, indexes };
  }
}
