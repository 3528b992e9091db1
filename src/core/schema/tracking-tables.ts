import { TRACKING_TABLES } from "../tools/index.js";

export { TRACKING_TABLES };

/** SQLite reserves `sqlite_` (any case) for its internals: sqlite_sequence, sqlite_stat1, autoindexes. */
export function isInternalName(name: string): boolean {
  return name.slice(0, 7).toLowerCase() === "sqlite_";
}

/** True when an object on table `table` (or the table itself) is left out of the model. */
export function isIgnoredTable(table: string): boolean {
  return isInternalName(table) || TRACKING_TABLES.has(table.toLowerCase());
}
