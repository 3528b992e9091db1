import { readFileSync } from "node:fs";
import { queryRows, type SqlDatabase, type SqlValue } from "../../adapters/sqlite/engine.js";
import { rowContents } from "../../adapters/table-rows.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration } from "../../core/migration.js";
import { type Schema, type TableObject, TRACKING_TABLES } from "../../core/schema/index.js";
import { quoteIdent } from "../../core/sql/literal.js";
import { foldCase } from "../../core/sql/tokenize.js";
import { literalOf } from "./data-fill.js";
import {
  changesOf,
  idempotentAdvice,
  idempotentMarkerLine,
  markedIdempotent,
  runsTwice,
} from "./idempotent-step.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { keepCopy, readFileSchema, restoreCopy, withFile } from "./runner-file.js";
import type { RunnerPlace } from "./runner-place.js";
import { runStep } from "./runner-steps.js";

/** The rows of the tool's own tables (its record of what is applied), by folded table name. */
export type TrackingRows = Map<string, { columns: string[]; rows: SqlValue[][] }>;

/** Whether this migration's up is applied a second time: its database says all are idempotent, or its file does. */
export function runsTwiceThroughRunner(
  place: RunnerPlace,
  migration: Migration,
  options: ReplaySetOptions,
): boolean {
  if (options.idempotent === true || runsTwice(migration, options)) return true;
  if (!migration.code) return false;
  return markedIdempotent(readFileSync(place.resolve(migration.code), "utf8"));
}

/** The tracking tables' rows as they are now: read before the first up, put back before the second. */
export function trackingRows(place: RunnerPlace): TrackingRows {
  const out: TrackingRows = new Map();
  withFile(place, false, (db) => {
    for (const table of trackingTables(place, db)) {
      const columns = queryRows(db, `SELECT name FROM pragma_table_info(${literalOf(table)})`).map((r) =>
        String(r[0]),
      );
      const rows = queryRows(db, `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(table)}`);
      out.set(foldCase(table), { columns, rows });
    }
  });
  return out;
}

/**
 * Applies the up a second time through the runner, right after the first: the tool's tracking rows are put
 * back to how they were before the first up (schema and other rows kept), so the tool applies this same
 * migration again instead of skipping it; it must succeed and change neither the schema nor any table's
 * rows. Afterwards the file is put back as the first up left it, tracking rows included.
 */
export async function verifyIdempotentThroughRunner(
  place: RunnerPlace,
  migration: Migration,
  previous: Migration | undefined,
  ctx: { after: Schema; tracking: TrackingRows; copy: string },
  findings: Finding[],
): Promise<void> {
  const v = migration.version;
  const file = migration.up?.file ?? migration.code ?? migration.files[0];
  const tables = [...ctx.after.objects.values()].filter((o): o is TableObject => o.kind === "table");
  const advice = idempotentAdvice(markerOf(file ?? ""));
  keepCopy(place, ctx.copy);
  try {
    const rows = withFile(place, false, (db) => rowContents(db, tables));
    withFile(place, true, (db) => putBack(place, db, ctx.tracking));
    const again = await runStep(place, migration, previous, "up");
    if (again.ok === "skipped") return;
    const by = place.runner.up
      ? ` by ${place.runner.name} (its tracking rows put back as they were before the first run, so it applied ${v} again)`
      : migration.up || place.runner.modules
        ? ""
        : " (the script run again)";
    if (!again.ok) {
      findings.push(
        finding(
          "not-idempotent",
          `the up of ${v} is meant to be safe to re-run, but applied a second time${by} it failed: ${again.failure}; a re-run of it would stop there: ${advice}`,
          { version: v, file: again.file ?? file, line: again.line },
        ),
      );
      return;
    }
    const schema = readFileSchema(place);
    const kept = tables.filter((t) => schema.objects.has(`table:${foldCase(t.name)}`));
    const rowsAgain = withFile(place, false, (db) => rowContents(db, kept));
    const changed = changesOf(ctx.after, schema, kept, rows, rowsAgain);
    if (changed.length === 0) return;
    findings.push(
      finding(
        "not-idempotent",
        `the up of ${v} is meant to be safe to re-run, but applied a second time${by}, ${file} changed ${changed.join(" and ")}; a re-run would change the database again: ${advice}`,
        { version: v, file, line: markerLine(place, migration) },
      ),
    );
  } finally {
    restoreCopy(place, ctx.copy);
  }
}

/** The tables of the file that are a tool's (the runner's `tables`, every known tool's tracking table). */
function trackingTables(place: RunnerPlace, db: SqlDatabase): string[] {
  const own = new Set(place.runner.tables.map(foldCase));
  return queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table'")
    .map((r) => String(r[0]))
    .filter((name) => own.has(foldCase(name)) || TRACKING_TABLES.has(foldCase(name)));
}

/** Each tracking table back to the rows it had; one the first up created is dropped, as it was not there. */
function putBack(place: RunnerPlace, db: SqlDatabase, saved: TrackingRows): void {
  for (const table of trackingTables(place, db)) {
    const was = saved.get(foldCase(table));
    if (!was) {
      db.exec(`DROP TABLE ${quoteIdent(table)}`);
      continue;
    }
    db.exec(`DELETE FROM ${quoteIdent(table)}`);
    const columns = was.columns.map(quoteIdent).join(", ");
    for (const row of was.rows)
      db.exec(`INSERT INTO ${quoteIdent(table)} (${columns}) VALUES (${row.map(literalOf).join(", ")})`);
  }
}

/** Where a code migration says it is idempotent (the line a finding about all of it points at). */
function markerLine(place: RunnerPlace, migration: Migration): number | undefined {
  if (migration.up) return migration.up.chunks[0]?.line;
  return migration.code
    ? idempotentMarkerLine(readFileSync(place.resolve(migration.code), "utf8"))
    : undefined;
}

/** The file's claim to be idempotent as its language comments it. */
function markerOf(file: string): string {
  if (/\.(?:py|rb|sh)$/i.test(file)) return "# lockstep:idempotent";
  if (/\.sql$/i.test(file)) return "-- lockstep:idempotent";
  return "// lockstep:idempotent";
}
