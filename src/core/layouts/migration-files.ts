import { LOCK_FILE } from "../lock/lock-file.js";

// Every file a layout reads as (part of) a migration, by name: SQL scripts, Flyway's per-script `.conf`,
// diesel's metadata.toml, Drizzle's journal, Sqitch's plan, an Alembic revision (`versions/*.py`), a Django
// migration (`<app>/migrations/*.py`), and lockstep's own lock file beside them.
const MIGRATION_FILE = new RegExp(
  `(\\.sql|\\.sql\\.conf|(^|/)(${LOCK_FILE.replace(".", "\\.")}|metadata\\.toml|_journal\\.json|sqitch\\.plan|(versions|migrations)/[^/]+\\.py))$`,
);

/** Whether a path could be a file of some migration set: a commit staging none cannot touch one. */
export function mayBeMigrationFile(path: string): boolean {
  return MIGRATION_FILE.test(path);
}
