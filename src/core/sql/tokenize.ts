/**
 * A small SQLite tokenizer: enough to compare SQL fragments by meaning (whitespace, comments,
 * quoting and keyword/identifier case dropped) without a full parser.
 */
export type TokenKind = "word" | "quoted" | "string" | "blob" | "number" | "variable" | "op";

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** Words and quoted identifiers: the identifier as SQLite sees it (quotes removed, escapes undone). */
  value: string;
  start: number;
  end: number;
}

const OPERATORS = ["->>", "||", "->", "<<", ">>", "<=", ">=", "==", "!=", "<>"];

// By character code: these run for every character of every statement a replay reads.
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isIdStart(c: string): boolean {
  const code = c.charCodeAt(0);
  return isLetter(code) || code === 95 || code >= 0x80;
}

function isIdPart(c: string): boolean {
  const code = c.charCodeAt(0);
  return isLetter(code) || isDigit(code) || code === 95 || code === 36 || code >= 0x80;
}

/** What `/\s/` matches; outside ASCII (rare in SQL) the regular expression decides. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** Index just after the closing `close`, where a doubled `close` is an escaped one. */
function scanQuoted(sql: string, from: number, close: string, doubled: boolean): number {
  let i = from + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (doubled && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

function scanNumber(sql: string, i: number): number {
  if (sql[i] === "0" && /[xX]/.test(sql[i + 1] ?? "") && /[0-9A-Fa-f]/.test(sql[i + 2] ?? "")) {
    i += 2;
    while (/[0-9A-Fa-f_]/.test(sql[i] ?? "")) i++;
    return i;
  }
  while (/[0-9_]/.test(sql[i] ?? "")) i++;
  if (sql[i] === ".") {
    i++;
    while (/[0-9_]/.test(sql[i] ?? "")) i++;
  }
  if (/[eE]/.test(sql[i] ?? "")) {
    const sign = /[+-]/.test(sql[i + 1] ?? "") ? 1 : 0;
    if (/[0-9]/.test(sql[i + 1 + sign] ?? "")) {
      i += 1 + sign;
      while (/[0-9_]/.test(sql[i] ?? "")) i++;
    }
  }
  return i;
}

function unquote(text: string): string {
  const open = text[0];
  const body = text.slice(1, text.length > 1 ? -1 : undefined);
  if (open === "[") return body;
  const q = open as string;
  return body.split(q + q).join(q);
}

/** Splits SQL into tokens; comments and whitespace are dropped. Never throws: unknown characters become operators. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value?: string) => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, start, end });
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    const next = sql[i + 1] ?? "";
    if (isSpace(c)) {
      i++;
    } else if (c === "-" && next === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === "/" && next === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'") {
      const end = scanQuoted(sql, i, "'", true);
      push("string", i, end);
      i = end;
    } else if (c === '"' || c === "`" || c === "[") {
      const end = scanQuoted(sql, i, c === "[" ? "]" : c, c !== "[");
      push("quoted", i, end, unquote(sql.slice(i, end)));
      i = end;
    } else if ((c === "x" || c === "X") && next === "'") {
      const end = scanQuoted(sql, i + 1, "'", false);
      push("blob", i, end);
      i = end;
    } else if (isDigit(c.charCodeAt(0)) || (c === "." && isDigit(next.charCodeAt(0)))) {
      const end = scanNumber(sql, i);
      push("number", i, end);
      i = end;
    } else if (isIdStart(c)) {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end] as string)) end++;
      push("word", i, end);
      i = end;
    } else if (c === "?" || c === ":" || c === "@" || c === "$") {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end] as string)) end++;
      push("variable", i, end);
      i = end;
    } else {
      const op = OPERATORS.find((o) => sql.startsWith(o, i)) ?? c;
      push("op", i, i + op.length);
      i += op.length;
    }
  }
  return tokens;
}

const ASCII_UPPER = /[A-Z]/;
const ASCII_UPPER_RUNS = /[A-Z]+/g;
const lower = (m: string) => m.toLowerCase();

/** SQLite folds identifier case for ASCII letters only. Most names are lower case already: no copy then. */
export function foldCase(s: string): string {
  return ASCII_UPPER.test(s) ? s.replace(ASCII_UPPER_RUNS, lower) : s;
}
