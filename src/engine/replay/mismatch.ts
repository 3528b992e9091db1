import { type Finding, finding } from "../../core/finding.js";
import {
  abbreviatedDefinitions,
  declaredTypeOnly,
  type ExplainContext,
  explainDiff,
  type SchemaDiff,
} from "../../core/schema/index.js";

/**
 * A down or redo that left another schema, in words. A difference of declared types alone, with the same
 * affinity, is a warning: SQLite treats the values alike. A long definition is shown by what differs, and
 * both definitions whole go in the finding for the JSON report.
 */
export function mismatchFinding(
  rule: "down-mismatch" | "redo-mismatch",
  diff: SchemaDiff,
  ctx: ExplainContext & { lead?: string; problem?: string; advice: string },
  where: Pick<Finding, "version" | "file" | "line">,
): Finding {
  const explanation = `${ctx.lead ?? ""}${explainDiff(diff, ctx)}`;
  const affinities = declaredTypeOnly(diff);
  const message = affinities
    ? `${explanation}; only the declared type differs, with the same SQLite type affinity (${affinities.join(", ")}): SQLite stores, compares and sorts the values alike and enforces no length, so only what reads declared types (an ORM, a schema dump) sees it; if it matters to them, ${ctx.advice}`
    : `${explanation}; ${ctx.problem ? `${ctx.problem} — ` : ""}${ctx.advice}`;
  const found = finding(rule, message, where);
  if (affinities) found.severity = "warning";
  const definitions = abbreviatedDefinitions(diff);
  if (definitions.length > 0) found.definitions = definitions;
  return found;
}

type Where = Pick<Finding, "version" | "file" | "line">;

/** The down left a schema other than the one before the up (`lead`: what to say first, an empty down). */
export function downMismatch(v: string, diff: SchemaDiff, where: Where, lead = ""): Finding {
  return mismatchFinding(
    "down-mismatch",
    diff,
    {
      actual: `after the down of ${v}`,
      expected: `before ${v}'s up`,
      lead,
      advice: "make the down undo exactly what the up did",
    },
    where,
  );
}

/** The up run again after the down gave another schema than its first run. */
export function redoMismatch(v: string, diff: SchemaDiff, where: Where): Finding {
  return mismatchFinding(
    "redo-mismatch",
    diff,
    {
      actual: `after ${v}'s up ran again`,
      expected: "after its first up",
      problem: "the up does not give the same schema twice",
      advice: "check what the down leaves behind",
    },
    where,
  );
}

/** The down rebuilt a table with its columns in another order: a warning, no data is lost. */
export function columnOrderFinding(v: string, diff: SchemaDiff, redoToo: boolean, where: Where): Finding {
  const explanation = explainDiff(diff, { actual: `after the down of ${v}`, expected: `before ${v}'s up` });
  const redoNote = redoToo ? ", so running the up again gives the columns in another order too" : "";
  return finding(
    "down-column-order",
    `${explanation}${redoNote}; no data is lost, but code that relies on column order (SELECT *, INSERT without column names) sees a different table: if that matters, have the down rebuild the table with its columns in the old order`,
    where,
  );
}
