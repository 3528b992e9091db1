import type { SqlDatabase } from "../../adapters/sqlite/engine.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import type { Schema, TableObject } from "../../core/schema/index.js";
import { foldCase } from "../../core/sql/tokenize.js";
import type { TextPosition } from "../../core/text-position.js";
import { toolOf } from "../../core/tools/index.js";
import { WRAPS_OF } from "../../core/tools/transaction-setting.js";
import { readTable, type TableRows } from "./data-fill.js";
import { type RowIntent, rowIntent } from "./data-intent.js";
import type { RunBy } from "./transaction-notes.js";

/** What one table lost between two states: rows gone, and values of kept rows turned NULL, by column. */
interface Loss {
  rows: number;
  nulled: Map<string, number>;
}

function compare(before: TableRows, after: TableRows, table: TableObject): Loss {
  const loss: Loss = { rows: Math.max(0, before.count - after.count), nulled: new Map() };
  if (!before.rows || !after.rows || before.key.join() !== after.key.join()) return loss;
  const kept = new Set(table.columns.map((c) => foldCase(c.name)));
  let missing = 0;
  for (const [key, row] of before.rows) {
    const now = after.rows.get(key);
    if (!now) {
      missing++;
      continue;
    }
    for (const [column, value] of row) {
      if (column === "rowid" || !kept.has(column) || value === null) continue;
      if (now.get(column) === null) loss.nulled.set(column, (loss.nulled.get(column) ?? 0) + 1);
    }
  }
  loss.rows = Math.max(loss.rows, missing);
  return loss;
}

/** The up whose rows are compared: where it is, what it says it does to rows, the fix for a cascade. */
export interface UpRows {
  file: string;
  /** Where its work starts in the file: the finding's line when no statement is named. */
  line: number;
  intent: RowIntent;
  /** How to rebuild `parent` without losing the rows of `child`, true for what runs the up. */
  cascadeFix(child: string, parent: string): string;
  /**
   * Code can delete rows through its tool's API, which no statement shows: a loss is then reported only
   * where its cause shows (a cascade from a dropped parent, a rebuild's copy).
   */
  causeRequired?: boolean;
}

/** A SQL up as the data-loss check reads it: its statements, and the fix of the tool that runs the file. */
export function sqlUpRows(set: RunBy, up: MigrationScript): UpRows {
  return {
    file: up.file,
    line: up.chunks[0]?.line ?? 1,
    intent: rowIntent(up),
    cascadeFix: (child, parent) => cascadeFix(set, child, parent),
  };
}

/**
 * Rows of tables the up neither dropped nor changed on purpose that are gone (or whose values went NULL)
 * after it: the cascade of a rebuild's DROP TABLE with foreign keys on, or a copy that leaves rows or columns out.
 */
export function dataLossFindings(
  db: SqlDatabase,
  migration: Migration,
  up: UpRows,
  before: Schema,
  after: Schema,
  snapshot: ReadonlyMap<string, TableRows>,
): { findings: Finding[]; tables: string[] } {
  const { intent } = up;
  const out: Finding[] = [];
  const tables: string[] = [];
  for (const [name, rows] of snapshot) {
    const now = after.objects.get(`table:${name}`);
    const was = before.objects.get(`table:${name}`);
    if (now?.kind !== "table" || was?.kind !== "table" || rows.count === 0) continue;
    if (intent.onPurpose.has(name)) continue;
    // Dropped and created afresh, not copied: the up means to start the table empty.
    if (intent.dropped.has(name) && !intent.copiedFrom.has(name)) continue;
    const loss = compare(rows, readTable(db, now), now);
    // A copy that picks its rows with WHERE leaves the others behind on purpose.
    if (intent.filtered.has(name)) loss.rows = 0;
    if (loss.rows === 0 && loss.nulled.size === 0) continue;
    const cause = causeOf(was, intent, loss);
    if (!cause && up.causeRequired) continue;
    tables.push(name);
    const where = cause?.at ?? { line: up.line, column: 1 };
    const lost = [
      loss.rows > 0 ? `${loss.rows} of its ${rows.count} rows` : "",
      ...[...loss.nulled].map(([c, n]) => `the values of column "${c}" in ${n} rows (now NULL)`),
    ].filter(Boolean);
    out.push(
      finding(
        "data-loss",
        `the up of ${migration.version} loses ${lost.join(" and ")} of table "${now.name}", which it neither drops nor deletes from: ${cause?.how(up.file) ?? "its statements leave fewer rows than they found"}; ${cause?.parent ? up.cascadeFix(now.name, cause.parent) : "copy every row and column before dropping the old table"}`,
        { version: migration.version, file: up.file, line: where.line, column: where.column },
      ),
    );
  }
  return { findings: out, tables };
}

interface Cause {
  at: TextPosition;
  how: (file: string) => string;
  parent?: string;
}

/** The statement that lost the rows: the DROP TABLE of a parent the table cascades from, else the copy. */
function causeOf(table: TableObject, intent: ReturnType<typeof rowIntent>, loss: Loss): Cause | undefined {
  for (const fk of table.foreignKeys) {
    const parent = foldCase(fk.table);
    const at = intent.dropped.get(parent);
    const action = fk.onDelete.toUpperCase();
    if (!at || (action !== "CASCADE" && action !== "SET NULL")) continue;
    if (action === "SET NULL" && loss.rows > 0 && loss.nulled.size === 0) continue;
    return {
      at,
      parent: fk.table,
      how: (file) =>
        `${remadeWords(intent, parent, fk.table, `${file}:${at.line}`) ?? `DROP TABLE "${fk.table}" at ${file}:${at.line}`} deletes every row of "${fk.table}" first, foreign keys are on there, so ON DELETE ${action} on "${table.name}" (${fk.columns.join(", ")}) ${action === "CASCADE" ? "deletes the rows that referenced them" : "sets the references to NULL"}`,
    };
  }
  const copy = intent.copiedFrom.get(foldCase(table.name));
  if (copy)
    return {
      at: copy,
      how: (file) =>
        intent.remade.has(foldCase(table.name))
          ? `the up rebuilds "${table.name}" (${file}:${copy.line} names it) and its copy does not bring every row and value back`
          : `the copy at ${file}:${copy.line} does not bring every row and value of "${table.name}" back`,
    };
  return undefined;
}

/** A drop the schema shows (a code migration's rebuild through its tool), in words, with where the code names it. */
function remadeWords(intent: RowIntent, folded: string, table: string, at: string): string | undefined {
  const how = intent.remade.get(folded);
  if (how === "rebuilt")
    return `the up rebuilds "${table}" (${at} names it), and the DROP TABLE of the old one`;
  if (how === "dropped") return `the up drops "${table}" (${at} names it), which`;
  return undefined;
}

/** How to rebuild a referenced table without losing its children, true for the tool that runs the file. */
export function cascadeFix(set: RunBy, child: string, parent: string): string {
  const tool = toolOf(set.layout);
  const copy = `or copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
  if (set.layout === "d1")
    return `D1 always enforces foreign keys, and PRAGMA defer_foreign_keys = on only defers checks (it blocks nothing here, and still cascades): copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
  if (tool.transaction.foreignKeysOff && !set.transaction)
    return `${tool.transaction.foreignKeysOff}, ${copy}`;
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  if (wraps === "as-written")
    return `put PRAGMA foreign_keys = OFF before the rebuild and PRAGMA foreign_keys = ON after it (outside any BEGIN), ${copy}`;
  if (wraps === "all-pending" && !set.transaction && tool.transaction.pragmaIgnored)
    return `${tool.transaction.pragmaIgnored}, ${copy}`;
  if (wraps === "all-pending")
    return `the runner applies every pending migration in one transaction, where PRAGMA foreign_keys = OFF is ignored: turn foreign keys off on the connection before it starts, ${copy}`;
  const optOut = set.transaction ? undefined : tool.transaction.optOut;
  const connection = tool.transaction.optOutConnection;
  return optOut
    ? `${tool.name} runs the file in a transaction, where PRAGMA foreign_keys = OFF is ignored: let the file run as written (${optOut}) with PRAGMA foreign_keys = OFF before the rebuild and ON after, ${copy}${connection ? `; ${connection}` : ""}`
    : `${tool.name} runs the file in a transaction, where PRAGMA foreign_keys = OFF is ignored: copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
}

/** After an up and its down: tables whose rows the down did not bring back (warning, see the README). */
export function downDataFindings(
  db: SqlDatabase,
  migration: Migration,
  down: { file: string; line: number },
  afterDown: Schema,
  snapshot: ReadonlyMap<string, TableRows>,
): Finding[] {
  const out: Finding[] = [];
  for (const [name, rows] of snapshot) {
    const now = afterDown.objects.get(`table:${name}`);
    if (now?.kind !== "table" || rows.count === 0) continue;
    const loss = compare(rows, readTable(db, now), now);
    if (loss.rows === 0 && loss.nulled.size === 0) continue;
    const lost = [
      loss.rows > 0 ? `${loss.rows} of its ${rows.count} rows` : "",
      ...[...loss.nulled].map(([c, n]) => `the values of column "${c}" in ${n} rows`),
    ].filter(Boolean);
    const f = finding(
      "data-loss",
      `after the up and the down of ${migration.version}, table "${now.name}" lacks ${lost.join(" and ")} it had before the up: the schema comes back but the data does not, so rolling back a real database loses it; if the down cannot keep it (a dropped column re-added), say so in the down, else copy the data back in it`,
      { version: migration.version, file: down.file, line: down.line },
    );
    f.severity = "warning";
    out.push(f);
  }
  return out;
}
