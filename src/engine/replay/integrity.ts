import type { SqlDatabase, SqlStatement } from "../../adapters/sqlite/engine.js";
import { codeSpan } from "../../core/code-span.js";
import {
  changedTables,
  diffSchemas,
  objectKey,
  type Schema,
  type SchemaObject,
  type TableObject,
} from "../../core/schema/index.js";
import { LayeredMap } from "../../core/schema/layered-map.js";
import { foldCase } from "../../core/sql/tokenize.js";

/**
 * What a step may have broken, for each check: `all`, or the tables (that exist now) to check.
 * SQLite enforces NOT NULL, CHECK, UNIQUE and index contents as rows are written, so ordinary statements can
 * only break tables whose definition the step changed; a step that turned enforcement off (PRAGMA
 * writable_schema, ignore_check_constraints) may have broken any. Foreign keys are enforced as rows are
 * written while `foreign_keys` is on, so only a changed table or a child of one can then be in violation.
 */
export interface IntegrityScope {
  integrity: "all" | readonly string[];
  foreignKeys: "all" | readonly string[];
}

export const WHOLE_DATABASE: IntegrityScope = { integrity: "all", foreignKeys: "all" };

/** Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on what a step may have broken. */
export class IntegrityChecker {
  /** Prepared once (the table-valued forms take the table as a parameter): a replay asks thousands of times. */
  private readonly statements = new Map<string, SqlStatement>();
  /** PRAGMA foreign_keys as last read; only a PRAGMA statement changes it (see pragmasRan). */
  private enforced: boolean | undefined;

  constructor(private readonly db: SqlDatabase) {}

  /** A script ran a PRAGMA: foreign_keys is read again before the next check. */
  pragmasRan(): void {
    this.enforced = undefined;
  }

  private rows(sql: string, param?: string): unknown[][] {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt.rows(param === undefined ? [] : [param]);
  }

  check(scope: IntegrityScope): string[] {
    const problems: string[] = [];
    const integrity =
      scope.integrity === "all"
        ? this.rows("SELECT * FROM main.pragma_integrity_check")
        : scope.integrity.flatMap((t) => this.rows("SELECT * FROM main.pragma_integrity_check(?)", t));
    for (const [message] of integrity) {
      if (message !== "ok") problems.push(`integrity_check: ${String(message)}`);
    }
    // A step (or an earlier one) that left foreign keys off can have broken any table.
    this.enforced ??= this.rows("SELECT * FROM main.pragma_foreign_keys")[0]?.[0] === 1;
    const enforced = this.enforced;
    const targets = scope.foreignKeys === "all" || !enforced ? "all" : scope.foreignKeys;
    let violations: unknown[][];
    try {
      violations =
        targets === "all"
          ? this.rows("SELECT * FROM main.pragma_foreign_key_check")
          : targets.flatMap((t) => this.rows("SELECT * FROM main.pragma_foreign_key_check(?)", t));
    } catch (error) {
      // "foreign key mismatch": a REFERENCES clause names a parent key that is not unique or does not exist.
      problems.push(
        `foreign_key_check: ${(error as Error).message} (the referenced columns must exist and be a PRIMARY KEY or UNIQUE)`,
      );
      return problems;
    }
    for (const [table, rowid, parent] of violations.slice(0, 5)) {
      problems.push(
        `foreign_key_check: row ${rowid === null ? "(without rowid)" : String(rowid)} of ${codeSpan(String(table))} references a missing row in ${codeSpan(String(parent))}`,
      );
    }
    if (violations.length > 5) problems.push(`foreign_key_check: ${violations.length - 5} more violations`);
    return problems;
  }
}

/**
 * The scope of the checks after one step, from the schema before and after it and how the script ran.
 * `applicationFunctions`: an index on an application function may not match its table if the function is
 * not deterministic, so every table is checked.
 */
export function scopeOfStep(
  before: Schema,
  after: Schema,
  step: { bypassedChecks: boolean; sensitive: readonly { keyword: string }[] },
  applicationFunctions: boolean,
  changedNames: readonly string[] = changedTables(diffSchemas(before, after)),
): IntegrityScope {
  const changed = changedNames.filter((name) => isTable(after, name));
  const togglesForeignKeys = step.sensitive.some((s) => s.keyword === "PRAGMA");
  // A table created by this step had every row checked as it was written, and nothing referred to it
  // before; only a table that existed with another definition can hold rows its new one rejects.
  const redefined = changed.filter((name) => isTable(before, name));
  const parents = new Set(redefined);
  const children: string[] = [];
  if (parents.size > 0 && !togglesForeignKeys) {
    const child = (o: SchemaObject) => {
      if (o.kind === "table" && parentsOf(o).some((parent) => parents.has(parent)))
        children.push(foldCase(o.name));
    };
    // A snapshot of the replay looks its children up by parent instead of walking every object each step.
    if (after.objects instanceof LayeredMap)
      after.objects.withTerms(foreignKeyParents, parents).forEach(child);
    else after.objects.forEach(child);
  }
  return {
    integrity: step.bypassedChecks || applicationFunctions ? "all" : redefined,
    foreignKeys: togglesForeignKeys ? "all" : [...new Set([...changed, ...children])],
  };
}

/** What withTerms indexes a snapshot's objects by: the tables a table's foreign keys reference. */
function foreignKeyParents(o: SchemaObject): readonly string[] {
  return o.kind === "table" ? parentsOf(o) : [];
}

/** The tables a table's foreign keys reference, folded; tables are immutable and reused across snapshots. */
const referenced = new WeakMap<TableObject, readonly string[]>();
function parentsOf(table: TableObject): readonly string[] {
  let parents = referenced.get(table);
  if (!parents) {
    parents = table.foreignKeys.map((fk) => foldCase(fk.table));
    referenced.set(table, parents);
  }
  return parents;
}

function isTable(schema: Schema, name: string): boolean {
  return schema.objects.get(objectKey({ kind: "table", name }))?.kind === "table";
}
