import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  HostGuard,
  toSqlResult
} from "./chunk-DQVKF43O.js";
import "./chunk-CVUXP45T.js";

// src/adapters/sqlite/strict-twin.ts
var PAGE = 512;
var StrictTwin = class {
  constructor(open2, guard) {
    this.open = open2;
    this.guard = guard;
  }
  open;
  guard;
  db;
  version;
  error(main, sql) {
    const version = JSON.stringify(
      main.prepare(
        "SELECT (SELECT schema_version FROM pragma_schema_version) AS v, count(*) AS n, total(length(sql)) AS l FROM main.sqlite_schema"
      ).all()
    );
    if (!this.db || version !== this.version) this.sync(main, version);
    try {
      this.db.prepare(sql);
      return void 0;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  close() {
    this.db?.close();
    this.db = void 0;
  }
  sync(main, version) {
    this.close();
    const rows = main.prepare("SELECT type, name, tbl_name, rootpage, sql FROM main.sqlite_schema").all();
    const db = this.open();
    const pages = Math.max(1, ...rows.map((r) => Number(r.rootpage) || 0));
    db.exec(
      `PRAGMA page_size = ${PAGE}; CREATE TABLE t (x); INSERT INTO t VALUES (zeroblob(${pages * PAGE})); DROP TABLE t; PRAGMA writable_schema = ON`
    );
    const insert = db.prepare(
      "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)"
    );
    for (const r of rows) insert.run(r.type, r.name, r.tbl_name, r.rootpage, r.sql);
    db.exec("PRAGMA schema_version = 1; PRAGMA writable_schema = OFF");
    db.setAuthorizer(this.guard.authorize);
    this.db = db;
    this.version = version;
  }
};

// src/adapters/sqlite/native.ts
var loading;
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var MIN_SAFE = -MAX_SAFE;
function loadNative() {
  loading ??= importQuietly().then((mod) => mod && usable(mod) ? makeEngine(mod) : void 0);
  return loading;
}
async function importQuietly() {
  const emit = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    const type = typeof rest[0] === "string" ? rest[0] : rest[0]?.type;
    if ((type === "ExperimentalWarning" || warning.name === "ExperimentalWarning") && /sqlite/i.test(text))
      return;
    return emit.call(process, warning, ...rest);
  });
  try {
    const specifier = "node:sqlite";
    return await import(specifier);
  } catch {
    return void 0;
  } finally {
    process.emitWarning = emit;
  }
}
function usable(mod) {
  const proto = mod.DatabaseSync?.prototype;
  if (!proto || !["setAuthorizer", "serialize", "deserialize", "function"].every((m) => typeof proto[m] === "function"))
    return false;
  try {
    const db = open(mod, new HostGuard());
    db.prepare(`SELECT "lockstep"`).get();
    db.close();
    return true;
  } catch {
    return false;
  }
}
function open(mod, guard) {
  const db = new mod.DatabaseSync("file:lockstep?vfs=memdb", {
    enableDoubleQuotedStringLiterals: true,
    enableForeignKeyConstraints: true,
    allowExtension: false,
    // As an application opens SQLite: a migration may use writable_schema.
    defensive: false
  });
  db.setAuthorizer(guard.authorize);
  return db;
}
function makeEngine(mod) {
  const probe = new mod.DatabaseSync(":memory:", {});
  const version = String(probe.prepare("SELECT sqlite_version() AS v").get().v);
  probe.close();
  const info = { name: "native", sqlite: version };
  const wrap = (bytes) => {
    const guard = new HostGuard();
    const db = open(mod, guard);
    if (bytes) db.deserialize(bytes);
    db.exec("PRAGMA foreign_keys = ON");
    const strict = () => new mod.DatabaseSync(":memory:", {
      enableDoubleQuotedStringLiterals: false,
      allowExtension: false,
      defensive: false
    });
    return new NativeDatabase(db, info, guard, new StrictTwin(strict, guard));
  };
  return { info, openMemory: () => wrap(), openBytes: (bytes) => wrap(bytes) };
}
var NativeDatabase = class {
  constructor(db, info, guard, twin) {
    this.db = db;
    this.info = info;
    this.guard = guard;
    this.twin = twin;
  }
  db;
  info;
  guard;
  twin;
  exec(sql) {
    this.guarded(() => this.db.exec(sql));
  }
  prepare(sql) {
    return new NativeStatement(
      this.guarded(() => this.db.prepare(sql)),
      this.guard
    );
  }
  defineFunction(name, fn) {
    const wrapper = (...args) => {
      let result;
      try {
        result = fn(...args);
      } catch (thrown) {
        throw thrown instanceof Error ? thrown : new Error(String(thrown));
      }
      return toSqlResult(result);
    };
    Object.defineProperty(wrapper, "length", { value: fn.length });
    this.db.function(name, { varargs: false }, wrapper);
  }
  strictError(sql) {
    return this.twin.error(this.db, sql);
  }
  export() {
    return this.db.serialize();
  }
  close() {
    this.twin.close();
    this.db.close();
  }
  guarded(run) {
    return guardedCall(this.guard, run);
  }
};
function guardedCall(guard, run) {
  try {
    return run();
  } catch (error) {
    throw plainError(error, guard);
  }
}
function plainError(error, guard) {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(guard.explain(message));
}
var NativeStatement = class {
  constructor(stmt, guard) {
    this.stmt = stmt;
    this.guard = guard;
  }
  stmt;
  guard;
  names;
  get columns() {
    this.names ??= this.stmt.columns().map((c) => c.name);
    return this.names;
  }
  rows(params = []) {
    this.stmt.setReturnArrays(true);
    this.stmt.setReadBigInts(true);
    const rows = guardedCall(this.guard, () => this.stmt.all(...params));
    for (const row of rows)
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (typeof v === "bigint" && v >= MIN_SAFE && v <= MAX_SAFE) row[i] = Number(v);
      }
    return rows;
  }
  drain() {
    this.stmt.setReadBigInts(true);
    guardedCall(this.guard, () => {
      for (const _ of this.stmt.iterate()) {
      }
    });
  }
  finalize() {
    this.stmt.close?.();
  }
};
export {
  loadNative
};
