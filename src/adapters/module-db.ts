import type { SqlDatabase, SqlStatement, SqlValue } from "./sqlite/engine.js";

type Row = Record<string, SqlValue>;
type Params = readonly unknown[];

/**
 * The part of better-sqlite3's `Database` that migration modules use, over lockstep's engine, so a
 * module's `up(db)` / `down(db)` runs on the replay's database: `exec`, `prepare(sql)` with
 * `run`/`get`/`all`/`iterate`/`pluck`/`raw`, `transaction(fn)` (nested ones as savepoints) and `pragma`.
 * Parameters are positional (`?`), as arguments or one array.
 */
export class ModuleDatabase {
  private depth = 0;
  private readonly changesStmt: SqlStatement;

  constructor(private readonly db: SqlDatabase) {
    this.changesStmt = db.prepare("SELECT changes(), last_insert_rowid()");
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  exec(sql: string): this {
    this.db.exec(sql);
    return this;
  }

  prepare(sql: string): ModuleStatement {
    return new ModuleStatement(this.db.prepare(sql), this.changesStmt);
  }

  pragma(source: string, options?: { simple?: boolean }): unknown {
    const stmt = this.prepare(`PRAGMA ${source}`);
    return options?.simple ? stmt.pluck().get() : stmt.all();
  }

  /** A function that runs `fn` in a transaction: BEGIN/COMMIT, or a savepoint inside another one. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      const name = `lockstep_tx_${this.depth}`;
      this.db.exec(this.depth === 0 ? "BEGIN" : `SAVEPOINT ${name}`);
      this.depth++;
      try {
        const result = fn(...args);
        this.depth--;
        this.db.exec(this.depth === 0 ? "COMMIT" : `RELEASE ${name}`);
        return result;
      } catch (error) {
        this.depth--;
        this.db.exec(this.depth === 0 ? "ROLLBACK" : `ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    };
  }

  /** Runs a migration's function, sync or async, in one transaction that its own transactions nest in. */
  async within(fn: () => unknown): Promise<void> {
    this.db.exec("BEGIN");
    this.depth++;
    try {
      await fn();
      this.depth--;
      this.db.exec("COMMIT");
    } catch (error) {
      this.depth--;
      this.db.exec("ROLLBACK");
      throw error;
    }
  }

  close(): void {
    this.changesStmt.finalize();
  }
}

export class ModuleStatement {
  private plucked = false;
  private rawRows = false;

  constructor(
    private readonly stmt: SqlStatement,
    private readonly changes: SqlStatement,
  ) {}

  pluck(on = true): this {
    this.plucked = on;
    return this;
  }

  raw(on = true): this {
    this.rawRows = on;
    return this;
  }

  run(...params: Params): { changes: number; lastInsertRowid: number | bigint } {
    this.stmt.rows(bind(params));
    const [[changes, rowid] = [0, 0]] = this.changes.rows();
    return { changes: Number(changes), lastInsertRowid: rowid as number | bigint };
  }

  get(...params: Params): unknown {
    return this.all(...params)[0];
  }

  all(...params: Params): unknown[] {
    const rows = this.stmt.rows(bind(params));
    return rows.map((row) => this.shape(row));
  }

  *iterate(...params: Params): IterableIterator<unknown> {
    yield* this.all(...params);
  }

  private shape(row: SqlValue[]): unknown {
    if (this.plucked) return row[0];
    if (this.rawRows) return row;
    const out: Row = {};
    this.stmt.columns.forEach((name, i) => {
      out[name] = row[i] ?? null;
    });
    return out;
  }
}

function bind(params: Params): SqlValue[] {
  const flat = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
  return flat.map((p) => {
    if (p === undefined) return null;
    if (typeof p === "boolean") return p ? 1 : 0;
    if (p instanceof Date) return p.toISOString();
    return p as SqlValue;
  });
}
