import { tablesReached } from "../../core/data/reach.js";
import { quoteName, textLiteral } from "../../core/data/row-generator.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import type { Schema } from "../../core/schema/index.js";
import { fillTables, literalOf, select, snapshotTables, type TableRows } from "./data-fill.js";
import { dataLossFindings, downDataFindings } from "./data-loss.js";
import type { DataOptions } from "./replay-options.js";
import type { ReplayState } from "./replay-steps.js";
import type { RunBy } from "./transaction-notes.js";

/** The data side of one replay: rows in before each up, what they became after it, the user's seeds. */
export class DataMode {
  private snapshot = new Map<string, TableRows>();
  /** Tables whose loss the up already reported: the down is not blamed for it again. */
  private lostByUp = new Set<string>();

  constructor(
    private readonly options: DataOptions,
    private readonly set: RunBy,
  ) {}

  /**
   * Tops up the tables the up or its down can reach and remembers their rows; outside the up's own
   * transaction, as real data predates it. Tables out of reach keep their rows through the step, so neither
   * filling nor comparing them can change a finding, and they are what made a long history slow.
   */
  beforeUp(state: ReplayState, before: Schema, migration: Migration): void {
    const reach = tablesReached(before, [migration.up, migration.down]);
    fillTables(state.db, before, this.options.seed, reach);
    this.snapshot = snapshotTables(state.db, before, reach);
  }

  /** The database was rebuilt without its rows: nothing from before can be compared. */
  forget(): void {
    this.snapshot = new Map();
  }

  afterUp(
    state: ReplayState,
    migration: Migration,
    up: MigrationScript,
    before: Schema,
    after: Schema,
  ): Finding[] {
    const { findings, tables } = dataLossFindings(
      state.db,
      this.set,
      migration,
      up,
      before,
      after,
      this.snapshot,
    );
    this.lostByUp = new Set(tables);
    return findings;
  }

  afterDown(state: ReplayState, migration: Migration, afterDown: Schema): Finding[] {
    const snapshot = new Map([...this.snapshot].filter(([name]) => !this.lostByUp.has(name)));
    return downDataFindings(state.db, migration, migration.down as MigrationScript, afterDown, snapshot);
  }

  /**
   * For an up that failed: when it passes on the same history without data, the words that say so and
   * name a row that breaks it; undefined when it fails on an empty database too.
   */
  async onlyWithData(state: ReplayState, up: MigrationScript, message: string): Promise<string | undefined> {
    if (!(await state.passesEmpty(up))) return undefined;
    const row = breakingRow(state, message);
    return `it passes on an empty database, but a database with rows fails${row ? ` (${row})` : ""}; make the up hold for the rows a real database has: fix them first (an UPDATE or DELETE before the constraint), or give the constraint what existing rows need (a default, a WHERE on the index)`;
  }

  /** The user's seed files due after this migration; a failing one is a `seed-failed` finding. */
  afterStep(state: ReplayState, migration: Migration): Finding[] {
    const out: Finding[] = [];
    for (const seed of this.options.seeds) {
      if (seed.after !== "every" && seed.after !== migration.version) continue;
      const result = state.run(seed.script);
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
}

/** A row behind a UNIQUE or NOT NULL failure, from the table the message names (or the one a rebuild copies). */
function breakingRow(state: ReplayState, message: string): string | undefined {
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
          ? `SELECT ${quoteName(column)}, count(*) FROM ${quoteName(name)} GROUP BY 1 HAVING count(*) > 1 LIMIT 1`
          : `SELECT rowid FROM ${quoteName(name)} WHERE ${quoteName(column)} IS NULL LIMIT 1`;
      const row = select(state.db, sql)[0];
      if (!row) continue;
      return kind === "UNIQUE"
        ? `${row[1]} rows of ${textLiteral(name)} have ${column} = ${literalOf(row[0] ?? null)}`
        : `the row of ${textLiteral(name)} with rowid ${row[0]} has ${column} NULL`;
    } catch {
      // No such table or column under that name: try the next.
    }
  }
  return undefined;
}
