/** Problems found in the user's migrations are data, never exceptions. */
export type Severity = "error" | "warning";

export const RULES = {
  "parse-error": "error",
  "duplicate-version": "error",
  "up-failed": "error",
  "down-failed": "error",
  "down-missing": "warning",
  "down-mismatch": "error",
  "down-column-order": "warning",
  "redo-mismatch": "error",
  integrity: "error",
  "transaction-control": "warning",
  "order-ambiguous": "warning",
  "not-replayed": "warning",
  "empty-migration": "warning",
  "locked-modified": "error",
  "locked-deleted": "error",
  "locked-renamed": "error",
  "locked-amended": "warning",
  "lockfile-stale": "error",
  "lockfile-tampered": "error",
  "out-of-order": "error",
  overlap: "warning",
  timeout: "error",
  "verify-failed": "error",
  "multiple-heads": "error",
  "missing-parent": "error",
  "revision-cycle": "error",
  "sqlite-version": "error",
  "not-idempotent": "error",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

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
   * files the base has unchanged (check). Absent: new.
   */
  status?: "known" | "existing";
}

export function finding(
  rule: RuleId,
  message: string,
  where: Omit<Finding, "rule" | "severity" | "message"> = {},
): Finding {
  return { rule, severity: RULES[rule], ...where, message };
}
