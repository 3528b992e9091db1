/** The SQLite build a replay runs on: Node's own (`node:sqlite`) or the SQLite project's WebAssembly build. */
export type EngineName = "native" | "wasm";
export type EngineChoice = EngineName | "auto";
export const ENGINE_CHOICES: readonly EngineChoice[] = ["auto", "native", "wasm"];

export interface EngineInfo {
  name: EngineName;
  /** sqlite_version() of the build. */
  sqlite: string;
}

export type SqlValue = number | string | Uint8Array | bigint | null;
export type SqlFunction = (...args: never[]) => unknown;

export interface SqlStatement {
  readonly columns: readonly string[];
  /** Every row, as arrays of values; the statement can be run again after. */
  rows(params?: readonly SqlValue[]): SqlValue[][];
  /** Runs to the end, reading and dropping each row, as a migration tool runs a SELECT. */
  drain(): void;
  finalize(): void;
}

export interface SqlDatabase {
  readonly info: EngineInfo;
  /** One or more statements, no rows. */
  exec(sql: string): void;
  /** Exactly one statement. */
  prepare(sql: string): SqlStatement;
  /** A user function taking as many SQL arguments as its JavaScript length. */
  defineFunction(name: string, fn: SqlFunction): void;
  /**
   * SQLite's error preparing `sql` (one statement) with double-quoted string literals off, or undefined when
   * it prepares: nothing is run, and the database is as it was.
   */
  strictError(sql: string): string | undefined;
  /** The database as the bytes of a SQLite file. */
  export(): Uint8Array;
  close(): void;
}

export interface SqlEngine {
  readonly info: EngineInfo;
  /** A fresh in-memory database, foreign keys enforced, SQL kept off the host's files. */
  openMemory(): SqlDatabase;
  /** An in-memory copy of a database file's bytes: the file itself is never opened. */
  openBytes(bytes: Uint8Array): SqlDatabase;
}
