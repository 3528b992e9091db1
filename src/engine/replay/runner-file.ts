import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { SqlDatabase } from "../../adapters/sqlite/engine.js";
import type { RunnerPlace } from "./runner-steps.js";

/**
 * The throwaway file opened by lockstep between the tool's steps (an empty database before the first step
 * made it), with the application's functions; `write`: saved back afterwards, for the tool's next step.
 */
export function withFile<T>(place: RunnerPlace, write: boolean, fn: (db: SqlDatabase) => T): T {
  const db = existsSync(place.db)
    ? place.engine.openBytes(readFileSync(place.db))
    : place.engine.openMemory();
  try {
    for (const [name, f] of Object.entries(place.functions ?? {})) db.defineFunction(name, f);
    const result = fn(db);
    if (write) writeFileSync(place.db, db.export());
    return result;
  } finally {
    db.close();
  }
}
