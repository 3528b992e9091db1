import { objectKey, type Schema, type SchemaObject, type SchemaRow, schemaOf } from "../core/schema/index.js";
import { LayeredMap } from "../core/schema/layered-map.js";
import { foldCase } from "../core/sql/tokenize.js";
import { CachedQueries, type SqlValue } from "./cached-queries.js";
import { ObjectModeller } from "./object-modeller.js";
import { isVirtual, keysOfRow, listed, Pending, type Row, row, rowKey, sameRow } from "./schema-rows.js";
import type { Database } from "./sqljs.js";

/**
 * How a script can have changed sqlite_schema since the last read. `insert`: only CREATE statements, so its
 * changes are new rows; `drop`: only DROP of the named objects (folded names), which removes their rows and
 * those of the tables' indexes and triggers; `alter`: only ALTER TABLE … ADD/DROP COLUMN of the named tables,
 * which rewrite each table's own row in place; `any`: RENAME, VACUUM, ROLLBACK, most PRAGMAs, a failure, a mix.
 */
export type SchemaWrites =
  | "none"
  | "insert"
  | "any"
  | { drop: readonly string[] }
  | { alter: readonly string[] };

/** How a changed schema is found: `except` compares with a temp copy of sqlite_schema in SQLite; `scan` pulls every row into JS. */
export type ReadStrategy = "except" | "scan";

export interface ReaderStats {
  reads: number;
  /** Reads answered with the previous Schema because nothing changed. */
  unchanged: number;
  /** sqlite_schema rows brought into JS. */
  rowsFetched: number;
  /** Objects modelled (PRAGMAs read, SQL parsed); cache hits are not counted. */
  parsed: number;
}

/** One known state: the objects and the rows they came from (immutable: snapshots share what is unchanged). */
interface State {
  objects: LayeredMap<SchemaObject>;
  /** object key -> its row, to re-model indexes when their table changes and to find a table's rowid. */
  sources: LayeredMap<Row>;
  schema: Schema;
  /** Rows in the temp copy of sqlite_schema (every row, internal ones included). */
  copied: number;
  /** The largest rowid in the copy: SQLite gives a new sqlite_schema row a larger one. */
  maxRid: number;
}

const _MODEL_CACHE_LIMIT = 50_000;
const HISTORY_LIMIT = 32;
const ROWS = `SELECT rowid AS rid, type, name, tbl_name, sql FROM main.sqlite_schema
  WHERE sql IS NOT NULL AND lower(substr(name, 1, 7)) <> 'sqlite_'`;

/**
 * Reads the schema of the main database, incrementally. `PRAGMA schema_version` says whether anything
 * changed; a generation number kept in a temp table says whether a ROLLBACK took the schema back to an
 * earlier state (schema_version is rolled back too, so on its own it could repeat for another schema).
 * Objects are modelled once per sqlite_schema row and reused.
 */
export class SchemaReader {
  private readonly counts = { reads: 0, unchanged: 0, rowsFetched: 0 };
  private readonly tag = `__lockstep_schema_reader_${Math.random().toString(36).slice(2, 10)}`;
  private readonly queries: CachedQueries;
  private readonly modeller: ObjectModeller;
  private readonly history = new Map<number, State>();
  private state: State | undefined;
  private version = -1;
  private generation = 0;
  private nextGeneration = 1;

  constructor(
    private readonly db: Database,
    private readonly strategy: ReadStrategy = "except",
  ) {
    this.queries = new CachedQueries(db);
    this.modeller = new ObjectModeller(this.queries);
  }

  get stats(): ReaderStats {
    return { ...this.counts, parsed: this.modeller.parsed };
  }

  /**
   * `writes` says how the schema changed since the last read, as executeScript classified the statements: only
   * new rows (CREATE) or only removed ones (DROP) let the reader look at just those rows. Row counts and the
   * last rowid confirm the claim where they can; anything else reads the full delta.
   */
  read(writes: SchemaWrites = "any"): Schema {
    this.counts.reads++;
    // Statements that cannot write sqlite_schema (and no ROLLBACK, which is "any") leave it as it was.
    if (writes === "none" && this.state) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    // Only CREATEs or only DROPs since the last read, so no rollback either: no probe needed.
    if (this.state && this.strategy === "except") {
      const hinted = this.applyHinted(this.state, writes);
      if (hinted) {
        this.remember(hinted.version, hinted.state);
        return hinted.state.schema;
      }
    }
    const [version, generation] = this.probe();
    if (this.state && version === this.version && generation === this.generation) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    const base = generation === null ? undefined : this.history.get(generation);
    if (generation === null) this.createTemp();
    const next =
      this.strategy === "except" && base ? this.applyDelta(base) : this.applyScan(base ?? this.state);
    this.remember(version, next);
    return next.schema;
  }

  private query<T>(sql: string, params: SqlValue[] = []): T[] {
    return this.queries.all<T>(sql, params);
  }

  private write(sql: string, params: SqlValue[]): void {
    this.queries.all(sql, params);
  }

  /** Drops the temp tables (the reader can still be used; it recreates them). */
  dispose(): void {
    this.queries.free();
    this.db.exec(`DROP TABLE IF EXISTS temp."${this.tag}"; DROP TABLE IF EXISTS temp."${this.tag}_gen"`);
    this.history.clear();
    this.state = undefined;
  }

  private probe(): [number, number | null] {
    try {
      const [row] = this.query<{ v: number; g: number | null }>(
        `SELECT schema_version AS v, (SELECT g FROM temp."${this.tag}_gen") AS g FROM main.pragma_schema_version`,
      );
      return [row?.v ?? 0, row?.g ?? null];
    } catch {
      // Gone: never created, rolled back with the transaction that created it, or the database was reopened.
      const version =
        this.query<{ v: number }>("SELECT schema_version AS v FROM main.pragma_schema_version")[0]?.v ?? 0;
      return [version, null];
    }
  }

  private createTemp(): void {
    this.db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS "${this.tag}"(rid INTEGER PRIMARY KEY, type TEXT, name TEXT, tbl_name TEXT, sql TEXT);
       CREATE INDEX IF NOT EXISTS temp."${this.tag}_name" ON "${this.tag}"(lower(name));
       CREATE INDEX IF NOT EXISTS temp."${this.tag}_tbl" ON "${this.tag}"(lower(tbl_name));
       CREATE TEMP TABLE IF NOT EXISTS "${this.tag}_gen"(g INTEGER);
       DELETE FROM temp."${this.tag}"; DELETE FROM temp."${this.tag}_gen";
       INSERT INTO temp."${this.tag}_gen" VALUES (0);`,
    );
    this.history.clear();
  }

  private remember(version: number, next: State): void {
    const generation = this.nextGeneration++;
    this.write(`UPDATE temp."${this.tag}_gen" SET g = ?`, [generation]);
    this.version = version;
    this.generation = generation;
    this.state = next;
    this.history.set(generation, next);
    if (this.history.size > HISTORY_LIMIT) this.history.delete(this.history.keys().next().value as number);
  }

  /**
   * Rows that differ from the temp copy, found by SQLite in one linear pass (a rowid join; an EXCEPT would sort
   * both sides on every read). The copy holds every sqlite_schema row, so a row count tells whether any row
   * is gone without a second pass. An ALTER rewrites its row in place: a changed row comes back as its old
   * version (removed) and its new one (added). The copy is brought up to date.
   */
  private applyDelta(base: State): State {
    const t = `temp."${this.tag}"`;
    const changed = this.query<
      SchemaRow & { rid: number } & Record<`o_${keyof SchemaRow | "rid"}`, string | null>
    >(`SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql,
              c.rid AS o_rid, c.type AS o_type, c.name AS o_name, c.tbl_name AS o_tbl_name, c.sql AS o_sql
         FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
        WHERE c.rid IS NULL OR c.sql IS NOT s.sql OR c.name IS NOT s.name
           OR c.tbl_name IS NOT s.tbl_name OR c.type IS NOT s.type`);
    const total = this.query<{ n: number }>("SELECT count(*) AS n FROM main.sqlite_schema")[0]?.n ?? 0;
    const added: SchemaRow[] = [];
    const removed: SchemaRow[] = [];
    let fresh = 0;
    for (const r of changed) {
      added.push(row(r));
      if (r.o_rid === null) fresh++;
      else
        removed.push({ type: r.o_type, name: r.o_name, tbl_name: r.o_tbl_name, sql: r.o_sql } as SchemaRow);
      this.write(`INSERT OR REPLACE INTO ${t} VALUES (?, ?, ?, ?, ?)`, [
        r.rid,
        r.type,
        r.name,
        r.tbl_name,
        r.sql,
      ]);
    }
    // Rows in the copy = unchanged + changed + gone; rows now = unchanged + changed + fresh.
    if (base.copied - (total - fresh) > 0) {
      const gone = this.query<SchemaRow & { rid: number }>(
        `SELECT rid, type, name, tbl_name, sql FROM ${t} WHERE rid NOT IN (SELECT rowid FROM main.sqlite_schema)`,
      );
      for (const r of gone) {
        removed.push(row(r));
        this.write(`DELETE FROM ${t} WHERE rid = ?`, [r.rid]);
      }
    }
    this.counts.rowsFetched += changed.length;
    return this.finish(this.apply(base, added.filter(listed), removed.filter(listed)), total);
  }

  /**
   * Only new rows (CREATE) or only removed rows (DROP): found by rowid in one query, confirmed by the row
   * count (and, for new rows, by the row that had the largest rowid still being the same object).
   */
  private applyHinted(base: State, writes: SchemaWrites): { state: State; version: number } | undefined {
    if (typeof writes === "object")
      return "alter" in writes ? this.applyAltered(base, writes.alter) : this.applyDropped(base, writes.drop);
    if (writes !== "insert") return undefined;
    const t = `temp."${this.tag}"`;
    const total =
      "(SELECT count(*) FROM main.sqlite_schema) AS total, (SELECT schema_version FROM main.pragma_schema_version) AS v";
    if (writes === "insert") {
      const rows = this.query<SchemaRow & { rid: number; total: number; v: number; known: number }>(
        `SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql, ${total},
                c.rid IS NOT NULL AND c.name IS s.name AND c.type IS s.type AS known
           FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
          WHERE s.rowid >= ?`,
        [base.maxRid],
      );
      const fresh = rows.filter((r) => r.rid > base.maxRid);
      const lastKept = base.maxRid === 0 || rows.some((r) => r.rid === base.maxRid && r.known === 1);
      const count = rows[0]?.total ?? 0;
      if (!lastKept || fresh.some((r) => r.known) || base.copied + fresh.length !== count) return undefined;
      if (fresh.length > 0)
        this.write(
          `INSERT INTO ${t} SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema WHERE rowid > ?`,
          [base.maxRid],
        );
      this.counts.rowsFetched += fresh.length;
      const maxRid = fresh.reduce((m, r) => Math.max(m, r.rid), base.maxRid);
      const state = this.finish(this.apply(base, fresh.map(row).filter(listed), []), count, maxRid);
      return { state, version: rows[0]?.v ?? 0 };
    }
    return undefined;
  }

  /**
   * Only DROPs of the named objects: the rows that can be gone are theirs and their tables' (indexes,
   * triggers, autoindexes), found through indexes on the copy; the row count confirms nothing else went.
   */
  private applyDropped(base: State, names: readonly string[]): { state: State; version: number } | undefined {
    const t = `temp."${this.tag}"`;
    const gone = this.query<SchemaRow & { rid: number; total: number; v: number }>(
      `SELECT rid, type, name, tbl_name, sql,
              (SELECT count(*) FROM main.sqlite_schema) AS total,
              (SELECT schema_version FROM main.pragma_schema_version) AS v
         FROM ${t} c
        WHERE (lower(c.name) IN (SELECT value FROM json_each(?1))
               OR lower(c.tbl_name) IN (SELECT value FROM json_each(?1)))
          AND NOT EXISTS (SELECT 1 FROM main.sqlite_schema s WHERE s.rowid = c.rid)`,
      [JSON.stringify(names)],
    );
    const count = gone[0]?.total;
    if (count === undefined || base.copied - gone.length !== count) return undefined;
    this.write(`DELETE FROM ${t} WHERE rid IN (SELECT value FROM json_each(?))`, [
      JSON.stringify(gone.map((r) => r.rid)),
    ]);
    this.counts.rowsFetched += gone.length;
    const maxRid = gone.some((r) => r.rid === base.maxRid) ? undefined : base.maxRid;
    const state = this.finish(this.apply(base, [], gone.map(row).filter(listed)), count, maxRid);
    return { state, version: gone[0]?.v ?? 0 };
  }

  /** Only the rows of the altered tables changed, in place: confirmed by each being found and the row count. */
  private applyAltered(
    base: State,
    tables: readonly string[],
  ): { state: State; version: number } | undefined {
    const t = `temp."${this.tag}"`;
    // ADD/DROP COLUMN rewrites the row in place, so the rowid the table had is where to look.
    const rids = tables.map((name) => base.sources.get(objectKey({ kind: "table", name }))?.rid);
    if (rids.some((rid) => rid === undefined)) return undefined;
    const rows = this.query<
      SchemaRow & { rid: number; total: number; v: number } & Record<
          `o_${keyof SchemaRow | "rid"}`,
          string | null
        >
    >(
      `SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql,
              c.rid AS o_rid, c.type AS o_type, c.name AS o_name, c.tbl_name AS o_tbl_name, c.sql AS o_sql,
              (SELECT count(*) FROM main.sqlite_schema) AS total,
              (SELECT schema_version FROM main.pragma_schema_version) AS v
         FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
        WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(rids)],
    );
    const same = (r: (typeof rows)[number]) =>
      r.o_rid !== null &&
      r.type === "table" &&
      r.o_type === "table" &&
      r.o_name === r.name &&
      tables.includes(foldCase(r.name));
    if (rows.length !== tables.length || !rows.every(same) || rows[0]?.total !== base.copied)
      return undefined;
    const changed = rows.filter((r) => r.o_sql !== r.sql || r.o_tbl_name !== r.tbl_name);
    for (const r of changed)
      this.write(`INSERT OR REPLACE INTO ${t} VALUES (?, ?, ?, ?, ?)`, [
        r.rid,
        r.type,
        r.name,
        r.tbl_name,
        r.sql,
      ]);
    this.counts.rowsFetched += rows.length;
    const removed = changed.map((r) => ({
      type: r.o_type,
      name: r.o_name,
      tbl_name: r.o_tbl_name,
      sql: r.o_sql,
    }));
    const state = this.apply(base, changed.map(row).filter(listed), (removed as SchemaRow[]).filter(listed));
    return { state, version: rows[0]?.v ?? 0 };
  }

  /** `maxRid`, when the caller knows it; otherwise the copy is asked. */
  private finish(next: State, copied: number, maxRid?: number): State {
    next.copied = copied;
    next.maxRid =
      maxRid ?? this.query<{ m: number | null }>(`SELECT max(rid) AS m FROM temp."${this.tag}"`)[0]?.m ?? 0;
    return next;
  }

  /** Every row pulled into JS and compared with the previous state there. */
  private applyScan(base: State | undefined): State {
    const rows = this.query<Row>(ROWS);
    this.counts.rowsFetched += rows.length;
    if (this.strategy === "except") {
      this.db.exec(
        `DELETE FROM temp."${this.tag}"; INSERT INTO temp."${this.tag}" SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema`,
      );
    }
    const previous = base ?? emptyState();
    // A row is new unless it is the source of an object already; rows left out of the model (internal,
    // shadow, tracking) are looked at again, which only costs the first read after a rollback.
    const known = (r: SchemaRow) => keysOfRow(r).some((k) => sameRow(previous.sources.get(k), r));
    const added = rows.filter((r) => !known(r));
    const keys = new Set(rows.map(rowKey));
    const removed = [...previous.sources.values()].filter((r) => !keys.has(rowKey(r)));
    const next = this.apply(previous, added, removed);
    if (this.strategy === "except")
      return this.finish(
        next,
        this.query<{ n: number }>(`SELECT count(*) AS n FROM temp."${this.tag}"`)[0]?.n ?? 0,
      );
    return next;
  }

  private apply(base: State, added: SchemaRow[], removed: SchemaRow[]): State {
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
      const obj = this.modeller.model(r, objects, sources);
      if (!obj) continue;
      const key = objectKey(obj);
      if (obj.kind === "table" && base.sources.has(key)) redefined.add(foldCase(obj.name));
      objects.set(key, obj);
      sources.set(key, r);
    }
    // An index's effective collation comes from its table's columns: re-model the indexes of a table that
    // existed before with another definition (a new table's indexes are new rows, modelled above).
    for (const key of this.indexesOf(redefined, base)) {
      const source = sources.get(key);
      if (!source || !objects.has(key)) continue;
      const again = this.modeller.model(source, objects, sources);
      if (again) objects.set(key, again);
    }
    const next = objects.done();
    return {
      objects: next,
      sources: sources.done(),
      schema: schemaOf(next),
      copied: base.copied,
      maxRid: base.maxRid,
    };
  }

  /** Keys of the indexes on these tables: from the copy's index on tbl_name, or by looking at every object. */
  private indexesOf(tables: Set<string>, base: State): string[] {
    if (tables.size === 0) return [];
    if (this.strategy === "except") {
      return this.query<{ name: string }>(
        `SELECT name FROM temp."${this.tag}" WHERE lower(tbl_name) IN (SELECT value FROM json_each(?)) AND type = 'index'`,
        [JSON.stringify([...tables])],
      ).map(({ name }) => objectKey({ kind: "index", name }));
    }
    const keys: string[] = [];
    for (const [key, obj] of base.objects) if (obj.kind === "index" && tables.has(obj.table)) keys.push(key);
    return keys;
  }
}

function emptyState(): State {
  const objects = LayeredMap.of<SchemaObject>();
  return { objects, sources: LayeredMap.of<Row>(), schema: schemaOf(objects), copied: 0, maxRid: 0 };
}
