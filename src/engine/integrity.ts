import type { Database } from "../adapters/sqljs.js";

function rows(db: Database, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/**
 * What a step may have broken. SQLite enforces NOT NULL, CHECK, UNIQUE and index contents as rows are
 * written, so ordinary statements can only break the tables whose definition the step changed; a step that
 * turned enforcement off (PRAGMA writable_schema, ignore_check_constraints, …) may have broken anything.
 */
/** `tables`: tables that exist now (the caller knows them from the schema it just read). */
export type IntegrityScope = { full: true } | { full: false; tables: readonly string[] };

/**
 * Runs `PRAGMA integrity_check` (on the scope) and `PRAGMA foreign_key_check` (always whole: a parent's
 * rows can break its children), but only when the schema or the data changed since the last call: nothing
 * else can change their answer, and a 1,000-step replay asks 3,000 times.
 */
export class IntegrityChecker {
  private lastMark = "";
  private lastFull = false;

  constructor(private readonly db: Database) {}

  check(scope: IntegrityScope = { full: true }): string[] {
    const mark = String(
      rows(this.db, "SELECT (SELECT schema_version FROM pragma_schema_version), total_changes()")[0],
    );
    if (mark === this.lastMark && (this.lastFull || !scope.full)) return [];
    this.lastMark = mark;
    this.lastFull = scope.full;
    const problems: string[] = [];
    for (const message of this.integrity(scope)) {
      if (message !== "ok") problems.push(`integrity_check: ${message}`);
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

  private integrity(scope: IntegrityScope): string[] {
    if (scope.full) return rows(this.db, "PRAGMA integrity_check").map(([m]) => String(m));
    const messages: string[] = [];
    for (const table of scope.tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      messages.push(...rows(this.db, `PRAGMA main.integrity_check(${quoted})`).map(([m]) => String(m)));
    }
    return messages;
  }
}
