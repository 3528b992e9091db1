import { LOCK_FILE } from "../lock/lock-file.js";

// Every file a layout reads as (part of) a migration, by name: SQL scripts, Flyway's per-script `.conf`,
// diesel's metadata.toml, Drizzle's journal, Sqitch's plan, an Alembic revision (`versions/*.py`), a Django
// migration (`<app>/migrations/*.py`), and lockstep's own lock file beside them.
const MIGRATION_FILE = new RegExp(
  `(\\.sql|\\.sql\\.conf|(^|/)(${LOCK_FILE.replace(".", "\\.")}|metadata\\.toml|_journal\\.json|sqitch\\.plan|(versions|migrations)/[^/]+\\.py))$`,
);

// Code migrations by their tools' own naming, not every script: Rails `db/migrate/<version>_<name>.rb`,
// TypeORM's `<13-digit timestamp>-<Name>.ts` (what `migration:create` writes), knex's
// `<digits>_<name>.js`/`.ts`/`.cjs` in a folder named like a set.
const CODE_MIGRATION = [
  /(^|\/)db\/migrate\/(.+\/)?\d+_[_a-z0-9]*(\.[_a-z0-9]+)?\.rb$/,
  /(^|\/)\d{13}-[^/]+\.(ts|js|mts|cts|mjs|cjs)$/,
  /(^|\/)(migrations?|migrate)\/\d+_[^/]+\.(js|cjs|ts)$/,
];

/** Whether a path could be a file of some migration set: a commit staging none cannot touch one. */
export function mayBeMigrationFile(path: string): boolean {
  return MIGRATION_FILE.test(path) || (!/\.d\.ts$/.test(path) && CODE_MIGRATION.some((re) => re.test(path)));
}
