import type { Schema, SchemaObject, SchemaRow } from "../core/schema/index.js";
import { CachedQueries, type SqlValue } from "./cached-queries.js";
import { readAltered, readDropped, readInserted, readMixed } from "./hinted-reads.js";
import { ObjectModeller } from "./object-modeller.js";
import { applyChanges, applyModel, emptyState, type RowChanges, type State } from "./reader-state.js";
import { type CopiedRow, copied, keysOfRow, listed, rowKey, sameRow } from "./schema-rows.js";
import type { SchemaWrites } from "./schema-writes.js";
import type { SqlDatabase } from "./sqlite/engine.js";

export type { MixedWrites, SchemaWrites } from "./schema-writes.js";

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

const HISTORY_LIMIT = 32;
const ALL_ROWS = "SELECT rowid AS rid, type, name, tbl_name, sql FROM main.sqlite_schema";

/**
 * Reads the schema of the main database, incrementally. Hinted reads (see SchemaWrites) compare a few rows
 * with the rows the last read saw, kept in JS. Other reads compare all of sqlite_schema with a temp copy of
 * it, in SQLite: `PRAGMA schema_version` says whether anything changed, and a generation number kept beside
 * the copy says which state the copy holds, even after a ROLLBACK took it back (schema_version is rolled back
 * too, so on its own it could repeat for another schema). Objects are modelled once per row and reused.
 */
export class SchemaReader {
  private readonly counts = { reads: 0, unchanged: 0, rowsFetched: 0 };
  private readonly tag = `__lockstep_schema_reader_${Math.random().toString(36).slice(2, 10)}`;
  private readonly queries: CachedQueries;
  private readonly modeller: ObjectModeller;
  /** The states the copy has held, by generation. */
  private readonly history = new Map<number, State>();
  private state: State | undefined;
  /** schema_version and generation at the last full read. */
  private version = -1;
  private generation = 0;
  /** The last read was a full one: the copy holds `state`. Hinted reads leave the copy behind. */
  private synced = false;
  private nextGeneration = 1;

  constructor(
    private readonly db: SqlDatabase,
    private readonly strategy: ReadStrategy = "except",
  ) {
    this.queries = new CachedQueries(db);
    this.modeller = new ObjectModeller(this.queries, (sql) => prepareError(db, sql));
  }

  get stats(): ReaderStats {
    return { ...this.counts, parsed: this.modeller.parsed };
  }

  /**
   * `writes` says how the schema changed since the last read, as executeScript classified the statements: new
   * rows (CREATE), removed ones (DROP), rows rewritten in place (ALTER … ADD/DROP COLUMN, RENAME TO) let the
   * reader look at just the rows they can touch. Row counts and the last rowid confirm the claim where they
   * can; anything else reads the full delta.
   */
  read(writes: SchemaWrites = "any"): Schema {
    this.counts.reads++;
    // Statements that cannot write sqlite_schema (and no ROLLBACK, which is "any") leave it as it was.
    if (writes === "none" && this.state) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    // No ROLLBACK either since the last read, so the rows it saw are where the script started from.
    if (this.state && this.strategy === "except" && writes !== "any" && writes !== "none") {
      const changes = this.hinted(this.state, writes);
      if (changes) {
        this.counts.rowsFetched += changes.added.length;
        // A state the copy holds is kept in history; any later one is only this.state, replaced now.
        this.state = applyChanges(this.modeller, this.state, changes, !this.synced);
        this.synced = false;
        return this.state.schema;
      }
    }
    const [version, generation] = this.probe();
    // Only right after a full read: a ROLLBACK past later hinted reads can bring this version back with
    // another schema, and the generation, written by full reads only, would not tell.
    if (this.state && this.synced && version === this.version && generation === this.generation) {
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

  private hinted(base: State, writes: Exclude<SchemaWrites, "none" | "any">): RowChanges | undefined {
    if (writes === "insert") return readInserted(this.queries, base);
    if ("mixed" in writes) return readMixed(this.queries, base, writes.mixed);
    return "alter" in writes
      ? readAltered(this.queries, base, writes.alter)
      : readDropped(this.queries, base, writes.drop);
  }

  private query<T>(sql: string, params: SqlValue[] = []): T[] {
    return this.queries.all<T>(sql, params);
  }

  /** The models of the objects of the last read, for a cached prefix to bring back (see importModels). */
  exportModels(): [string, SchemaObject][] {
    return this.modeller.exportModels(new Set(this.state?.objects.values() ?? []));
  }

  /** Models a cached prefix kept: the first read of its database then asks SQLite for none of them. */
  importModels(entries: readonly [string, SchemaObject][]): void {
    this.modeller.importModels(entries);
  }

  /** Drops the temp tables (the reader can still be used; it recreates them). */
  dispose(): void {
    this.queries.free();
    this.db.exec(`DROP TABLE IF EXISTS temp."${this.tag}"; DROP TABLE IF EXISTS temp."${this.tag}_gen"`);
    this.history.clear();
    this.state = undefined;
    this.synced = false;
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
       CREATE TEMP TABLE IF NOT EXISTS "${this.tag}_gen"(g INTEGER);
       DELETE FROM temp."${this.tag}"; DELETE FROM temp."${this.tag}_gen";
       INSERT INTO temp."${this.tag}_gen" VALUES (0);`,
    );
    this.history.clear();
  }

  /** After a full read: the copy holds `next`, and the generation written beside it says so. */
  private remember(version: number, next: State): void {
    const generation = this.nextGeneration++;
    this.query(`UPDATE temp."${this.tag}_gen" SET g = ?`, [generation]);
    this.version = version;
    this.generation = generation;
    this.synced = true;
    this.state = next;
    this.history.set(generation, next);
    if (this.history.size > HISTORY_LIMIT) this.history.delete(this.history.keys().next().value as number);
  }

  /**
   * Rows that differ from the copy, which holds `base`, found by SQLite in one linear pass (a rowid join; an
   * EXCEPT would sort both sides on every read). A row count tells whether any row is gone without a second
   * pass. An ALTER rewrites its row in place: a changed row is its old version removed and its new one added.
   * The copy is brought up to date.
   */
  private applyDelta(base: State): State {
    const t = `temp."${this.tag}"`;
    const changed = this.query<CopiedRow>(
      `SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql
         FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
        WHERE c.rid IS NULL OR c.sql IS NOT s.sql OR c.name IS NOT s.name
           OR c.tbl_name IS NOT s.tbl_name OR c.type IS NOT s.type`,
    ).map(copied);
    const total = this.query<{ n: number }>("SELECT count(*) AS n FROM main.sqlite_schema")[0]?.n ?? 0;
    const removed: CopiedRow[] = [];
    let fresh = 0;
    for (const r of changed) {
      const old = base.rows.get(r.rid);
      if (old) removed.push(old);
      else fresh++;
    }
    if (changed.length > 0)
      this.query(
        `INSERT OR REPLACE INTO ${t} SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema
          WHERE rowid IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(changed.map((r) => r.rid))],
      );
    // Rows in the copy = unchanged + changed + gone; rows now = unchanged + changed + fresh.
    if (base.rows.size - (total - fresh) > 0) {
      const gone = this.query<{ rid: number }>(
        `SELECT rid FROM ${t} WHERE rid NOT IN (SELECT rowid FROM main.sqlite_schema)`,
      ).map(({ rid }) => rid);
      for (const rid of gone) {
        const old = base.rows.get(rid);
        if (old) removed.push(old);
      }
      this.query(`DELETE FROM ${t} WHERE rid IN (SELECT value FROM json_each(?))`, [JSON.stringify(gone)]);
    }
    this.counts.rowsFetched += changed.length;
    return applyChanges(this.modeller, base, { added: changed, removed }, false);
  }

  /** Every row pulled into JS and compared with the previous state there. */
  private applyScan(previous: State | undefined): State {
    const rows = this.query<CopiedRow>(ALL_ROWS).map(copied);
    this.counts.rowsFetched += rows.length;
    if (this.strategy === "except") {
      this.db.exec(
        `DELETE FROM temp."${this.tag}"; INSERT INTO temp."${this.tag}" SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema`,
      );
    }
    const base = previous ?? emptyState();
    // A row is new unless it is the source of an object already; rows left out of the model (internal,
    // shadow, tracking) are looked at again, which only costs the first read after a rollback.
    const modelled = rows.filter(listed);
    const known = (r: SchemaRow) => keysOfRow(r).some((k) => sameRow(base.sources.get(k), r));
    const added = modelled.filter((r) => !known(r));
    const keys = new Set(modelled.map(rowKey));
    const removed = [...base.sources.values()].filter((r) => !keys.has(rowKey(r)));
    const maxRid = rows.reduce((m, r) => Math.max(m, r.rid), 0);
    const all = new Map(rows.map((r) => [r.rid, r]));
    return { ...applyModel(this.modeller, base, all, added, removed, false), rows: all, maxRid };
  }
}

/** SQLite's error preparing `sql` on the replay's own connection (nothing is run), or undefined. */
function prepareError(db: SqlDatabase, sql: string): string | undefined {
  try {
    db.prepare(sql).finalize();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
