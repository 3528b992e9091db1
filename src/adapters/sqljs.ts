import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import initSqlJs from "fts5-sql-bundle/dist/sql-wasm.js";
import type { Database, SqlJsStatic, Statement } from "sql.js";

export type { Database, SqlJsStatic, Statement };

let loading: Promise<SqlJsStatic> | undefined;

/** The wasm sits in dist/ (this code is in dist/chunks/ there); from source it comes from node_modules. */
function locateWasm(file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const beside of [join(here, file), join(here, "..", file)]) if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("fts5-sql-bundle/dist/sql-wasm.js")), file);
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: locateWasm });
  return loading;
}

/** A fresh in-memory database with foreign keys enforced, as a careful application opens it. */
export async function openMemoryDatabase(): Promise<Database> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec("PRAGMA foreign_keys = ON");
  return db;
}

/** Opens a copy of a database file's bytes: the file on disk is never written. */
export async function openDatabaseBytes(bytes: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  return new SQL.Database(bytes);
}
