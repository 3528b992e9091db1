import type { HostGuard } from "./host-policy.js";

// The parts of node:sqlite the twin uses.
interface TwinDb {
  exec(sql: string): void;
  prepare(sql: string): { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
  setAuthorizer(callback: (code: number, arg1: string | null, arg2: string | null) => number): void;
  close(): void;
}
type Open = () => TwinDb;
interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  rootpage: number;
  sql: string | null;
}

const PAGE = 512;

/**
 * node:sqlite sets double-quoted strings once, when a connection opens, so statements are prepared on a second
 * connection opened with them off that holds the main one's schema (its sqlite_schema rows, copied while
 * writable_schema is on: SQLite parses a stored schema with double-quoted strings allowed, as it must for old
 * files). Only prepared there, never run, so the tables need no rows; it is copied again when the schema changed.
 */
export class StrictTwin {
  private db: TwinDb | undefined;
  private version: unknown;

  constructor(
    private readonly open: Open,
    private readonly guard: HostGuard,
  ) {}

  error(main: TwinDb, sql: string): string | undefined {
    // The cookie alone can come back to a value after a rollback with another schema behind it.
    const version = JSON.stringify(
      main
        .prepare(
          "SELECT (SELECT schema_version FROM pragma_schema_version) AS v, count(*) AS n, total(length(sql)) AS l FROM main.sqlite_schema",
        )
        .all(),
    );
    if (!this.db || version !== this.version) this.sync(main, version);
    try {
      (this.db as TwinDb).prepare(sql);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
  }

  private sync(main: TwinDb, version: unknown): void {
    this.close();
    const rows = main
      .prepare("SELECT type, name, tbl_name, rootpage, sql FROM main.sqlite_schema")
      .all() as SchemaRow[];
    const db = this.open();
    // Root pages must exist for the schema to parse: a dropped blob leaves that many pages free.
    const pages = Math.max(1, ...rows.map((r) => Number(r.rootpage) || 0));
    db.exec(
      `PRAGMA page_size = ${PAGE}; CREATE TABLE t (x); INSERT INTO t VALUES (zeroblob(${pages * PAGE})); DROP TABLE t; PRAGMA writable_schema = ON`,
    );
    const insert = db.prepare(
      "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)",
    );
    for (const r of rows) insert.run(r.type, r.name, r.tbl_name, r.rootpage, r.sql);
    // A new schema cookie makes the connection read the rows it just wrote.
    db.exec("PRAGMA schema_version = 1; PRAGMA writable_schema = OFF");
    db.setAuthorizer(this.guard.authorize);
    this.db = db;
    this.version = version;
  }
}
