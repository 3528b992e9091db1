/** Problems found in the user's migrations are data, never exceptions. */
import { RULES, type RuleId, type Severity } from "./rules.js";

export { RULES, type RuleId, type Severity };

/** An object's definition on both sides of a mismatch, as lockstep compares it (the text after its name). */
export interface Definitions {
  kind: "index" | "view" | "trigger" | "virtual";
  name: string;
  /** The reference schema's (before the up, or after the first up). */
  expected: string;
  /** The examined schema's (after the down, or after the up ran again). */
  actual: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The migration's version, when the finding belongs to one migration. */
  version?: string;
  /** Path as shown to the user (relative to the working directory, forward slashes). */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** One line: names in it may hold any character, so renderers escape them rather than split on newlines. */
  message: string;
  /** Lines shown under the message on a terminal (locked-modified's diff); not in the comment. */
  detail?: string;
  /** The whole definitions of objects whose message shows only what differs (a long view or trigger). */
  definitions?: Definitions[];
  /**
   * Reported but failing nothing: `known`, listed in lockstep.known.json; `existing`, of a migration whose
   * files the base has unchanged (check); `allowed`, acknowledged in the migration's own file. Absent: new.
   */
  status?: "known" | "existing" | "allowed";
  /** The migration's own `lockstep:allow` comment that acknowledges this finding (status `allowed`, or `existing` on the base). */
  allowed?: Allowance;
}

/** `-- lockstep:allow RULE "reason"` in a migration's file: the team says the finding is meant. */
export interface Allowance {
  reason: string;
  /** Where the comment is (shown path, 1-based line). */
  file: string;
  line: number;
}

export function finding(
  rule: RuleId,
  message: string,
  where: Omit<Finding, "rule" | "severity" | "message"> = {},
): Finding {
  return { rule, severity: RULES[rule], ...where, message };
}
