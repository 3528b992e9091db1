import { HostGuard } from "./host-policy.js";
import { StrictTwin } from "./strict-twin.js";
import type { EngineInfo, SqlDatabase, SqlEngine, SqlFunction, SqlStatement, SqlValue } from "./types.js";
import { toSqlResult } from "./values.js";

// The parts of node:sqlite used here (the project's Node types predate it).
interface StatementSync {
  columns(): { name: string }[];
  setReturnArrays(on: boolean): void;
  setReadBigInts(on: boolean): void;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): Iterable<unknown>;
  close?(): void;
}
interface DatabaseSync {
  exec(sql: string): void;
  prepare(sql: string): StatementSync;
  function(name: string, options: { varargs: boolean }, fn: (...args: never[]) => unknown): void;
  setAuthorizer(callback: (code: number, arg1: string | null, arg2: string | null) => number): void;
  serialize(): Uint8Array;
  deserialize(bytes: Uint8Array): void;
  close(): void;
}
interface SqliteModule {
  DatabaseSync: { new (path: string, options: Record<string, unknown>): DatabaseSync; prototype: object };
}

let loading: Promise<SqlEngine | undefined> | undefined;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** node:sqlite, or undefined where the runtime lacks it or the parts the replay needs. */
export function loadNative(): Promise<SqlEngine | undefined> {
  loading ??= importQuietly().then((mod) => (mod && usable(mod) ? makeEngine(mod) : undefined));
  return loading;
}

/** Where node:sqlite is still experimental, importing it warns on stderr: that is not lockstep's to print. */
async function importQuietly(): Promise<SqliteModule | undefined> {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (
      (type === "ExperimentalWarning" || (warning as Error).name === "ExperimentalWarning") &&
      /sqlite/i.test(text)
    )
      return;
    return (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const specifier = "node:sqlite";
    return (await import(specifier)) as SqliteModule;
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emit;
  }
}

function usable(mod: SqliteModule): boolean {
  const proto = mod.DatabaseSync?.prototype as Record<string, unknown> | undefined;
  if (
    !proto ||
    !["setAuthorizer", "serialize", "deserialize", "function"].every((m) => typeof proto[m] === "function")
  )
    return false;
  try {
    const db = open(mod, new HostGuard());
    // Older builds ignore the option they do not know: double-quoted strings must really work.
    db.prepare(`SELECT "lockstep"`).get();
    db.close();
    return true;
  } catch {
    return false;
  }
}

function open(mod: SqliteModule, guard: HostGuard): DatabaseSync {
  // On the memdb VFS, whatever the SQL attaches (ATTACH 'x.db', VACUUM INTO) is in memory too.
  const db = new mod.DatabaseSync("file:lockstep?vfs=memdb", {
    enableDoubleQuotedStringLiterals: true,
    enableForeignKeyConstraints: true,
    allowExtension: false,
    // As an application opens SQLite: a migration may use writable_schema.
    defensive: false,
  });
  db.setAuthorizer(guard.authorize);
  return db;
}

function makeEngine(mod: SqliteModule): SqlEngine {
  const probe = new mod.DatabaseSync(":memory:", {});
  const version = String((probe.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v);
  probe.close();
  const info: EngineInfo = { name: "native", sqlite: version };
  const wrap = (bytes?: Uint8Array): SqlDatabase => {
    const guard = new HostGuard();
    const db = open(mod, guard);
    if (bytes) db.deserialize(bytes);
    db.exec("PRAGMA foreign_keys = ON");
    const strict = (): never =>
      new mod.DatabaseSync(":memory:", {
        enableDoubleQuotedStringLiterals: false,
        allowExtension: false,
        defensive: false,
      }) as never;
    return new NativeDatabase(db, info, guard, new StrictTwin(strict, guard));
  };
  return { info, openMemory: () => wrap(), openBytes: (bytes) => wrap(bytes) };
}

class NativeDatabase implements SqlDatabase {
  constructor(
    private readonly db: DatabaseSync,
    readonly info: EngineInfo,
    private readonly guard: HostGuard,
    private readonly twin: StrictTwin,
  ) {}

  exec(sql: string): void {
    this.guarded(() => this.db.exec(sql));
  }

  prepare(sql: string): SqlStatement {
    return new NativeStatement(
      this.guarded(() => this.db.prepare(sql)),
      this.guard,
    );
  }

  defineFunction(name: string, fn: SqlFunction): void {
    // node:sqlite keeps only an Error's message and takes no boolean or undefined result.
    const wrapper = (...args: never[]) => {
      let result: unknown;
      try {
        result = fn(...args);
      } catch (thrown) {
        throw thrown instanceof Error ? thrown : new Error(String(thrown));
      }
      return toSqlResult(result);
    };
    // node:sqlite takes as many SQL arguments as the function's JavaScript length.
    Object.defineProperty(wrapper, "length", { value: fn.length });
    this.db.function(name, { varargs: false }, wrapper);
  }

  strictError(sql: string): string | undefined {
    return this.twin.error(this.db as never, sql);
  }

  export(): Uint8Array {
    return this.db.serialize();
  }

  close(): void {
    this.twin.close();
    this.db.close();
  }

  private guarded<T>(run: () => T): T {
    return guardedCall(this.guard, run);
  }
}

function guardedCall<T>(guard: HostGuard, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw plainError(error, guard);
  }
}

function plainError(error: unknown, guard: HostGuard): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(guard.explain(message));
}

class NativeStatement implements SqlStatement {
  private names: readonly string[] | undefined;

  constructor(
    private readonly stmt: StatementSync,
    private readonly guard: HostGuard,
  ) {}

  get columns(): readonly string[] {
    this.names ??= this.stmt.columns().map((c) => c.name);
    return this.names;
  }

  rows(params: readonly SqlValue[] = []): SqlValue[][] {
    this.stmt.setReturnArrays(true);
    // An integer past 2^53 comes back as a bigint, as the wasm build gives it, instead of an error.
    this.stmt.setReadBigInts(true);
    const rows = guardedCall(this.guard, () => this.stmt.all(...(params as never[])) as SqlValue[][]);
    for (const row of rows)
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (typeof v === "bigint" && v >= MIN_SAFE && v <= MAX_SAFE) row[i] = Number(v);
      }
    return rows;
  }

  drain(): void {
    // Integers past 2^53 are read as they are, not refused; every row is stepped, not just the first.
    this.stmt.setReadBigInts(true);
    guardedCall(this.guard, () => {
      for (const _ of this.stmt.iterate()) {
        // Read and dropped.
      }
    });
  }

  finalize(): void {
    this.stmt.close?.();
  }
}
