import { queryRows, type SqlDatabase } from "../../adapters/sqlite/engine.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import type { Schema } from "../../core/schema/index.js";
import { quoteIdent, sqlLiteral } from "../../core/sql/literal.js";
import { fillTables, literalOf, type Reach, snapshotTables, type TableRows } from "./data-fill.js";
import { dataLossFindings, downDataFindings, type UpRows } from "./data-loss.js";
import type { ScriptResult } from "./execute.js";
import type { DataOptions } from "./replay-options.js";
import type { ReplayState } from "./replay-steps.js";

/** What the data side works on: a database, and how a seed script is run on it. */
export interface DataTarget {
  db: SqlDatabase;
  run(script: MigrationScript): ScriptResult;
}

/**
 * The data side of one replay: rows in before each up, what they became after it, the user's seeds. The
 * SQL replay and the runner replay (on the throwaway file between the tool's steps) both use it.
 */
export class DataMode {
  private snapshot = new Map<string, TableRows>();
  /** Tables whose loss the up already reported: the down is not blamed for it again. */
  private lostByUp = new Set<string>();

  constructor(private readonly options: DataOptions) {}

  /**
   * Tops up the tables the up or its down can reach and remembers their rows; outside the up's own
   * transaction, as real data predates it. Tables out of reach keep their rows through the step, so neither
   * filling nor comparing them can change a finding, and they are what made a long history slow.
   */
  beforeUp(db: SqlDatabase, before: Schema, reach: Reach = "all"): void {
    fillTables(db, before, this.options.seed, reach);
    this.snapshot = snapshotTables(db, before, reach);
  }

  /** The database was rebuilt without its rows: nothing from before can be compared. */
  forget(): void {
    this.snapshot = new Map();
  }

  afterUp(db: SqlDatabase, migration: Migration, up: UpRows, before: Schema, after: Schema): Finding[] {
    const { findings, tables } = dataLossFindings(db, migration, up, before, after, this.snapshot);
    this.lostByUp = new Set(tables);
    return findings;
  }

  afterDown(
    db: SqlDatabase,
    migration: Migration,
    down: { file: string; line: number },
    afterDown: Schema,
  ): Finding[] {
    const snapshot = new Map([...this.snapshot].filter(([name]) => !this.lostByUp.has(name)));
    return downDataFindings(db, migration, down, afterDown, snapshot);
  }

  /**
   * For an up that failed: when it passes on the same history without data, the words that say so and
   * name a row that breaks it; undefined when it fails on an empty database too.
   */
  async onlyWithData(state: ReplayState, up: MigrationScript, message: string): Promise<string | undefined> {
    if (!(await state.passesEmpty(up))) return undefined;
    return onlyWithDataWords(state.db, message);
  }

  /** The user's seed files due after this migration; a failing one is a `seed-failed` finding. */
  afterStep(target: DataTarget, migration: Migration): Finding[] {
    const out: Finding[] = [];
    for (const seed of this.options.seeds) {
      if (seed.after !== "every" && seed.after !== migration.version) continue;
      const result = target.run(seed.script);
      if (!result.ok && result.failure)
        out.push(
          finding(
            "seed-failed",
            `the seed ${seed.script.file} failed after ${migration.version} at ${seed.script.file}:${result.failure.line}:${result.failure.column}: ${result.failure.message}; fix the seed for the schema ${migration.version} leaves, or run it after another migration ("after" in its "seed" entry)`,
            {
              version: migration.version,
              file: seed.script.file,
              line: result.failure.line,
              column: result.failure.column,
            },
          ),
        );
    }
    return out;
  }

  /** Whether any seed runs after this migration. */
  seedsAfter(migration: Migration): boolean {
    return this.options.seeds.some((s) => s.after === "every" || s.after === migration.version);
  }
}

/**
 * Why an up that failed with rows is data's fault (it passed without them), naming a row of `db` (the
 * database it failed on) that breaks it.
 */
export function onlyWithDataWords(db: SqlDatabase, message: string): string {
  const row = breakingRow(db, message);
  return `it passes on an empty database, but a database with rows fails${row ? ` (${row})` : ""}; make the up hold for the rows a real database has: fix them first (an UPDATE or DELETE before the constraint), or give the constraint what existing rows need (a default, a WHERE on the index)`;
}

/** A row behind a UNIQUE or NOT NULL failure, from the table the message names (or the one a rebuild copies). */
function breakingRow(db: SqlDatabase, message: string): string | undefined {
  const m = /(UNIQUE|NOT NULL) constraint failed: ([^\s.,]+)\.([^\s,]+)/.exec(message);
  if (!m) return undefined;
  const [, kind, table, column] = m as unknown as [string, string, string, string];
  for (const name of [
    table,
    table.replace(/^_*(?:new|tmp|temp)_+/i, ""),
    table.replace(/_+(?:new|tmp)$/i, ""),
  ]) {
    try {
      const sql =
        kind === "UNIQUE"
          ? `SELECT ${quoteIdent(column)}, count(*) FROM ${quoteIdent(name)} GROUP BY 1 HAVING count(*) > 1 LIMIT 1`
          : `SELECT rowid FROM ${quoteIdent(name)} WHERE ${quoteIdent(column)} IS NULL LIMIT 1`;
      const row = queryRows(db, sql)[0];
      if (!row) continue;
      return kind === "UNIQUE"
        ? `${row[1]} rows of ${sqlLiteral(name)} have ${column} = ${literalOf(row[0] ?? null)}`
        : `the row of ${sqlLiteral(name)} with rowid ${row[0]} has ${column} NULL`;
    } catch {
      // No such table or column under that name: try the next.
    }
  }
  return undefined;
}
