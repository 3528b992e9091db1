import { rowContents } from "../../adapters/table-rows.js";
import { codeSpan } from "../../core/code-span.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import {
  diffSchemas,
  isEmptyDiff,
  type Schema,
  summarizeDiff,
  type TableObject,
} from "../../core/schema/index.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { quoteStatement, type ReplayState } from "./replay-steps.js";

/** A file's own claim that its up may run again: `-- lockstep:idempotent` on a line of its own. */
const MARKER = /^[ \t]*--[ \t]*lockstep:idempotent[ \t]*$/im;

/** The same claim in a code migration, in its language's line comment (`#`, `//`) or SQL's. */
const CODE_MARKER = /^[ \t]*(?:--|#|\/\/)[ \t]*lockstep:idempotent[ \t]*$/im;

/** What to do about an up that is not safe to re-run; `marker`: the file's claim as its language writes it. */
export function idempotentAdvice(marker = "-- lockstep:idempotent"): string {
  const code = !marker.startsWith("--");
  const how = code
    ? "make each step safe to repeat (CREATE … IF NOT EXISTS, INSERT OR IGNORE, a check of what exists before each change)"
    : "make each statement safe to repeat (CREATE … IF NOT EXISTS, INSERT OR IGNORE, a guard on an UPDATE)";
  return `${how}, or, if this migration is not meant to be re-run, take it out of \`idempotent\` (the config key or the file's \`${marker}\`)`;
}

const ADVICE = idempotentAdvice();

/** Whether a code migration's text claims to be idempotent. */
export function markedIdempotent(code: string): boolean {
  return CODE_MARKER.test(code);
}

/** The 1-based line of a code migration's claim to be idempotent, where it has one. */
export function idempotentMarkerLine(code: string): number | undefined {
  const found = CODE_MARKER.exec(code);
  return found ? code.slice(0, found.index).split("\n").length : undefined;
}

/** Whether this migration's up is run a second time: its database says all are idempotent, or its file does. */
export function runsTwice(migration: Migration, options: ReplaySetOptions): boolean {
  const up = migration.up;
  if (!up) return false;
  return options.idempotent === true || up.chunks.some((c) => MARKER.test(c.sql));
}

/**
 * Runs the up again right after the first run: it must succeed and leave the schema and every table's rows as
 * they were. `rebuild`: the second run changed the database, which must be rebuilt from the ups.
 */
export function verifyIdempotent(
  state: ReplayState,
  migration: Migration,
  after: Schema,
  findings: Finding[],
): "rebuild" | "unchanged" {
  const up = migration.up as MigrationScript;
  const v = migration.version;
  const tables = [...after.objects.values()].filter((o): o is TableObject => o.kind === "table");
  const rows = rowContents(state.db, tables);
  const again = state.run(up);
  if (!again.ok && again.failure) {
    const { line, column, message, statement } = again.failure;
    findings.push(
      finding(
        "not-idempotent",
        `the up of ${v} is meant to be safe to re-run, but run a second time it failed at ${up.file}:${line}:${column} (${quoteStatement(statement)}): ${message}; a re-run of it would stop there, with ${up.transaction ? "its transaction rolled back" : "the statements before it applied again"}: ${ADVICE}`,
        { version: v, file: up.file, line, column },
      ),
    );
    return up.transaction ? "unchanged" : "rebuild";
  }
  const changed = changesOf(
    after,
    state.reader.read(again.schemaWrites),
    tables,
    rows,
    rowContents(state.db, tables),
  );
  if (changed.length === 0) return "unchanged";
  findings.push(
    finding(
      "not-idempotent",
      `the up of ${v} is meant to be safe to re-run, but run a second time (${up.file}) it changed ${changed.join(" and ")}; a re-run would change the database again: ${ADVICE}`,
      { version: v, file: up.file, line: up.chunks[0]?.line ?? 1 },
    ),
  );
  return "rebuild";
}

/** What a second run changed, in words: the schema's difference, and each table whose rows differ. */
export function changesOf(
  schema: Schema,
  schemaAgain: Schema,
  tables: readonly TableObject[],
  rows: ReadonlyMap<string, string[]>,
  rowsAgain: ReadonlyMap<string, string[]>,
): string[] {
  const diff = diffSchemas(schema, schemaAgain);
  const changed: string[] = [];
  if (!isEmptyDiff(diff)) changed.push(`its schema (${summarizeDiff(diff)})`);
  for (const table of tables) {
    const before = rows.get(table.name.toLowerCase()) ?? [];
    const later = rowsAgain.get(table.name.toLowerCase()) ?? [];
    const { added, removed } = multisetChange(before, later);
    if (added + removed > 0)
      changed.push(`the rows of ${codeSpan(table.name)} (${added} added, ${removed} removed or changed)`);
  }
  return changed;
}

/** Rows in `after` and not `before` (added) and the reverse (removed), counting repeats. */
function multisetChange(
  before: readonly string[],
  after: readonly string[],
): { added: number; removed: number } {
  const counts = new Map<string, number>();
  for (const row of before) counts.set(row, (counts.get(row) ?? 0) + 1);
  let added = 0;
  for (const row of after) {
    const n = counts.get(row) ?? 0;
    if (n > 0) counts.set(row, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}
