import type { Database } from "../adapters/sqljs.js";

function rows(db: Database, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/**
 * Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`, but only when the schema or the data
 * changed since the last call: nothing else can change their answer, and a 1,000-step replay asks 3,000 times.
 */
export class IntegrityChecker {
  private lastMark = "";

  constructor(private readonly db: Database) {}

  check(): string[] {
    const mark = String(
      rows(this.db, "SELECT (SELECT schema_version FROM pragma_schema_version), total_changes()")[0],
    );
    if (mark === this.lastMark) return [];
    this.lastMark = mark;
    const problems: string[] = [];
    for (const [message] of rows(this.db, "PRAGMA integrity_check")) {
      if (message !== "ok") problems.push(`integrity_check: ${String(message)}`);
    }
    let violations: unknown[][];
    try {
      violations = rows(this.db, "PRAGMA foreign_key_check");
    } catch (error) {
      // "foreign key mismatch": a REFERENCES clause names a parent key that is not unique or does not exist.
      problems.push(
        `foreign_key_check: ${(error as Error).message} (the referenced columns must exist and be a PRIMARY KEY or UNIQUE)`,
      );
      return problems;
    }
    for (const [table, rowid, parent] of violations.slice(0, 5)) {
      problems.push(
        `foreign_key_check: row ${rowid === null ? "(without rowid)" : String(rowid)} of \`${String(table)}\` references a missing row in \`${String(parent)}\``,
      );
    }
    if (violations.length > 5) problems.push(`foreign_key_check: ${violations.length - 5} more violations`);
    return problems;
  }
}
