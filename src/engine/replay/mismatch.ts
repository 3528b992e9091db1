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
