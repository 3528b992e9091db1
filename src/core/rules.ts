/**
 * The rule catalogue: every rule lockstep reports, declared once. Severities, the config's `rules` keys, which
 * rules a file may acknowledge and the README's rule table all derive from it.
 */
export type Severity = "error" | "warning";

export interface RuleSpec {
  severity: Severity;
  /** What the rule finds (Markdown, one paragraph). */
  meaning: string;
  /** A short case that sets it off (Markdown). */
  example: string;
  /** What to do about it (Markdown). */
  fix: string;
  /**
   * Whether a migration may acknowledge it in its own file (`-- lockstep:allow RULE "reason"`). Not the rules
   * about applied history or the lock file (amend is their way), nor a set's shape, nor an up that fails.
   */
  allow: boolean;
}

export const RULE_CATALOGUE = {
  "parse-error": {
    severity: "error",
    meaning:
      "a file cannot be read as a migration (bad markers, not UTF-8, binary, too large, symlink outside the directory or into `.git/`, a FIFO, socket or device instead of a file)",
    example: "a dbmate file without `-- migrate:up`",
    fix: "write the markers the tool reads, or move the file out of the migration directory",
    allow: false,
  },
  "duplicate-version": {
    severity: "error",
    meaning: "two migrations share a version; every file claiming it is named",
    example: "`0042_add_tags.sql` and `0042_add_users.sql` from two branches",
    fix: "renumber the newer one (`lockstep renumber`)",
    allow: false,
  },
  "up-failed": {
    severity: "error",
    meaning:
      "an up fails; points at the failing statement's line and column with SQLite's message. The replay stops there. A function SQLite lacks (`no such function: X`) is said to be the application's, registered for the replay with the `functions` key; a migration the base has is never to be edited",
    example: "`ALTER TABLE users ADD COLUMN email TEXT NOT NULL;` (SQLite needs a default for it)",
    fix: "correct the statement in the new migration; for an applied one, add a new migration instead",
    allow: false,
  },
  "down-failed": {
    severity: "error",
    meaning: "a down fails",
    example: "`DROP INDEX users_email;` for an index the up named `users_email_idx`",
    fix: "make the down undo exactly what the up did",
    allow: true,
  },
  "down-missing": {
    severity: "warning",
    meaning: "no down where the layout has downs",
    example: "a golang-migrate `0003_x.up.sql` without `0003_x.down.sql`",
    fix: 'write the down; set `"down": "none"` for a database whose tool never rolls back, or acknowledge it in a migration that cannot be undone',
    allow: true,
  },
  "down-mismatch": {
    severity: "error",
    meaning:
      "after the down, the schema differs from the schema before the up (an empty down after a schema-changing up is this); a difference of declared types alone, with the same type affinity (`VARCHAR(255)` → `VARCHAR(768)`), is a warning",
    example: "an up adding a table and an index, a down dropping only the table's column",
    fix: "drop or restore in the down every object the message names",
    allow: true,
  },
  "down-column-order": {
    severity: "warning",
    meaning: "after the down, the same columns exist in another order (a dropped column re-added at the end)",
    example: "an up `DROP COLUMN b` of `(a, b, c)`, a down `ADD COLUMN b`",
    fix: "rebuild the table in the down when column order matters (`SELECT *`, positional inserts)",
    allow: true,
  },
  "redo-mismatch": {
    severity: "error",
    meaning:
      "the up run again after its down fails or gives a different schema than the first up; a difference of declared types alone, with the same type affinity, is a warning",
    example: "a down that leaves a table the up creates without `IF NOT EXISTS`",
    fix: "make the down leave the database exactly as it was before the up",
    allow: true,
  },
  integrity: {
    severity: "error",
    meaning: "`PRAGMA integrity_check` or `PRAGMA foreign_key_check` fails after a step",
    example: "a rebuild that drops a parent table its children still reference",
    fix: "recreate what the rows point at, or move the rows before dropping it",
    allow: true,
  },
  "transaction-control": {
    severity: "warning",
    meaning:
      "the file's own transaction statements do not do what it means when its tool runs it, as the replay shows: a BEGIN that fails inside the tool's transaction, a COMMIT that ends it so the tool's own COMMIT fails, or a BEGIN never closed in a file run as written; says how that tool lets a file opt out (a `PRAGMA foreign_keys` the transaction ignores is [`fk-pragma-in-transaction`](#rule-fk-pragma-in-transaction))",
    example: "`BEGIN; … COMMIT;` in a goose file goose already wraps",
    fix: "remove the statements, or mark the file with the tool's opt-out the message names",
    allow: true,
  },
  "order-ambiguous": {
    severity: "warning",
    meaning:
      "versions of different widths sort differently as text and as numbers; says which order the layout's tool uses",
    example: "`9_x.sql` beside `10_y.sql` in a layout that sorts by name",
    fix: "pad versions to one width (`lockstep renumber`)",
    allow: false,
  },
  "not-replayed": {
    severity: "warning",
    meaning:
      "a migration lockstep cannot run (a `.go`, `.js`, `.py` step) because the database has no [runner](#code-migrations) for it, or the Action was not let run one (`run-code`); later failures may stem from it; names the preset that would replay it",
    example: "a goose `00012_backfill.go` with no `runner`",
    fix: "give the database a `runner` (the message names the preset), or acknowledge it",
    allow: true,
  },
  "empty-migration": {
    severity: "warning",
    meaning:
      "an up with no statements (an empty or comment-only file): it changes nothing. A placeholder (its comments say the work is done in code, or it sits beside a code migration such as a goose `.go` one) is named so, and kept: deleting it would leave databases that recorded its version with one their tool cannot find",
    example: "a Prisma `migration.sql` holding only `-- This is an empty migration.`",
    fix: "write the migration, or delete the file if no database has applied it",
    allow: true,
  },
  "lockfile-stale": {
    severity: "error",
    meaning:
      "`lockstep.sum` does not match the migration files (`lock --check`), or has a line lockstep cannot read (`lockstep lock` writes it again)",
    example: "a new migration committed without `lockstep lock`",
    fix: "run `lockstep lock` and commit `lockstep.sum`",
    allow: false,
  },
  "locked-modified": {
    severity: "error",
    meaning: "an applied migration was edited (shows the changed lines); allowed once amended with a reason",
    example: "a typo fixed in a merged migration",
    fix: "undo the edit and add a new migration, or `lockstep lock --amend VERSION --reason …` when every database has the change",
    allow: false,
  },
  "locked-renamed": {
    severity: "error",
    meaning: "an applied migration was renamed",
    example: "`0004_x.sql` renamed `0005_x.sql` after it was applied",
    fix: "rename it back: databases record it by its name or version",
    allow: false,
  },
  "locked-deleted": {
    severity: "error",
    meaning: "an applied migration was deleted",
    example: "an old migration removed while squashing",
    fix: "restore the file, or squash with a baseline every database has reached",
    allow: false,
  },
  "lockfile-tampered": {
    severity: "error",
    meaning:
      "the `lockstep.sum` line of an applied migration (or its amendment) was changed, removed or damaged",
    example: "a hand-edited hash in `lockstep.sum`",
    fix: "restore the line from the base (`git checkout origin/main -- lockstep.sum`), then `lockstep lock`",
    allow: false,
  },
  "out-of-order": {
    severity: "error",
    meaning:
      "a new migration sorts at or before the newest applied one (Drizzle: its journal `when` is not after the newest applied one's, so the migrator never applies it)",
    example: "a branch's `0041_x.sql` after the base merged `0042_y.sql`",
    fix: "renumber the new migration after the newest applied one (`lockstep renumber`)",
    allow: false,
  },
  "locked-amended": {
    severity: "warning",
    meaning: "an applied migration was edited and amended with a reason (`check` quotes it)",
    example: "a comment fixed in an applied migration, amended with its reason",
    fix: "nothing, when the reason holds: the warning tells reviewers",
    allow: false,
  },
  overlap: {
    severity: "warning",
    meaning: "a new migration and one the base gained since the branch point change the same table",
    example: "two branches each adding a column to `users`",
    fix: "rebase and replay the two together; check they still mean what each meant",
    allow: true,
  },
  timeout: {
    severity: "error",
    meaning:
      "a statement ran past its time budget (`timeout`, `--timeout`); names the file, line and statement. The replay stops there",
    example: "a recursive CTE that never ends",
    fix: "bound the statement, or raise `timeout` when it is meant to take long",
    allow: false,
  },
  "verify-failed": {
    severity: "error",
    meaning:
      "a verify script (Sqitch's `verify/<change>.sql`) fails right after its deploy; points at the failing statement",
    example: "`SELECT email FROM users WHERE 0;` after a deploy that named the column `mail`",
    fix: "correct the deploy or the verify script",
    allow: false,
  },
  "multiple-heads": {
    severity: "error",
    meaning:
      "two Alembic revisions name one down_revision and their lines never meet again, or one app of a Django project has two leaf migrations: two branches each added the next migration. Also a new revision (migration) that follows an applied one the base has already followed with another. `alembic upgrade head` and `manage.py migrate` refuse such a history; names both files",
    example: 'two branches\' revisions both with `down_revision = "ae1027a6acf"`',
    fix: "point the newer one at the other (`lockstep renumber`), or merge them (`alembic merge`, `makemigrations --merge`)",
    allow: false,
  },
  "missing-parent": {
    severity: "error",
    meaning:
      "an Alembic `down_revision`/`depends_on` or a Django dependency names a revision or migration the project does not have",
    example: '`down_revision = "1975ea83b712"` after that revision was deleted',
    fix: "name an existing revision, or restore the one named",
    allow: false,
  },
  "revision-cycle": {
    severity: "error",
    meaning: "Alembic down_revisions or Django dependencies go round in a circle",
    example: "revision A down to B, B down to A",
    fix: "break the circle: one of them must follow the other",
    allow: false,
  },
  "sqlite-version": {
    severity: "error",
    meaning:
      'with `"sqlite": "3.31"` (the oldest SQLite the database runs on), a statement uses SQL that SQLite first took later: UPSERT 3.24, `RENAME COLUMN` and window functions 3.25, `NULLS FIRST`/`LAST` and `FILTER` 3.30, generated columns 3.31, `iif()` 3.32, `DROP COLUMN` and `RETURNING` 3.35, `STRICT` 3.37, `->`/`->>` and `format()` 3.38, `unhex()` 3.41, `octet_length()`/`timediff()` 3.43, `concat()`/`concat_ws()`/`string_agg()` 3.44; names the statement\'s line, the release it needs, and what to write instead',
    example: '`ALTER TABLE users DROP COLUMN legacy;` with `"sqlite": "3.31"`',
    fix: "write it the older way the message gives (a table rebuild for DROP COLUMN), or raise `sqlite`",
    allow: true,
  },
  destructive: {
    severity: "warning",
    meaning:
      "an up drops a table or a column (`DROP TABLE`, `ALTER TABLE … DROP COLUMN`, a rebuild that leaves a column out) or renames one (`RENAME TO`, `RENAME COLUMN`) that was there before it: during a rolling deploy the application still running the old code fails on it. Not in downs, not for a table the same migration created, not for the rebuild that keeps the table (see [SQLite safety rules](#sqlite-safety-rules))",
    example: "`ALTER TABLE users DROP COLUMN legacy;`",
    fix: 'ship the code that stops using it first; then acknowledge it: `-- lockstep:allow destructive "unused since v2.3"`',
    allow: true,
  },
  "fk-pragma-in-transaction": {
    severity: "error",
    meaning:
      "a `PRAGMA foreign_keys = OFF` after which foreign keys are still on, as the replay reads back: inside a transaction (the tool's, or the file's own) SQLite ignores it, so a rebuild's `DROP TABLE` deletes or blocks the rows that reference the table; says how that tool lets a file run outside its transaction",
    example: "a dbmate file rebuilding `users` between `PRAGMA foreign_keys = OFF` and `ON`",
    fix: "let the file run outside the tool's transaction with the opt-out the message names (goose and sql-migrate then send each statement to the pool: the message says when the rebuild still runs on the PRAGMA's connection); where the tool has none (D1), copy the child rows aside before the rebuild and back after it",
    allow: true,
  },
  "rebuild-order": {
    severity: "warning",
    meaning:
      "a table rebuild done otherwise than [SQLite's order](https://www.sqlite.org/lang_altertable.html#otheralter), as the schemas before and after the up show: the old table renamed first (`RENAME x TO old_x`), which on SQLite 3.26+ re-points other tables' foreign keys, views and triggers to `old_x`, left dangling by its DROP; an index or trigger of the old table not created again; a foreign key the new table lacks; the rows copied with `SELECT *`",
    example:
      "`ALTER TABLE teams RENAME TO old_teams; CREATE TABLE teams (…); INSERT INTO teams SELECT * FROM old_teams; DROP TABLE old_teams;`",
    fix: "create `new_x`, copy naming the columns, drop `x`, rename `new_x` to `x`, then create the old table's indexes and triggers again",
    allow: true,
  },
  dqs: {
    severity: "warning",
    meaning:
      'a double-quoted string SQLite accepted only because no column or table has that name (`CHECK (s IN ("a"))`, `WHERE key = "x"`, an index expression, a view, a trigger body): a misspelt column silently becomes a constant string. Found by preparing each statement with a double-quoted token again with double-quoted strings off; one finding per file, naming the column probably meant',
    example: '`CREATE INDEX users_email ON users (lower("emial"));`',
    fix: "single quotes for strings (`'paid'`), the real column's name for columns",
    allow: true,
  },
  "writable-schema": {
    severity: "warning",
    meaning:
      "`PRAGMA writable_schema = ON`, or an INSERT/UPDATE/DELETE of `sqlite_schema`/`sqlite_master`: edits SQLite does not check, and a wrong row makes the database unreadable",
    example: "`UPDATE sqlite_master SET sql = … WHERE name = 'users';`",
    fix: "write the change as CREATE/ALTER/DROP statements (a rebuild where ALTER cannot)",
    allow: true,
  },
  "legacy-alter-table": {
    severity: "warning",
    meaning:
      "`PRAGMA legacy_alter_table = ON`: until it is turned off, `ALTER TABLE … RENAME` no longer updates the triggers and views that name the table or column",
    example: "`PRAGMA legacy_alter_table = ON;` before a rename",
    fix: "leave the connection's default; recreate the triggers and views the rename should change",
    allow: true,
  },
  "data-loss": {
    severity: "error",
    meaning:
      "with [data](#replay-with-data): rows of a table the up neither drops nor deletes from, updates or replaces are gone after it, or their values are NULL: the cascade of a rebuild's `DROP TABLE` with foreign keys still on (`ON DELETE CASCADE` / `SET NULL`), a copy (`INSERT … SELECT`) whose join leaves rows out or that leaves a column out. Names the table, how many rows, the statement, and the fix true for the tool. A warning when the up and its down leave a table without rows or values it had before the up (a down that cannot keep data, such as one that re-adds a dropped column)",
    example:
      "Drizzle's rebuild of `users` (`PRAGMA foreign_keys=OFF` inside its transaction) empties `posts … REFERENCES users ON DELETE CASCADE`",
    fix: "run the rebuild with foreign keys really off (the tool's opt-out, outside its transaction), or copy the child rows aside and back",
    allow: true,
  },
  "seed-failed": {
    severity: "error",
    meaning:
      "with [data](#replay-with-data): a `seed` file fails after the migration it follows; names the seed's line",
    example: "a seed inserting into a column a later migration renamed",
    fix: "update the seed to the schema at the version it follows (`after`)",
    allow: false,
  },
  "db-missing": {
    severity: "error",
    meaning:
      "`status DB`: the database's tracking table records a migration no file has (deleted, or applied from another branch); says what the tool does with it (sqlx, knex, sql-migrate, golang-migrate, Flyway and Alembic refuse to go on)",
    example: "`_sqlx_migrations` holds version 20240105 and `migrations/` has no such file",
    fix: "restore the file from the branch that applied it, or roll that database back with the tool before deleting it",
    allow: false,
  },
  "db-changed": {
    severity: "error",
    meaning:
      "`status DB`: the checksum the tool stored when it applied the migration is not the file's now (sqlx SHA-384, Flyway CRC-32, Prisma SHA-256, Drizzle's hash); says what the tool does (sqlx and Flyway refuse to run)",
    example: "a comment added to an sqlx migration after `sqlx migrate run`",
    fix: "undo the edit and put the change in a new migration",
    allow: false,
  },
  "db-failed": {
    severity: "error",
    meaning:
      "`status DB`: the tool marks the migration unfinished (a dirty golang-migrate version, an sqlx row with `success = false`, a Prisma row with no `finished_at`, a failed Flyway row)",
    example: "`schema_migrations` of golang-migrate with `dirty = 1`",
    fix: "repair the database by hand to the migration's state, then clear the mark the way the tool says (`migrate force V`, `prisma migrate resolve`, `flyway repair`)",
    allow: false,
  },
  "db-out-of-order": {
    severity: "warning",
    meaning: "`status DB`: a migration is not applied though later ones are; says what the tool does with it",
    example: "a goose database at 0007 without 0005",
    fix: "apply it with the tool's out-of-order option (goose `-allow-missing`), or renumber it after the newest applied one",
    allow: false,
  },
  "db-never-applied": {
    severity: "error",
    meaning:
      "`status DB`: a pending migration the tool will skip on every run, with no option to apply it (Drizzle's migrator runs only journal entries whose `when` is later than the newest applied `created_at`); says why and how to make it run",
    example:
      "a Drizzle migration generated on a branch before the newest one applied on main, merged after it",
    fix: "generate it again after the newest applied migration (`drizzle-kit generate` stamps a new `when`)",
    allow: false,
  },
  "not-idempotent": {
    severity: "error",
    meaning:
      "with `\"idempotent\": true` (or `-- lockstep:idempotent` in the file; `# …` or `// …` in a code migration), the up run a second time right after the first fails (names the statement, file:line and SQLite's message; through a runner, the tool's error) or changes the schema or any table's rows (names the table and how many rows). Through a runner the tool's tracking rows are put back first, so the tool applies the same migration again",
    example: "`INSERT INTO settings (key, value) VALUES ('theme', 'dark');` in a migration marked idempotent",
    fix: "`CREATE … IF NOT EXISTS`, `INSERT OR IGNORE` / `ON CONFLICT DO NOTHING`, `DROP … IF EXISTS`",
    allow: true,
  },
  "allow-invalid": {
    severity: "warning",
    meaning:
      "a `lockstep:allow` comment lockstep cannot use: an unknown rule (the closest is suggested), a rule a file may not acknowledge, or no reason in double quotes. The findings it meant stay",
    example: '`-- lockstep:allow destructve "legacy table"`',
    fix: 'write `-- lockstep:allow RULE "why"` with a rule the table marks as allowable',
    allow: false,
  },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULE_CATALOGUE;

export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

/** Default severities by rule. */
export const RULES = Object.fromEntries(RULE_IDS.map((id) => [id, RULE_CATALOGUE[id].severity])) as {
  [K in RuleId]: (typeof RULE_CATALOGUE)[K]["severity"];
};
