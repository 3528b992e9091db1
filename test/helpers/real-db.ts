import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";

/** A SQLite file written with the documented shape of a tool's table (where the tool itself is not installed). */
export async function writeDatabase(path: string, sql: string): Promise<void> {
  const db = await openMemoryDatabase("wasm");
  try {
    db.exec(sql);
    writeFileSync(path, db.export());
  } finally {
    db.close();
  }
}

/** The file's bytes and the names beside it: what a read-only open must leave exactly as they were. */
export function snapshot(path: string): { bytes: Buffer; beside: string[] } {
  return { bytes: readFileSync(path), beside: readdirSync(dirname(path)).sort() };
}

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Runs SQL on a database file, as an application or a hand fix would (the test's own writes, not lockstep's). */
export async function editDatabase(path: string, sql: string): Promise<void> {
  const { loadEngine } = await import("../../src/adapters/sqlite/engine.js");
  const db = (await loadEngine("wasm")).openBytes(readFileSync(path));
  try {
    db.exec(sql);
    writeFileSync(path, db.export());
  } finally {
    db.close();
  }
}
