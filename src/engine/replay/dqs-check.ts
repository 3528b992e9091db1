import { queryRows, type SqlDatabase } from "../../adapters/sqlite/engine.js";
import { closest } from "../../core/closest.js";
import { codeSpan } from "../../core/code-span.js";
import { excerpt } from "../../core/excerpt.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript, MigrationSet } from "../../core/migration.js";
import { isOp, isWord, isWords, objectNameAt } from "../../core/sql/canonical.js";
import { quoteIdent } from "../../core/sql/literal.js";
import { foldCase, type Token, tokenize } from "../../core/sql/tokenize.js";
import { positionIn, type TextPosition } from "../../core/text-position.js";
import { toolOf } from "../../core/tools/index.js";
import { runnerOf } from "../../core/tools/tool-advice.js";

/** A double-quoted token SQLite took as a string because no column had its name. */
export interface DqsNote extends TextPosition {
  token: string;
  statement: string;
  /** The column it was probably meant to name. */
  guess?: string;
}

/** How one statement with double-quoted tokens is checked: prepared as it is, or its view/trigger used after. */
export interface DqsCheck {
  tokens: Token[];
  quoted: Token[];
  /** Run after the statement (a view or trigger is resolved only where it is used). */
  after?: (db: SqlDatabase) => string | undefined;
}

/** The check for a statement, or undefined when it has no double-quoted token (most have none: cheap). */
export function dqsCheckOf(body: string): DqsCheck | undefined {
  if (!body.includes('"')) return undefined;
  const tokens = tokenize(body);
  const quoted = tokens.filter((t) => t.kind === "quoted" && t.text.startsWith('"'));
  if (quoted.length === 0) return undefined;
  if (!isWord(tokens[0], "create")) return { tokens, quoted };
  let i = 1;
  if (isWord(tokens[i], "temp") || isWord(tokens[i], "temporary")) i++;
  const kind = tokens[i];
  const at = objectNameAt(tokens, i + 1);
  const name = tokens[at]?.value ?? "";
  if (isWord(kind, "view")) return { tokens, quoted, after: () => `SELECT * FROM ${quoteIdent(name)}` };
  if (isWord(kind, "trigger")) return { tokens, quoted, after: (db) => triggerProbe(db, tokens, at + 1) };
  return { tokens, quoted };
}

/** A statement that fires the trigger, so that its body is resolved (prepared only, never run). */
function triggerProbe(db: SqlDatabase, tokens: Token[], from: number): string | undefined {
  let i = from;
  if (isWord(tokens[i], "before") || isWord(tokens[i], "after")) i++;
  else if (isWords(tokens, i, "instead", "of")) i += 2;
  const event = tokens[i];
  let column: string | undefined;
  if (isWords(tokens, i, "update", "of")) column = tokens[i + 2]?.value;
  while (i < tokens.length && !isWord(tokens[i], "on")) i++;
  const table = tokens[isOp(tokens[i + 2], ".") ? i + 3 : i + 1]?.value;
  if (!table) return undefined;
  if (isWord(event, "insert")) return `INSERT INTO ${quoteIdent(table)} DEFAULT VALUES`;
  if (isWord(event, "delete")) return `DELETE FROM ${quoteIdent(table)}`;
  if (!isWord(event, "update")) return undefined;
  column ??= columnsOf(db, table)[0];
  return column === undefined
    ? undefined
    : `UPDATE ${quoteIdent(table)} SET ${quoteIdent(column)} = ${quoteIdent(column)}`;
}

function columnsOf(db: SqlDatabase, table: string): string[] {
  const stmt = db.prepare("SELECT name FROM pragma_table_info(?)");
  try {
    return stmt.rows([table]).map(([name]) => String(name));
  } finally {
    stmt.finalize();
  }
}

const NO_SUCH_COLUMN = /^no such column: (.*?)(?: - should this be a string literal in single-quotes\?)?$/;

/**
 * The double-quoted token of the statement SQLite's error with double-quoted strings off names, if it names
 * one: only then did the statement depend on the misfeature (a real column or table prepares either way).
 */
export function dqsNote(
  db: SqlDatabase,
  error: string | undefined,
  check: DqsCheck,
  sql: string,
  offset: number,
  chunk: TextPosition,
): DqsNote | undefined {
  const named = error?.match(NO_SUCH_COLUMN)?.[1];
  if (named === undefined) return undefined;
  const bare =
    named.startsWith('"') && named.endsWith('"') ? named.slice(1, -1).split('""').join('"') : named;
  const tok = check.quoted.find((t) => foldCase(t.value) === foldCase(bare));
  if (!tok) return undefined;
  const columns = allColumns(db);
  const guess = closest(
    tok.value,
    columns.filter((c) => foldCase(c) !== foldCase(tok.value)),
  );
  return {
    ...positionIn(sql, offset + tok.start, chunk),
    token: tok.value,
    statement: sql.slice(offset + (check.tokens[0]?.start ?? 0), offset + (check.tokens.at(-1)?.end ?? 0)),
    ...(guess ? { guess } : {}),
  };
}

function allColumns(db: SqlDatabase): string[] {
  return queryRows(
    db,
    "SELECT DISTINCT p.name FROM sqlite_schema s, pragma_table_info(s.name) p WHERE s.type = 'table'",
  ).map(([name]) => String(name));
}

/** One `dqs` finding per script, at its first double-quoted string, naming the lines of the others. */
export function noteDqs(
  findings: Finding[],
  set: Pick<MigrationSet, "layout">,
  migration: Migration,
  script: MigrationScript,
  notes: readonly DqsNote[],
): void {
  const n = notes[0];
  if (!n) return;
  const runner = runnerOf(toolOf(set.layout));
  const token = codeSpan(`"${n.token}"`);
  const others = [...new Set(notes.slice(1).map((o) => o.line))];
  const also =
    others.length > 0
      ? ` (the file has ${notes.length - 1} more, at line${others.length > 1 ? "s" : ""} ${others.slice(0, 10).join(", ")}${others.length > 10 ? ", …" : ""})`
      : "";
  findings.push(
    finding(
      "dqs",
      `${script.file}:${n.line}: ${token} in ${codeSpan(excerpt(n.statement, 60))} is a string only because no column or table is named ${codeSpan(n.token)}${also}: SQLite takes a double-quoted name it cannot find as a string literal, so ${runner} runs it and a misspelt name becomes the constant '${n.token}' without an error; write ${codeSpan(`'${n.token.split("'").join("''")}'`)} if a string is meant${n.guess ? `, or ${codeSpan(n.guess)} if that column was meant` : ""}`,
      { version: migration.version, file: script.file, line: n.line, column: n.column },
    ),
  );
}
