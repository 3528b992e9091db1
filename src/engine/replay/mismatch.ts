import { type Finding, finding } from "../../core/finding.js";
import {
  abbreviatedDefinitions,
  type ExplainContext,
  explainDiff,
  type SchemaDiff,
} from "../../core/schema/index.js";

/**
 * A down or redo that left another schema, in words. A long definition is shown by what differs, and both
 * definitions whole go in the finding for the JSON report.
 */
export function mismatchFinding(
  rule: "down-mismatch" | "redo-mismatch",
  diff: SchemaDiff,
  ctx: ExplainContext & { lead?: string; problem?: string; advice: string },
  where: Pick<Finding, "version" | "file" | "line">,
): Finding {
  const explanation = `${ctx.lead ?? ""}${explainDiff(diff, ctx)}`;
  const message = `${explanation}; ${ctx.problem ? `${ctx.problem} — ` : ""}${ctx.advice}`;
  const found = finding(rule, message, where);
  const definitions = abbreviatedDefinitions(diff);
  if (definitions.length > 0) found.definitions = definitions;
  return found;
}
