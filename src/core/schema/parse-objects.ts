import {
  canonical,
  closingParen,
  isOp,
  isWord,
  nameOf,
  objectNameAt,
  splitTopLevel,
  stripOuterParens,
} from "../sql/canonical.js";
import { foldCase, type Token, tokenize } from "../sql/tokenize.js";
import { resolveDoubleQuoted, rowidAsColumn, stringsAt } from "./dq-strings.js";
import type { TriggerObject, ViewObject, VirtualTableObject } from "./model.js";
import type { IndexScopes } from "./parse-table.js";

/** One term of CREATE INDEX as written. */
export interface ParsedIndexTerm {
  column: string | null;
  expr: string | null;
  desc: boolean;
  collation: string | null;
}

export interface ParsedIndex {
  unique: boolean;
  terms: ParsedIndexTerm[];
  where: string | null;
}

function parseIndexTerm(part: Token[], scope: ReadonlySet<string> | undefined): ParsedIndexTerm {
  let run = part;
  let desc = false;
  let collation: string | null = null;
  const last = run[run.length - 1];
  if (isWord(last, "asc") || isWord(last, "desc")) {
    desc = isWord(last, "desc");
    run = run.slice(0, -1);
  }
  if (run.length >= 3 && isWord(run[run.length - 2], "collate")) {
    collation = nameOf(run[run.length - 1]);
    run = run.slice(0, -2);
  }
  run = stripOuterParens(run);
  const only = run.length === 1 ? run[0] : undefined;
  // SQLite reads a lone name, and even a lone string literal, in an index term as a column.
  if (only && (only.kind === "word" || only.kind === "quoted" || only.kind === "string")) {
    return { column: nameOf(only), expr: null, desc, collation };
  }
  return { column: null, expr: expression(run, scope), desc, collation };
}

/** An expression's canonical text; with the table's `scope` known, its double-quoted strings single-quoted. */
function expression(tokens: Token[], scope: ReadonlySet<string> | undefined): string {
  return canonical(scope ? resolveDoubleQuoted(tokens, scope) : tokens);
}

/** `scopes`: what the index can name (`indexScopes`), when its table's SQL is known. */
export function parseCreateIndex(sql: string, scopes?: IndexScopes): ParsedIndex {
  const tokens = tokenize(sql);
  const unique = tokens.slice(0, 3).some((t) => isWord(t, "unique"));
  const open = tokens.findIndex((t) => isOp(t, "("));
  if (open < 0) return { unique, terms: [], where: null };
  const close = closingParen(tokens, open);
  const terms = splitTopLevel(tokens.slice(open + 1, close)).map((part) =>
    parseIndexTerm(part, scopes?.terms),
  );
  const rest = tokens.slice(close + 1);
  const where = isWord(rest[0], "where")
    ? expression(rowidAsColumn(stripOuterParens(rest.slice(1)), scopes?.rowid), scopes?.where)
    : null;
  return { unique, terms, where };
}

function afterName(tokens: Token[], keyword: string): number {
  const at = tokens.findIndex((t) => isWord(t, keyword));
  return objectNameAt(tokens, at + 1) + 1;
}

/** Index of the token that starts a CREATE VIEW's SELECT, and the view's column list if it has one. */
export function viewSelectAt(tokens: Token[]): { at: number; columns: string[] | null } {
  let i = afterName(tokens, "view");
  let columns: string[] | null = null;
  if (isOp(tokens[i], "(")) {
    const close = closingParen(tokens, i);
    columns = splitTopLevel(tokens.slice(i + 1, close)).map((p) => nameOf(p[0]));
    i = close + 1;
  }
  if (isWord(tokens[i], "as")) i++;
  return { at: i, columns };
}

/** `strings`: offsets of the double-quoted tokens SQLite reads as strings there (asked of it by the caller). */
export function parseCreateView(
  name: string,
  sql: string,
  strings: ReadonlySet<number> = new Set(),
): ViewObject {
  const tokens = tokenize(sql);
  const { at, columns } = viewSelectAt(tokens);
  return {
    kind: "view",
    name,
    columns,
    select: canonical(stringsAt(trimSemicolon(tokens.slice(at)), strings)),
  };
}

function trimSemicolon(tokens: Token[]): Token[] {
  return isOp(tokens[tokens.length - 1], ";") ? tokens.slice(0, -1) : tokens;
}

export function parseCreateTrigger(name: string, table: string, sql: string): TriggerObject {
  const tokens = tokenize(sql);
  const body = canonical(trimSemicolon(tokens.slice(afterName(tokens, "trigger"))));
  return { kind: "trigger", name, table: foldCase(table), body };
}

export function parseCreateVirtual(name: string, sql: string): VirtualTableObject {
  const tokens = tokenize(sql);
  const using = tokens.findIndex((t) => isWord(t, "using"));
  const module = using < 0 ? "" : nameOf(tokens[using + 1]);
  let args: string[] = [];
  if (using >= 0 && isOp(tokens[using + 2], "(")) {
    const close = closingParen(tokens, using + 2);
    const parts = splitTopLevel(tokens.slice(using + 3, close));
    args = FULL_TEXT.has(module) ? fullTextArgs(parts) : parts.map(canonical);
  }
  return { kind: "virtual", name, module, args };
}

const FULL_TEXT = new Set(["fts3", "fts4", "fts5"]);

/**
 * FTS3/4/5 take columns (in order, names case-insensitive, quoted or not) and `key = value` options in any
 * order, where `porter`, 'porter' and "porter" are the same value (a bareword in any case): compared as
 * columns, then sorted options.
 */
function fullTextArgs(parts: Token[][]): string[] {
  const columns: string[] = [];
  const options: string[] = [];
  for (const part of parts) {
    if (isOp(part[1], "=")) {
      const value = part.slice(2);
      const only = value.length === 1 ? value[0] : undefined;
      const single =
        only?.kind === "string"
          ? only.text.slice(1, -1).replaceAll("''", "'")
          : only?.kind === "quoted"
            ? only.value
            : undefined;
      options.push(`${nameOf(part[0])}=${single ?? canonical(value)}`);
    } else {
      columns.push([nameOf(part[0]), canonical(part.slice(1))].filter(Boolean).join(" "));
    }
  }
  return [...columns, ...options.sort()];
}
