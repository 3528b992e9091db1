// What SQL may reach outside the in-memory database: nothing. Each engine keeps ATTACH and VACUUM INTO in
// memory (the native one opens its databases on SQLite's memdb VFS, the wasm one has only an in-memory file
// system); what could pick another VFS is refused the same way on both, so a migration gets one verdict.

/** SQLite's authorizer action codes used here (sqlite3.h). */
const SQLITE_ATTACH = 24;
const SQLITE_PRAGMA = 19;
export const SQLITE_OK = 0;
export const SQLITE_DENY = 1;

/** A URI filename can name a VFS of its own (`file:x.db?vfs=unix`): that one would reach the disk. */
const URI = /^file:/i;
const PATH_PRAGMAS = new Set(["temp_store_directory", "data_store_directory"]);

/** Why an action is refused, or undefined when it may run. SQLite checks VACUUM INTO as an ATTACH too. */
export function refusal(code: number, arg1: string | null, arg2: string | null): string | undefined {
  if (code === SQLITE_ATTACH && (arg1 === null || URI.test(arg1)))
    return `lockstep replays in memory and never lets SQL choose where a database is opened (ATTACH or VACUUM INTO of ${arg1 === null ? "a name computed at run time" : "a file: URI"}); give the file name as a plain string literal, which lockstep keeps in memory`;
  if (code === SQLITE_PRAGMA && arg1 !== null && PATH_PRAGMAS.has(arg1.toLowerCase()) && arg2 !== null)
    return `lockstep replays in memory and never lets SQL point SQLite at a directory of this machine (PRAGMA ${arg1})`;
  return undefined;
}

/** An authorizer callback that refuses host access and remembers why, for the error message. */
export class HostGuard {
  reason: string | undefined;

  readonly authorize = (code: number, arg1: string | null, arg2: string | null): number => {
    const why = refusal(code, arg1, arg2);
    if (why === undefined) return SQLITE_OK;
    this.reason = why;
    return SQLITE_DENY;
  };

  /** SQLite's "not authorized" says nothing of why: the refusal's reason is added. */
  explain(message: string): string {
    const why = this.reason;
    this.reason = undefined;
    return why && /not authorized|authorization denied/.test(message) ? `${message}: ${why}` : message;
  }
}
