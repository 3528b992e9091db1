import { codeSpan } from "../../core/code-span.js";
import { excerpt } from "../../core/excerpt.js";
import { type Finding, finding } from "../../core/finding.js";
import type { LayoutId, Migration, MigrationScript } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import type { ScriptResult, TransactionSensitive } from "./execute.js";

const FOREIGN_KEYS_OFF = /foreign_keys\s*(?:=\s*|\(\s*)['"]?(?:off|0|false|no)\b/i;
const ROLLBACK_TO_SAVEPOINT = /^rollback\s+(?:transaction\s+)?to\b/i;

const lines = (items: TransactionSensitive[]) =>
  items.map((s) => `${s.keyword} at line ${s.line}`).join(", ");

/**
 * Transaction statements that behave differently from what the file expects, given how its tool runs it:
 * BEGIN/COMMIT inside the tool's own transaction, a BEGIN never closed in a file run as written, and
 * `PRAGMA foreign_keys = OFF` where SQLite silently ignores it. Files that are right for their tool
 * (golang-migrate with x-no-tx-wrap and paired BEGIN/COMMIT, `PRAGMA foreign_keys = ON` anywhere) get nothing.
 */
export function noteTransactionControl(
  findings: Finding[],
  layout: LayoutId,
  migration: Migration,
  script: MigrationScript,
  result: ScriptResult,
): void {
  const { name, transaction } = toolOf(layout);
  const tool = { name, optOut: transaction.optOut };
  const at = (s: TransactionSensitive) => ({
    version: migration.version,
    file: script.file,
    line: s.line,
    column: s.column,
  });
  const control = result.sensitive.filter((s) => s.keyword !== "PRAGMA");
  const first = control[0];
  if (first && script.transaction) {
    const remedy = tool.optOut
      ? `remove them, or let the file run as written: ${tool.optOut}`
      : `remove them: ${tool.name} has no way to run one file outside its transaction`;
    findings.push(
      finding(
        "transaction-control",
        `${script.file} has its own transaction control (${lines(control)}), but ${tool.name} already runs it inside a transaction, where BEGIN fails with "cannot start a transaction within a transaction"; ${remedy}`,
        at(first),
      ),
    );
  } else if (first && result.ok) {
    const open = unclosedBegin(control);
    if (open) {
      findings.push(
        finding(
          "transaction-control",
          `${script.file} opens a transaction at line ${open.line} that it never closes: the next migration's statements run inside it, and a failure rolls them back together; end the file with COMMIT`,
          at(open),
        ),
      );
    }
  }
  const ignored = result.sensitive.filter(
    (s) => s.keyword === "PRAGMA" && FOREIGN_KEYS_OFF.test(s.statement),
  );
  const pragma = ignored[0];
  if (!pragma || !script.transaction) return;
  const where = ignored.map((s) => `line ${s.line}`).join(", ");
  const why =
    transaction.pragmaIgnored ??
    `${tool.name} runs the file inside a transaction, where SQLite ignores it, so foreign keys stay as the connection has them through what follows (with them on, a DROP TABLE deletes or blocks the rows that reference it); ${tool.optOut ?? "run it outside the transaction"}`;
  findings.push(
    finding(
      "transaction-control",
      `${codeSpan(excerpt(pragma.statement, 80))} (${where}) has no effect: ${why}`,
      at(pragma),
    ),
  );
}

/** The BEGIN a file run as written leaves open at its end, if any. */
function unclosedBegin(control: TransactionSensitive[]): TransactionSensitive | undefined {
  let open: TransactionSensitive | undefined;
  for (const s of control) {
    if (s.keyword === "BEGIN") open ??= s;
    else if (!(s.keyword === "ROLLBACK" && ROLLBACK_TO_SAVEPOINT.test(s.statement))) open = undefined;
  }
  return open;
}
