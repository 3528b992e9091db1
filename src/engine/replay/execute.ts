import type { MixedWrites, SchemaWrites } from "../../adapters/schema-reader.js";
import type { SqlDatabase } from "../../adapters/sqlite/engine.js";
import { statementSpans } from "../../adapters/sqlite/statements.js";
import { boundedMessage, excerpt } from "../../core/excerpt.js";
import type { MigrationScript } from "../../core/migration.js";
import { isOp, isWord, isWords } from "../../core/sql/canonical.js";
import { foldCase, tokenize } from "../../core/sql/tokenize.js";
import { leadingKeyword, positionIn, skipTrivia, type TextPosition } from "../../core/text-position.js";
import { type DqsNote, dqsCheckOf, dqsNote } from "./dqs-check.js";

export interface ScriptFailure extends TextPosition {
  message: string;
  /** The failing statement's first line, bounded (see excerpt): a file with no `;` is one statement. */
  statement: string;
  /** What failed is the COMMIT that ends the tool's transaction after the file's last statement. */
  atToolCommit?: true;
}

/** A statement whose effect depends on whether the tool wraps the file in a transaction. */
export interface TransactionSensitive extends TextPosition {
  keyword: string;
  statement: string;
  /** After a `PRAGMA foreign_keys = …`: whether foreign keys are on, read back (inside a transaction it is a no-op). */
  foreignKeys?: boolean;
}

export interface ScriptResult {
  ok: boolean;
  failure?: ScriptFailure;
  sensitive: TransactionSensitive[];
  /** The script ran a PRAGMA that lets rows past SQLite's own checks, so any table may now be broken. */
  bypassedChecks: boolean;
  /** The script ran some PRAGMA: settings such as foreign_keys may have changed. */
  ranPragma: boolean;
  /** How the script can have changed sqlite_schema, from its statements' leading keywords (see SchemaWrites). */
  schemaWrites: SchemaWrites;
  /** Double-quoted strings the statements rely on (see dqs-check). */
  dqs: DqsNote[];
  ms: number;
}

// Statements that never write sqlite_schema (triggers only fire DML; writable_schema is a PRAGMA).
const SCHEMA_NEUTRAL = new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "REPLACE",
  "SELECT",
  "WITH",
  "VALUES",
  "BEGIN",
  "COMMIT",
  "END",
  "SAVEPOINT",
  "REINDEX",
  "EXPLAIN",
]);
const NEUTRAL_PRAGMA =
  /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:foreign_keys|defer_foreign_keys|foreign_key_check|foreign_key_list|table_info|table_xinfo|index_list|index_info|integrity_check|quick_check|recursive_triggers|case_sensitive_like)\b/i;

function schemaWritesOf(keyword: string, text: string): SchemaWrites {
  if (SCHEMA_NEUTRAL.has(keyword)) return "none";
  if (keyword === "CREATE") return "insert";
  if (keyword === "DROP") return droppedObject(text);
  if (keyword === "PRAGMA" && NEUTRAL_PRAGMA.test(text)) return "none";
  if (keyword === "ALTER") return alteredTable(text);
  return "any";
}

/**
 * ALTER TABLE [main.]t ADD/DROP [COLUMN] rewrites t's own row only; RENAME TO rewrites whatever refers to t,
 * which then names the new name; RENAME [COLUMN] c TO d is left to a full read.
 */
function alteredTable(text: string): SchemaWrites {
  const tokens = tokenize(text.slice(0, 400));
  if (!isWords(tokens, 0, "alter", "table")) return "any";
  let i = 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  if (!name || (name.kind !== "word" && name.kind !== "quoted")) return "any";
  if (isWord(tokens[i + 1], "add") || isWord(tokens[i + 1], "drop")) return { alter: [foldCase(name.value)] };
  // RENAME TO new-name and nothing after it: `RENAME to TO x` could be a column named "to".
  const to = tokens[i + 3];
  const ends = tokens.length === i + 4 || isOp(tokens[i + 4], ";");
  if (isWords(tokens, i + 1, "rename", "to") && to && (to.kind === "word" || to.kind === "quoted") && ends)
    return {
      mixed: { drops: [], alters: [], renames: [{ from: foldCase(name.value), to: foldCase(to.value) }] },
    };
  return "any";
}

/** DROP TABLE|INDEX|VIEW|TRIGGER [IF EXISTS] [main.]name, by the name SQLite folds it to. */
function droppedObject(text: string): SchemaWrites {
  const tokens = tokenize(text.slice(0, 400));
  if (!["table", "index", "view", "trigger"].some((kind) => isWord(tokens[1], kind))) return "any";
  let i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  return name && (name.kind === "word" || name.kind === "quoted") ? { drop: [foldCase(name.value)] } : "any";
}

function combineWrites(a: SchemaWrites, b: SchemaWrites): SchemaWrites {
  if (b === "none") return a;
  if (a === "none") return b;
  if (a === "any" || b === "any") return "any";
  if (a === "insert" && b === "insert") return a;
  if (typeof a === "object" && typeof b === "object") {
    if ("alter" in a && "alter" in b) return { alter: [...new Set([...a.alter, ...b.alter])] };
    if ("drop" in a && "drop" in b) return { drop: [...new Set([...a.drop, ...b.drop])] };
  }
  const x = asMixed(a);
  const y = asMixed(b);
  return {
    mixed: {
      drops: [...new Set([...x.drops, ...y.drops])],
      alters: [...new Set([...x.alters, ...y.alters])],
      renames: [...x.renames, ...y.renames],
    },
  };
}

function asMixed(w: Exclude<SchemaWrites, "none" | "any">): MixedWrites {
  if (w === "insert") return { drops: [], alters: [], renames: [] };
  if ("mixed" in w) return w.mixed;
  return "drop" in w
    ? { drops: w.drop, alters: [], renames: [] }
    : { drops: [], alters: w.alter, renames: [] };
}

export type SqlRewrite = (sql: string) => string;

/** Told where each statement is (its chunk, and its text's offset and length there) just before it runs. */
export type StatementTrace = (chunk: number, offset: number, length: number) => void;

// PRAGMAs after which rows may violate constraints SQLite normally enforces as they are written.
const BYPASSING_PRAGMAS =
  /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:writable_schema|ignore_check_constraints|legacy_file_format|schema_version|cell_size_check)\b/i;

const TRANSACTION_KEYWORDS = new Set(["BEGIN", "COMMIT", "END", "ROLLBACK"]);

function isSensitive(keyword: string, sql: string): boolean {
  if (TRANSACTION_KEYWORDS.has(keyword)) return true;
  // PRAGMA foreign_keys is a silent no-op inside a transaction.
  return keyword === "PRAGMA" && /foreign_keys\s*=/i.test(sql);
}

/**
 * Runs one script the way its tool runs it: wrapped in a transaction or as written.
 * Statements are split by SQLite itself, so a trigger body's semicolons never split a statement.
 */
export function executeScript(
  db: SqlDatabase,
  script: MigrationScript,
  rewrite?: SqlRewrite,
  trace?: StatementTrace,
): ScriptResult {
  const started = performance.now();
  const sensitive: TransactionSensitive[] = [];
  let failure: ScriptFailure | undefined;
  let bypassedChecks = false;
  let ranPragma = false;
  let schemaWrites: SchemaWrites = "none";
  const dqs: DqsNote[] = [];
  if (script.transaction) db.exec("BEGIN");
  outer: for (const [chunkIndex, chunk] of script.chunks.entries()) {
    const sql = rewrite ? rewrite(chunk.sql) : chunk.sql;
    // Each statement's text is what SQLite's prepare would consume (leading trivia included), so offsets
    // stay exact; preparing one statement at a time keeps a 10 MB data migration linear.
    for (const [statementOffset, length] of statementSpans(sql)) {
      const text = sql.slice(statementOffset, statementOffset + length);
      let stmt: ReturnType<SqlDatabase["prepare"]>;
      try {
        stmt = db.prepare(text);
      } catch (error) {
        failure = failureAt(sql, statementOffset, chunk, error);
        break outer;
      }
      const body = skipTriviaText(text);
      const keyword = leadingKeyword(body);
      if (keyword === "PRAGMA") {
        ranPragma = true;
        if (BYPASSING_PRAGMAS.test(body)) bypassedChecks = true;
      }
      schemaWrites = combineWrites(schemaWrites, schemaWritesOf(keyword, body));
      let noted: TransactionSensitive | undefined;
      if (isSensitive(keyword, body)) {
        const at = positionIn(sql, skipTrivia(sql, statementOffset), chunk);
        noted = { ...at, keyword, statement: body.trim() };
        sensitive.push(noted);
      }
      trace?.(chunkIndex, statementOffset, text.length);
      // Only a statement with a double-quoted token is prepared again, with double-quoted strings off.
      const check = dqsCheckOf(body);
      const bodyOffset = statementOffset + (text.length - body.length);
      let note =
        check && !check.after ? dqsNote(db, db.strictError(body), check, sql, bodyOffset, chunk) : undefined;
      try {
        // Rows of a SELECT are read and dropped, as a migration tool does.
        stmt.drain();
      } catch (error) {
        failure = failureAt(sql, statementOffset, chunk, error);
        break outer;
      } finally {
        stmt.finalize();
      }
      const probe = check?.after?.(db);
      if (check && probe) note = dqsNote(db, db.strictError(probe), check, sql, bodyOffset, chunk);
      if (note) dqs.push(note);
      if (noted?.keyword === "PRAGMA") noted.foreignKeys = foreignKeysOn(db);
    }
  }
  if (failure) {
    // Also ends a transaction the file opened itself and never closed because it failed midway.
    rollbackQuietly(db);
  } else if (script.transaction) {
    try {
      db.exec("COMMIT");
    } catch (error) {
      // Deferred foreign keys are checked here, at the end of the tool's transaction.
      failure = { line: 1, column: 1, message: messageOf(error), statement: "COMMIT", atToolCommit: true };
      rollbackQuietly(db);
    }
  }
  // A failure rolled back an unknown part of the script.
  if (failure) schemaWrites = "any";
  return {
    ok: !failure,
    failure,
    sensitive,
    bypassedChecks,
    ranPragma,
    schemaWrites,
    dqs,
    ms: performance.now() - started,
  };
}

/** The connection's foreign_keys setting as SQLite has it now: the evidence of whether a PRAGMA took effect. */
function foreignKeysOn(db: SqlDatabase): boolean {
  const stmt = db.prepare("PRAGMA foreign_keys");
  try {
    return Number(stmt.rows()[0]?.[0]) === 1;
  } finally {
    stmt.finalize();
  }
}

function skipTriviaText(sql: string): string {
  return sql.slice(skipTrivia(sql, 0));
}

function rollbackQuietly(db: SqlDatabase): void {
  try {
    db.exec("ROLLBACK");
  } catch {
    // The failing statement may already have ended the transaction.
  }
}

function failureAt(sql: string, offset: number, chunk: TextPosition, error: unknown): ScriptFailure {
  const start = skipTrivia(sql, offset);
  const at = positionIn(sql, start, chunk);
  const end = sql.indexOf(";", start);
  return {
    ...at,
    message: messageOf(error),
    statement: excerpt(sql.slice(start, end === -1 ? undefined : end + 1)),
  };
}

/** SQLite's message, or what a called application function threw, bounded before any report sees it. */
function messageOf(error: unknown): string {
  return boundedMessage(error instanceof Error ? error.message : String(error));
}
