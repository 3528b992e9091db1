/**
 * How a script can have changed sqlite_schema since the last read. `insert`: only CREATE statements, so its
 * changes are new rows; `drop`: only DROP of the named objects (folded names), which removes their rows and
 * those of the tables' indexes and triggers; `alter`: only ALTER TABLE … ADD/DROP COLUMN of the named tables,
 * which rewrite each table's own row in place; `mixed`: any of those and ALTER TABLE … RENAME TO, together (a
 * table rebuild); `any`: RENAME COLUMN, VACUUM, ROLLBACK, most PRAGMAs, a failure.
 */
export type SchemaWrites =
  | "none"
  | "insert"
  | "any"
  | { drop: readonly string[] }
  | { alter: readonly string[] }
  | { mixed: MixedWrites };

/** Folded names: dropped objects, tables given or losing a column, tables renamed (`from` → `to`). */
export interface MixedWrites {
  drops: readonly string[];
  alters: readonly string[];
  renames: readonly { from: string; to: string }[];
}
