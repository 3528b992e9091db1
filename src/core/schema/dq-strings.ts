import { isOp, isWord } from "../sql/canonical.js";
import { foldCase, type Token } from "../sql/tokenize.js";

/** The names a rowid table's CHECKs and index WHEREs can use for its rowid (not index terms, not generated columns). */
const ROWID_NAMES = ["rowid", "oid", "_rowid_"];

/**
 * The names a lone double-quoted word can resolve to in a table's expressions (folded): its columns and, for a
 * CHECK or an index's WHERE on a rowid table, the rowid's names. A generated column and an index's expression
 * terms cannot use the rowid: there `"rowid"` is the string 'rowid'.
 */
export function expressionScope(columns: Iterable<string>, rowid: boolean): ReadonlySet<string> {
  const names = new Set<string>();
  for (const c of columns) names.add(foldCase(c));
  if (rowid) for (const n of ROWID_NAMES) names.add(n);
  return names;
}

/** Words after which a double-quoted token is a type, collation or table name, never an expression. */
const NAME_AFTER = ["as", "collate", "in"];

/**
 * The tokens with each double-quoted string literal written as the single-quoted one it is. SQLite reads a
 * double-quoted word that names nothing in `scope` as a string (https://www.sqlite.org/quirks.html#dblquote),
 * and ALTER TABLE RENAME/DROP COLUMN rewrites the stored SQL that way, so `"a"` and `'a'` mean the same there,
 * while `"k"` naming a column stays an identifier. Qualified names (`"t"."k"`), function names (`"lower"(k)`),
 * and the names after AS, COLLATE and IN are never strings.
 */
export function resolveDoubleQuoted(tokens: readonly Token[], scope: ReadonlySet<string>): Token[] {
  return tokens.map((tok, i) => (isLone(tokens, i) && !scope.has(foldCase(tok.value)) ? asString(tok) : tok));
}

/** A double-quoted token SQLite may read as a string: not qualified, no function name, not after AS/COLLATE/IN. */
function isLone(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.kind !== "quoted" || !tok.text.startsWith('"')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isOp(prev, ".") || isOp(next, ".") || isOp(next, "(")) return false;
  return !NAME_AFTER.some((w) => isWord(prev, w));
}

/**
 * The rowid's names that stand for a rowid table's INTEGER PRIMARY KEY column, or undefined where it has none:
 * each name no column of the table takes. ALTER TABLE RENAME COLUMN of that column rewrites `rowid`, `oid`
 * and `_rowid_` in the table's CHECKs and its indexes' WHEREs as the column's name, which means the same.
 */
export function rowidAliases(
  columns: readonly string[],
  key: string | undefined,
): Map<string, string> | undefined {
  if (key === undefined) return undefined;
  const taken = new Set(columns.map(foldCase));
  return new Map(ROWID_NAMES.filter((n) => !taken.has(n)).map((n) => [n, foldCase(key)]));
}

/** The tokens with each name of the rowid that `aliases` maps written as the column it is. */
export function rowidAsColumn(
  tokens: readonly Token[],
  aliases: ReadonlyMap<string, string> | undefined,
): Token[] {
  if (!aliases || aliases.size === 0) return [...tokens];
  return tokens.map((tok) => {
    const column =
      tok.kind === "word" || tok.kind === "quoted" ? aliases.get(foldCase(tok.value)) : undefined;
    return column === undefined ? tok : { ...tok, kind: "quoted", text: `"${column}"`, value: column };
  });
}

function asString(tok: Token): Token {
  const text = `'${tok.value.split("'").join("''")}'`;
  return { ...tok, kind: "string", text, value: text };
}

/** The double-quoted tokens of `tokens` that SQLite may read as strings, for asking it which it does. */
export function loneDoubleQuoted(tokens: readonly Token[]): Token[] {
  return tokens.filter((_, i) => isLone(tokens, i));
}

/** The tokens with those starting at `starts` (offsets SQLite itself said are strings) single-quoted. */
export function stringsAt(tokens: readonly Token[], starts: ReadonlySet<number>): Token[] {
  return starts.size === 0 ? [...tokens] : tokens.map((tok) => (starts.has(tok.start) ? asString(tok) : tok));
}

/**
 * `sql` from `from` on, with `tok` backquoted: a backquoted name is never a string, so SQLite preparing it says
 * "no such column" exactly where it read the double-quoted one as a string.
 */
export function asIdentifier(sql: string, from: number, tok: Token): string {
  return `${sql.slice(from, tok.start)}\`${tok.value.split("`").join("``")}\`${sql.slice(tok.end)}`;
}

/** Whether SQLite's error preparing a statement says `name` is no column there. */
export function isNoSuchColumn(error: string | undefined, name: string): boolean {
  return error === `no such column: ${name}`;
}
