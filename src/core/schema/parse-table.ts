import {
  canonical,
  closingParen,
  displayName,
  isOp,
  isWord,
  isWords,
  nameOf,
  objectNameAt,
  splitTopLevel,
  stripOuterParens,
} from "../sql/canonical.js";
import { type Token, tokenize } from "../sql/tokenize.js";
import { expressionScope, resolveDoubleQuoted, rowidAliases, rowidAsColumn } from "./dq-strings.js";
import type { Check, ForeignKey } from "./model.js";

/** What a CREATE TABLE statement says that SQLite's PRAGMAs do not report. */
export interface TableSqlFacts {
  /** Column names in declaration order, as written (unquoted). */
  columnNames: string[];
  collations: Map<string, string>;
  generated: Map<string, string>;
  checks: Check[];
  foreignKeys: ForeignKey[];
  autoincrement: boolean;
  conflicts: string[];
}

const COLUMN_CONSTRAINT_START = new Set([
  "constraint",
  "primary",
  "not",
  "null",
  "unique",
  "check",
  "default",
  "collate",
  "references",
  "generated",
  "as",
]);
const TABLE_CONSTRAINT_START = new Set(["constraint", "primary", "unique", "check", "foreign"]);

/** What the table's expressions can name: a CHECK its columns and rowid, a generated column its columns. */
interface Scopes {
  check: ReadonlySet<string>;
  generated: ReadonlySet<string>;
  /** The rowid's names and the INTEGER PRIMARY KEY column they stand for (see rowidAliases). */
  rowid?: ReadonlyMap<string, string>;
}

/** What an index's expression terms and its WHERE can name. */
export interface IndexScopes {
  terms: ReadonlySet<string>;
  where: ReadonlySet<string>;
  rowid?: ReadonlyMap<string, string>;
}

/** An expression's canonical text, its double-quoted string literals single-quoted (see dq-strings). */
function expression(
  tokens: Token[],
  scope: ReadonlySet<string>,
  rowid?: ReadonlyMap<string, string>,
): string {
  return canonical(rowidAsColumn(resolveDoubleQuoted(stripOuterParens(tokens), scope), rowid));
}

/** Reads `ON CONFLICT <action>` at `i`; returns the action (folded) and the index after it. */
function conflictAt(tokens: Token[], i: number): [string | null, number] {
  if (isWords(tokens, i, "on", "conflict")) return [nameOf(tokens[i + 2]), i + 3];
  return [null, i];
}

function addConflict(facts: TableSqlFacts, what: string, action: string | null): void {
  if (action && action !== "abort") facts.conflicts.push(`${what}: ${action}`);
}

function nameList(tokens: Token[], open: number): [string[], number] {
  const close = closingParen(tokens, open);
  const names = splitTopLevel(tokens.slice(open + 1, close)).map((part) => nameOf(part[0]));
  return [names, close + 1];
}

/** Parses a foreign-key clause starting at the REFERENCES keyword; returns the index after it. */
function foreignKeyAt(tokens: Token[], at: number, columns: string[], out: ForeignKey[]): number {
  const fk: ForeignKey = {
    columns,
    table: displayName(tokens[at + 1]),
    references: [],
    onDelete: "no action",
    onUpdate: "no action",
    match: "none",
    deferred: false,
  };
  let i = at + 2;
  if (isOp(tokens[i], "(")) [fk.references, i] = nameList(tokens, i);
  for (;;) {
    if (isWord(tokens[i], "on") && tokens[i + 1]?.kind === "word") {
      const two = isWord(tokens[i + 2], "set") || isWord(tokens[i + 2], "no");
      const action = two ? `${nameOf(tokens[i + 2])} ${nameOf(tokens[i + 3])}` : nameOf(tokens[i + 2]);
      // SQLite parses and ignores ON INSERT; only DELETE and UPDATE actions exist.
      if (isWord(tokens[i + 1], "delete")) fk.onDelete = action;
      else if (isWord(tokens[i + 1], "update")) fk.onUpdate = action;
      i += two ? 4 : 3;
    } else if (isWord(tokens[i], "match")) {
      // SQLite parses MATCH and ignores it: every foreign key is MATCH SIMPLE.
      i += 2;
    } else if (isWord(tokens[i], "not") && isWord(tokens[i + 1], "deferrable")) {
      i += 2;
      if (isWord(tokens[i], "initially")) i += 2;
    } else if (isWord(tokens[i], "deferrable")) {
      // Only DEFERRABLE INITIALLY DEFERRED defers; every other spelling is immediate.
      fk.deferred = isWords(tokens, i + 1, "initially", "deferred");
      i += isWord(tokens[i + 1], "initially") ? 3 : 1;
    } else {
      break;
    }
  }
  out.push(fk);
  return i;
}

function parseColumn(part: Token[], facts: TableSqlFacts, scopes: Scopes): void {
  const name = nameOf(part[0]);
  facts.columnNames.push(displayName(part[0]));
  let i = 1;
  while (i < part.length && !(part[i]?.kind === "word" && COLUMN_CONSTRAINT_START.has(nameOf(part[i])))) {
    i = isOp(part[i], "(") ? closingParen(part, i) + 1 : i + 1;
  }
  let constraintName: string | null = null;
  while (i < part.length) {
    const tok = part[i];
    if (isWord(tok, "constraint")) {
      constraintName = nameOf(part[i + 1]);
      i += 2;
      continue;
    }
    if (isWord(tok, "collate")) {
      facts.collations.set(name, nameOf(part[i + 1]));
      i += 2;
    } else if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.checks.push({
        name: constraintName,
        expr: expression(part.slice(i + 2, close), scopes.check, scopes.rowid),
      });
      i = close + 1;
    } else if (isWord(tok, "as") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.generated.set(name, expression(part.slice(i + 2, close), scopes.generated));
      i = close + 1;
    } else if (isWord(tok, "references")) {
      i = foreignKeyAt(part, i, [name], facts.foreignKeys);
    } else if (isWords(part, i, "primary", "key")) {
      i += 2;
      if (isWord(part[i], "asc") || isWord(part[i], "desc")) i++;
      let action: string | null;
      [action, i] = conflictAt(part, i);
      addConflict(facts, "primary key", action);
      if (isWord(part[i], "autoincrement")) {
        facts.autoincrement = true;
        i++;
      }
    } else if (isWords(part, i, "not", "null") || isWord(tok, "unique")) {
      const what = isWord(tok, "unique") ? `unique (${name})` : `not null ${name}`;
      let action: string | null;
      [action, i] = conflictAt(part, i + (isWord(tok, "unique") ? 1 : 2));
      addConflict(facts, what, action);
    } else if (isOp(tok, "(")) {
      i = closingParen(part, i) + 1;
    } else {
      i++;
    }
    constraintName = null;
  }
}

function parseTableConstraint(part: Token[], facts: TableSqlFacts, scopes: Scopes): void {
  let i = 0;
  let constraintName: string | null = null;
  if (isWord(part[0], "constraint")) {
    constraintName = nameOf(part[1]);
    i = 2;
  }
  const tok = part[i];
  if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
    const close = closingParen(part, i + 1);
    facts.checks.push({
      name: constraintName,
      expr: expression(part.slice(i + 2, close), scopes.check, scopes.rowid),
    });
  } else if (isWords(part, i, "foreign", "key") && isOp(part[i + 2], "(")) {
    const [columns, next] = nameList(part, i + 2);
    if (isWord(part[next], "references")) foreignKeyAt(part, next, columns, facts.foreignKeys);
  } else if (
    (isWords(part, i, "primary", "key") || isWord(tok, "unique")) &&
    part.some((t) => isOp(t, "("))
  ) {
    const open = part.findIndex((t) => isOp(t, "("));
    const close = closingParen(part, open);
    const inner = part.slice(open + 1, close);
    if (inner.some((t) => isWord(t, "autoincrement"))) facts.autoincrement = true;
    const what = isWord(tok, "unique") ? `unique (${canonical(inner)})` : "primary key";
    addConflict(facts, what, conflictAt(part, close + 1)[0]);
  }
}

const isConstraint = (part: Token[]) =>
  part[0]?.kind === "word" && TABLE_CONSTRAINT_START.has(nameOf(part[0]));

/**
 * The column that is the rowid under another name: declared `INTEGER` exactly and the whole primary key, not
 * `DESC` (https://www.sqlite.org/lang_createtable.html#rowid).
 */
function integerPrimaryKey(parts: Token[][]): string | undefined {
  // The declared type is the words after the name up to the first constraint: exactly INTEGER.
  const integer = (p: Token[]) =>
    isWord(p[1], "integer") && (p[2] === undefined || COLUMN_CONSTRAINT_START.has(nameOf(p[2])));
  for (const p of parts) {
    const at = p.findIndex((t, k) => isWord(t, "primary") && isWord(p[k + 1], "key"));
    if (at < 0) continue;
    if (!isConstraint(p)) return integer(p) && !isWord(p[at + 2], "desc") ? nameOf(p[0]) : undefined;
    // PRIMARY KEY (x) as a table constraint: exactly one column.
    if (!isOp(p[at + 2], "(") || !isOp(p[at + 4], ")")) return undefined;
    const name = nameOf(p[at + 3]);
    const column = parts.find((c) => !isConstraint(c) && nameOf(c[0]) === name);
    return column && integer(column) ? name : undefined;
  }
  return undefined;
}

/** The column definitions and table constraints of a CREATE TABLE, and the scopes of its expressions. */
function tableParts(tokens: Token[]): { parts: Token[][]; scopes: Scopes } | undefined {
  const tableAt = tokens.findIndex((t) => isWord(t, "table"));
  const open = objectNameAt(tokens, tableAt + 1) + 1;
  if (!isOp(tokens[open], "(")) return undefined;
  const close = closingParen(tokens, open);
  const parts = splitTopLevel(tokens.slice(open + 1, close));
  // A CHECK may name a column declared after it: the scope is every column.
  const columns = parts.filter((p) => !isConstraint(p)).map((p) => nameOf(p[0]));
  const options = tokens.slice(close + 1);
  const rowid = !options.some((t, k) => isWord(t, "without") && isWord(options[k + 1], "rowid"));
  return {
    parts,
    scopes: {
      check: expressionScope(columns, rowid),
      generated: expressionScope(columns, false),
      rowid: rowid ? rowidAliases(columns, integerPrimaryKey(parts)) : undefined,
    },
  };
}

/** Parses the parts of a CREATE TABLE statement that PRAGMAs do not expose. */
export function parseCreateTable(sql: string): TableSqlFacts {
  const facts: TableSqlFacts = {
    columnNames: [],
    collations: new Map(),
    generated: new Map(),
    checks: [],
    foreignKeys: [],
    autoincrement: false,
    conflicts: [],
  };
  const table = tableParts(tokenize(sql));
  if (!table) return facts;
  for (const part of table.parts) {
    if (isConstraint(part)) parseTableConstraint(part, facts, table.scopes);
    else parseColumn(part, facts, table.scopes);
  }
  return facts;
}

/** What an index on the table of `tableSql` can name (folded): SQLite refuses the rowid in its expressions only. */
export function indexScopes(tableSql: string): IndexScopes | undefined {
  const scopes = tableParts(tokenize(tableSql))?.scopes;
  return scopes && { terms: scopes.generated, where: scopes.check, rowid: scopes.rowid };
}
