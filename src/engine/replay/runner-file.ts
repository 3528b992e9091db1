import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { SchemaReader } from "../../adapters/schema-reader.js";
import type { SqlDatabase } from "../../adapters/sqlite/engine.js";
import type { Migration } from "../../core/migration.js";
import { type Schema, withoutTables } from "../../core/schema/index.js";
import { IntegrityChecker, WHOLE_DATABASE } from "./integrity.js";
import type { RunnerPlace } from "./runner-place.js";

// The throwaway file between the tool's steps: read, opened, kept aside and put back by lockstep.

/**
 * The throwaway file opened by lockstep between the tool's steps (an empty database before the first step
 * made it), with the application's functions; `write`: saved back afterwards, for the tool's next step.
 */
export function withFile<T>(place: RunnerPlace, write: boolean, fn: (db: SqlDatabase) => T): T {
  const db = openFile(place);
  try {
    for (const [name, f] of Object.entries(place.functions ?? {})) db.defineFunction(name, f);
    const result = fn(db);
    if (write) writeFileSync(place.db, db.export());
    return result;
  } finally {
    db.close();
  }
}

/** An in-memory copy of the file (an empty database before the first step created it). */
export function openFile(place: RunnerPlace): SqlDatabase {
  return existsSync(place.db) ? place.engine.openBytes(readFileSync(place.db)) : place.engine.openMemory();
}

/** The schema of the file as it is, without the runner's own tables. */
export function readFileSchema(place: RunnerPlace): Schema {
  const db = openFile(place);
  try {
    return withoutTables(new SchemaReader(db).read(), place.runner.tables);
  } finally {
    db.close();
  }
}

/** The file's schema and what integrity checks say of it: after an up, which is where problems are reported. */
export function inspectFile(place: RunnerPlace): { schema: Schema; problems: string[] } {
  const db = openFile(place);
  try {
    const schema = withoutTables(new SchemaReader(db).read(), place.runner.tables);
    return { schema, problems: new IntegrityChecker(db).check(WHOLE_DATABASE) };
  } finally {
    db.close();
  }
}

/** The file's state kept aside and put back: one bad down never leaves its mess for the next step. */
export function keepCopy(place: RunnerPlace, copy: string): void {
  if (existsSync(place.db)) copyFileSync(place.db, copy);
  else rmSync(copy, { force: true });
}

export function restoreCopy(place: RunnerPlace, copy: string): void {
  if (!existsSync(copy)) {
    clearFile(place);
    return;
  }
  removeJournals(place);
  copyFileSync(copy, place.db);
}

/** Back to no database at all, as before the first step. */
export function clearFile(place: RunnerPlace): void {
  removeJournals(place);
  rmSync(place.db, { force: true });
}

function removeJournals(place: RunnerPlace): void {
  for (const suffix of ["-journal", "-wal", "-shm"]) rmSync(`${place.db}${suffix}`, { force: true });
}

/** A staged tool sees a directory holding the migrations up to this one, so "all pending" is this one. */
export function stageFiles(place: RunnerPlace, migration: Migration): void {
  if (place.dir === place.source) return;
  for (const display of migration.files) {
    const from = place.resolve(display);
    const to = join(place.dir, relative(place.source, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}
