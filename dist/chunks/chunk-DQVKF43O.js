import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/adapters/sqlite/host-policy.ts
var SQLITE_ATTACH = 24;
var SQLITE_PRAGMA = 19;
var SQLITE_OK = 0;
var SQLITE_DENY = 1;
var URI = /^file:/i;
var PATH_PRAGMAS = /* @__PURE__ */ new Set(["temp_store_directory", "data_store_directory"]);
function refusal(code, arg1, arg2) {
  if (code === SQLITE_ATTACH && (arg1 === null || URI.test(arg1)))
    return `lockstep replays in memory and never lets SQL choose where a database is opened (ATTACH or VACUUM INTO of ${arg1 === null ? "a name computed at run time" : "a file: URI"}); give the file name as a plain string literal, which lockstep keeps in memory`;
  if (code === SQLITE_PRAGMA && arg1 !== null && PATH_PRAGMAS.has(arg1.toLowerCase()) && arg2 !== null)
    return `lockstep replays in memory and never lets SQL point SQLite at a directory of this machine (PRAGMA ${arg1})`;
  return void 0;
}
var HostGuard = class {
  reason;
  authorize = (code, arg1, arg2) => {
    const why = refusal(code, arg1, arg2);
    if (why === void 0) return SQLITE_OK;
    this.reason = why;
    return SQLITE_DENY;
  };
  /** SQLite's "not authorized" says nothing of why: the refusal's reason is added. */
  explain(message) {
    const why = this.reason;
    this.reason = void 0;
    return why && /not authorized|authorization denied/.test(message) ? `${message}: ${why}` : message;
  }
};

// src/adapters/sqlite/values.ts
function toSqlResult(value) {
  if (value === void 0) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}
function sqliteMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^SQLITE_[A-Z_]+: sqlite3 result code \d+: /, "");
}

export {
  HostGuard,
  toSqlResult,
  sqliteMessage
};
