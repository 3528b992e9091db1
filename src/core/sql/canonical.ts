import { foldCase, type Token } from "./tokenize.js";

/** True when `tok` is the unquoted keyword `kw` (given in lower case). */
export function isWord(tok: Token | undefined, kw: string): boolean {
  return tok?.kind === "word" && foldCase(tok.text) === kw;
}

/** True when the tokens from `at` spell the unquoted keywords `kws` in order. */
export function isWords(tokens: readonly Token[], at: number, ...kws: string[]): boolean {
  return kws.every((kw, k) => isWord(tokens[at + k], kw));
}

export function isOp(tok: Token | undefined, op: string): boolean {
  return tok?.kind === "op" && tok.text === op;
}

/** Index of the `)` closing the `(` at `open` (or tokens.length when unbalanced). */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")") && --depth === 0) return i;
  }
  return tokens.length;
}

/** Splits at commas outside parentheses. */
export function splitTopLevel(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const tok of tokens) {
    if (isOp(tok, "(")) depth++;
    else if (isOp(tok, ")")) depth--;
    if (depth === 0 && isOp(tok, ",")) parts.push([]);
    else parts[parts.length - 1]?.push(tok);
  }
  return parts.filter((p) => p.length > 0);
}

/** Identifier name as SQLite compares it: unquoted, ASCII case folded. Strings count where SQLite accepts them as names. */
export function nameOf(tok: Token | undefined): string {
  if (!tok) return "";
  if (tok.kind === "string") return foldCase(tok.text.slice(1, -1).split("''").join("'"));
  return foldCase(tok.value);
}

/** The identifier as written, without its quotes (for messages). */
export function displayName(tok: Token | undefined): string {
  if (!tok) return "";
  if (tok.kind === "string") return tok.text.slice(1, -1).split("''").join("'");
  return tok.value;
}

const SIMPLE_NAME = /^[a-z_][a-z0-9_$]*$/;

/** A name rendered so that it reads as one identifier: bare when simple, else double-quoted. */
export function quoteName(name: string): string {
  return SIMPLE_NAME.test(name) ? name : `"${name.split('"').join('""')}"`;
}

const OP_SYNONYMS: Record<string, string> = { "==": "=", "!=": "<>" };

function canonicalToken(tok: Token): string {
  switch (tok.kind) {
    case "word":
      return foldCase(tok.text);
    case "quoted":
      return quoteName(foldCase(tok.value));
    case "blob":
      return `x${tok.text.slice(1).toLowerCase()}`;
    case "number":
      return tok.text.toLowerCase().split("_").join("");
    case "op":
      return OP_SYNONYMS[tok.text] ?? tok.text;
    default:
      return tok.text;
  }
}

const NO_SPACE_BEFORE = new Set([",", ")", ".", ";"]);
const NO_SPACE_AFTER = new Set(["(", "."]);

/**
 * One canonical string for a token run: keywords and identifiers lower-cased and unquoted, string
 * literals exact, comments and whitespace gone. Two fragments meaning the same get the same string.
 */
export function canonical(tokens: readonly Token[]): string {
  let out = "";
  let prev: Token | undefined;
  for (const tok of tokens) {
    const text = canonicalToken(tok);
    const tight =
      !prev ||
      (tok.kind === "op" && NO_SPACE_BEFORE.has(tok.text)) ||
      (prev.kind === "op" && NO_SPACE_AFTER.has(prev.text)) ||
      (isOp(tok, "(") && (prev.kind === "word" || prev.kind === "quoted"));
    out += tight ? text : ` ${text}`;
    prev = tok;
  }
  return out;
}

/** Drops parentheses that wrap the whole run: `(0)` and `0` are the same default. */
export function stripOuterParens(tokens: Token[]): Token[] {
  let run = tokens;
  while (run.length >= 2 && isOp(run[0], "(") && closingParen(run, 0) === run.length - 1)
    run = run.slice(1, -1);
  return run;
}

/** Skips `IF NOT EXISTS` and a `schema.` prefix; returns the index of the object's name token. */
export function objectNameAt(tokens: readonly Token[], at: number): number {
  let i = at;
  if (isWords(tokens, i, "if", "not", "exists")) i += 3;
  if (isOp(tokens[i + 1], ".")) i += 2;
  return i;
}
