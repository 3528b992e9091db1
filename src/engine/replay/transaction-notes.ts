import { codeSpan } from "../../core/code-span.js";
import { excerpt } from "../../core/excerpt.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript, MigrationSet } from "../../core/migration.js";
import { type ToolDescriptor, toolOf } from "../../core/tools/index.js";
import { optOutAdvice, runnerOf } from "../../core/tools/tool-advice.js";
import { WRAPS_OF } from "../../core/tools/transaction-setting.js";
import type { ScriptResult, TransactionSensitive } from "./execute.js";

const FOREIGN_KEYS_OFF = /\bforeign_keys\s*(?:=\s*|\(\s*)['"]?(?:off|0|false|no)\b/i;
const ROLLBACK_TO_SAVEPOINT = /^rollback\s+(?:transaction\s+)?to\b/i;

/** What says how a set's files are run: its layout's tool, and the config's `transaction` where given. */
export type RunBy = Pick<MigrationSet, "layout" | "transaction">;

/**
 * Transaction statements that do not do what the file expects when its tool runs it, with the replay (which
 * runs the file as the tool does) as the evidence: a BEGIN that failed inside the tool's transaction, a
 * COMMIT that ended it so the tool's own COMMIT failed, a BEGIN never closed in a file run as written
 * (`transaction-control`), and a `PRAGMA foreign_keys = OFF` after which foreign keys were still on
 * (`fk-pragma-in-transaction`). A file that ends the tool's transaction, turns foreign keys off and opens a
 * new one runs as intended, and gets nothing.
 */
export function noteTransactionControl(
  findings: Finding[],
  set: RunBy,
  migration: Migration,
  script: MigrationScript,
  result: ScriptResult,
): void {
  const tool = toolOf(set.layout);
  const runner = runnerOf(tool);
  const at = (s: TransactionSensitive) => ({
    version: migration.version,
    file: script.file,
    line: s.line,
    column: s.column,
  });
  const control = result.sensitive.filter((s) => s.keyword !== "PRAGMA");
  const { failure } = result;
  const optOut = set.transaction ? undefined : optOutAdvice(tool);
  if (script.transaction && failure) {
    const begin = control.find(
      (s) => s.keyword === "BEGIN" && s.line === failure.line && s.column === failure.column,
    );
    const ended = failure.atToolCommit && [...control].reverse().find(endsTransaction);
    if (begin) {
      const remedy = optOut
        ? `remove the file's own BEGIN/COMMIT, or let the file run as written: ${optOut}`
        : `remove the file's own BEGIN/COMMIT: ${runner} has no way to run one file outside its transaction`;
      findings.push(
        finding(
          "transaction-control",
          `${script.file}: BEGIN at line ${begin.line} runs inside the transaction ${runner} already runs the file in, where it fails with "cannot start a transaction within a transaction"; ${remedy}`,
          at(begin),
        ),
      );
    } else if (ended && /no transaction is active/.test(failure.message)) {
      findings.push(
        finding(
          "transaction-control",
          `${script.file}: ${ended.keyword} at line ${ended.line} ends the transaction ${runner} runs the file in, so what follows runs outside any transaction and ${runner}'s own COMMIT after the file fails with "cannot commit - no transaction is active"; remove it${optOut ? `, or let the file run as written: ${optOut}` : ", or open a new transaction (BEGIN) before the file ends"}`,
          at(ended),
        ),
      );
    }
  } else if (!script.transaction && result.ok) {
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
  // Read back after each PRAGMA: foreign keys still on means SQLite ignored it inside a transaction.
  const ignored = result.sensitive.filter(
    (s) => s.keyword === "PRAGMA" && s.foreignKeys === true && FOREIGN_KEYS_OFF.test(s.statement),
  );
  const pragma = ignored[0];
  if (!pragma) return;
  const also = ignored.slice(1).map((s) => `line ${s.line}`);
  const where = `${script.file}:${pragma.line}${also.length > 0 ? ` (and ${also.join(", ")})` : ""}`;
  findings.push(
    finding(
      "fk-pragma-in-transaction",
      `${codeSpan(excerpt(pragma.statement, 80))} at ${where} is a no-op where it stands: ${whyIgnored(tool, set, runner, script, result.sensitive, pragma)}`,
      at(pragma),
    ),
  );
}

function endsTransaction(s: TransactionSensitive): boolean {
  return (
    s.keyword === "COMMIT" ||
    s.keyword === "END" ||
    (s.keyword === "ROLLBACK" && !ROLLBACK_TO_SAVEPOINT.test(s.statement))
  );
}

/** Whose transaction was open at the ignored PRAGMA, and what to do instead. */
function whyIgnored(
  tool: ToolDescriptor,
  set: RunBy,
  runner: string,
  script: MigrationScript,
  sensitive: TransactionSensitive[],
  pragma: TransactionSensitive,
): string {
  let open: "tool" | TransactionSensitive | undefined = script.transaction ? "tool" : undefined;
  for (const s of sensitive.slice(0, sensitive.indexOf(pragma))) {
    if (s.keyword === "BEGIN") open = s;
    else if (endsTransaction(s)) open = undefined;
  }
  if (open !== "tool") {
    const begun = open
      ? `the file's own BEGIN at line ${open.line} opened a transaction`
      : "a transaction is open there";
    return `${begun}, where SQLite ignores it, so foreign keys stay on through what follows; turn them off before the BEGIN and back on after the COMMIT`;
  }
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  const stays =
    "where SQLite ignores it, so foreign keys stay as the connection has them through what follows (with them on, a DROP TABLE deletes or blocks the rows that reference it)";
  if (wraps === tool.transaction.wraps && tool.transaction.pragmaIgnored)
    return tool.transaction.pragmaIgnored;
  if (wraps === "all-pending")
    return `the database's "transaction": "all" says ${runner} runs every pending migration in one transaction, ${stays}; turn foreign keys off on the connection before the runner starts its transaction, and back on after`;
  return `${runner} runs the file inside a transaction, ${stays}; ${(set.transaction ? undefined : optOutAdvice(tool)) ?? "run it outside the transaction"}`;
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
