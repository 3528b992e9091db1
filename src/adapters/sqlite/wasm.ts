import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sqlite3InitModule from "@sqlite.org/sqlite-wasm";
import { HostGuard } from "./host-policy.js";
import type { EngineInfo, SqlDatabase, SqlEngine, SqlFunction, SqlStatement, SqlValue } from "./types.js";
import { sqliteMessage, toSqlResult } from "./values.js";

type Sqlite3 = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Db = InstanceType<Sqlite3["oo1"]["DB"]>;
type Stmt = ReturnType<Db["prepare"]>;

const WASM = "sqlite3.wasm";
let loading: Promise<SqlEngine> | undefined;

/** The wasm sits in dist/ (this code is in dist/chunks/ there); from source it comes from node_modules. */
function wasmBytes(): Uint8Array {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const beside of [join(here, WASM), join(here, "..", WASM)])
    if (existsSync(beside)) return readFileSync(beside);
  return readFileSync(createRequire(import.meta.url).resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm"));
}

export function loadWasm(): Promise<SqlEngine> {
  loading ??= (async () => {
    const quiet = () => {};
    // The build logs failed steps on its own; lockstep reports them as findings instead.
    (globalThis as { sqlite3ApiConfig?: unknown }).sqlite3ApiConfig = {
      warn: quiet,
      error: quiet,
      log: quiet,
      debug: quiet,
    };
    const init = sqlite3InitModule as unknown as (module: object) => ReturnType<typeof sqlite3InitModule>;
    const sqlite3 = await init({ wasmBinary: wasmBytes(), print: quiet, printErr: quiet });
    return makeEngine(sqlite3);
  })();
  return loading;
}

function makeEngine(sqlite3: Sqlite3): SqlEngine {
  const capi = sqlite3.capi;
  const info: EngineInfo = { name: "wasm", sqlite: sqlite3.version.libVersion };
  const open = (bytes?: Uint8Array): SqlDatabase => {
    const db = new sqlite3.oo1.DB(":memory:", "c");
    const guard = new HostGuard();
    // As a normal SQLite build has them: real migrations use DEFAULT "manual" and CREATE INDEX i ON t("x").
    capi.sqlite3_db_config(db.pointer as never, capi.SQLITE_DBCONFIG_DQS_DML, 1, 0);
    capi.sqlite3_db_config(db.pointer as never, capi.SQLITE_DBCONFIG_DQS_DDL, 1, 0);
    capi.sqlite3_set_authorizer(
      db.pointer as never,
      (_p, code, arg1, arg2) => guard.authorize(code, arg1 === 0 ? null : arg1, arg2 === 0 ? null : arg2),
      0 as never,
    );
    if (bytes) {
      // A plain view: the allocator does not take a Buffer for the Uint8Array it is.
      const p = sqlite3.wasm.allocFromTypedArray(
        new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      );
      const rc = capi.sqlite3_deserialize(
        db.pointer as never,
        "main",
        p,
        bytes.length,
        bytes.length,
        capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE,
      );
      if (rc !== 0) {
        db.close();
        throw new Error(capi.sqlite3_js_rc_str(rc) ?? `SQLite result code ${rc}`);
      }
    }
    db.exec("PRAGMA foreign_keys = ON");
    return new WasmDatabase(sqlite3, db, info, guard);
  };
  return { info, openMemory: () => open(), openBytes: (bytes) => open(bytes) };
}

function guardedCall<T>(guard: HostGuard, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Error(guard.explain(sqliteMessage(error)));
  }
}

class WasmDatabase implements SqlDatabase {
  constructor(
    private readonly sqlite3: Sqlite3,
    private readonly db: Db,
    readonly info: EngineInfo,
    private readonly guard: HostGuard,
  ) {}

  exec(sql: string): void {
    guardedCall(this.guard, () => this.db.exec(sql));
  }

  prepare(sql: string): SqlStatement {
    return new WasmStatement(
      guardedCall(this.guard, () => this.db.prepare(sql)),
      this.guard,
    );
  }

  defineFunction(name: string, fn: SqlFunction): void {
    this.db.createFunction({
      name,
      arity: fn.length,
      xFunc: (_ctx: number, ...args: unknown[]) => toSqlResult((fn as (...a: unknown[]) => unknown)(...args)),
    } as never);
  }

  strictError(sql: string): string | undefined {
    const set = (on: number) => {
      const { capi } = this.sqlite3;
      capi.sqlite3_db_config(this.db.pointer as never, capi.SQLITE_DBCONFIG_DQS_DML, on, 0);
      capi.sqlite3_db_config(this.db.pointer as never, capi.SQLITE_DBCONFIG_DQS_DDL, on, 0);
    };
    set(0);
    try {
      this.db.prepare(sql).finalize();
      return undefined;
    } catch (error) {
      return sqliteMessage(error);
    } finally {
      set(1);
    }
  }

  export(): Uint8Array {
    return this.sqlite3.capi.sqlite3_js_db_export(this.db.pointer as never);
  }

  close(): void {
    this.db.close();
  }
}

class WasmStatement implements SqlStatement {
  private names: readonly string[] | undefined;

  constructor(
    private readonly stmt: Stmt,
    private readonly guard: HostGuard,
  ) {}

  get columns(): readonly string[] {
    this.names ??= this.stmt.columnCount > 0 ? this.stmt.getColumnNames() : [];
    return this.names;
  }

  rows(params: readonly SqlValue[] = []): SqlValue[][] {
    const { stmt } = this;
    return guardedCall(this.guard, () => {
      try {
        if (params.length > 0) stmt.bind(params as never);
        const out: SqlValue[][] = [];
        while (stmt.step()) out.push(stmt.get([]) as SqlValue[]);
        return out;
      } finally {
        // A statement left mid-step would lock tables the user's next DROP needs.
        stmt.reset(true);
      }
    });
  }

  drain(): void {
    const { stmt } = this;
    guardedCall(this.guard, () => {
      try {
        while (stmt.step()) {
          // Read and dropped.
        }
      } finally {
        stmt.reset();
      }
    });
  }

  finalize(): void {
    this.stmt.finalize();
  }
}
