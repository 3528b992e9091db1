import { type Finding, finding } from "../../core/finding.js";
import type { LayoutId, Migration, MigrationScript } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { quoteStatement, type ReplayState } from "./replay-steps.js";

const SAVEPOINT = "lockstep_verify";

/**
 * A transaction statement on a line of its own (`BEGIN;`, `COMMIT;`, `ROLLBACK;`): verify scripts wrap
 * their checks in BEGIN…ROLLBACK, which the savepoint around them already does. `ROLLBACK TO` and a
 * trigger's `END;` are left alone.
 */
const OWN_TRANSACTION =
  /^[ \t]*(?:BEGIN(?:[ \t]+(?:DEFERRED|IMMEDIATE|EXCLUSIVE))?|COMMIT|ROLLBACK)(?:[ \t]+TRANSACTION)?[ \t]*;/gim;

/** Blanks the verify's own transaction statements with spaces, so lines and columns stay where they were. */
function withoutOwnTransaction(sql: string): string {
  return sql.replace(OWN_TRANSACTION, (statement) => " ".repeat(statement.length));
}

/**
 * Runs the migration's verify script right after its up, inside a savepoint that is rolled back, so it
 * changes nothing; a statement that fails is `verify-failed` at that statement.
 */
export function runVerify(
  state: ReplayState,
  layout: LayoutId,
  migration: Migration,
  findings: Finding[],
): void {
  const verify = migration.verify as MigrationScript;
  const script: MigrationScript = {
    ...verify,
    transaction: false,
    chunks: verify.chunks.map((chunk) => ({ ...chunk, sql: withoutOwnTransaction(chunk.sql) })),
  };
  state.db.exec(`SAVEPOINT ${SAVEPOINT}`);
  const result = state.run(script);
  try {
    state.db.exec(`ROLLBACK TO ${SAVEPOINT}`);
    state.db.exec(`RELEASE ${SAVEPOINT}`);
  } catch {
    // A failing statement already rolled the savepoint's transaction back.
  }
  if (result.ok || !result.failure) return;
  const { line, column, message, statement } = result.failure;
  findings.push(
    finding(
      "verify-failed",
      `the verify of ${migration.version} (${migration.name}) failed at ${verify.file}:${line}:${column} (${quoteStatement(statement)}): ${message}; ${toolOf(layout).verify ?? "its tool reports the change as broken"}. The up did not leave what its verify expects: fix the up, or the verify`,
      { version: migration.version, file: verify.file, line, column },
    ),
  );
}
