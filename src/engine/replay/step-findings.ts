import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript, MigrationSet } from "../../core/migration.js";
import { codePreset } from "../../core/runner/runner.js";
import type { ScriptResult } from "./execute.js";
import { quoteStatement } from "./replay-steps.js";

// The findings one step of a SQL replay reports about the migration itself, worded in one place.

type Failure = NonNullable<ScriptResult["failure"]>;

/** A migration that is not SQL, in a database with no runner for it. */
export function notReplayed(set: MigrationSet, migration: Migration): Finding {
  const file = migration.code ?? migration.files[0];
  return finding(
    "not-replayed",
    `${migration.version} is not SQL (${file}); lockstep cannot run it, so failures after it may stem from what it would have done${proposeRunner(set.layout)}`,
    { version: migration.version, file },
  );
}

/** An up that failed; `advice` says what likely caused it and what to do (see up-failure). */
export function upFailed(
  migration: Migration,
  up: MigrationScript,
  failure: Failure,
  advice: string,
): Finding {
  return finding(
    "up-failed",
    `the up of ${migration.version} failed at ${up.file}:${failure.line}:${failure.column} (${quoteStatement(failure.statement)}): ${failure.message}${advice}`,
    { version: migration.version, file: up.file, line: failure.line, column: failure.column },
  );
}

/** An up that fails with rows and passes without: `up-failed`, worded so it is plain an empty database passes. */
export function dataOnlyFailure(
  migration: Migration,
  up: MigrationScript,
  failure: Failure,
  why: string,
): Finding {
  return finding(
    "up-failed",
    `the up of ${migration.version} fails on a database with data at ${up.file}:${failure.line}:${failure.column} (${quoteStatement(failure.statement)}): ${failure.message}; ${why}`,
    { version: migration.version, file: up.file, line: failure.line, column: failure.column },
  );
}

/** A migration without a down in a set that has them; an error where the database requires downs. */
export function downMissing(migration: Migration, up: MigrationScript, required: boolean): Finding {
  const missing = finding(
    "down-missing",
    `${migration.version} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
    { version: migration.version, file: up.file },
  );
  if (required) missing.severity = "error";
  return missing;
}

/** Where a SQL migration's down starts: the line a down's data-loss warning names. */
export function downAt(migration: Migration): { file: string; line: number } {
  const down = migration.down as MigrationScript;
  return { file: down.file, line: down.chunks[0]?.line ?? 1 };
}

/** How to have the tool itself replay what lockstep cannot run, where a preset exists for it. */
function proposeRunner(layout: MigrationSet["layout"]): string {
  const tool = codePreset(layout);
  return tool
    ? `; to replay it, have ${tool.name} run it: give the database "runner": "${tool.id}" (see Code migrations in lockstep's README)`
    : `; to replay it, give the database a "runner" whose commands run it, such as the project's own migrate command (see Code migrations in lockstep's README)`;
}
