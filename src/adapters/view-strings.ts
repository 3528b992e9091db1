import { asIdentifier, isNoSuchColumn, loneDoubleQuoted } from "../core/schema/dq-strings.js";
import { viewSelectAt } from "../core/schema/parse-objects.js";
import { tokenize } from "../core/sql/tokenize.js";

/** SQLite's error preparing one statement (nothing is run), or undefined when it prepares. */
export type PrepareError = (sql: string) => string | undefined;

/**
 * The offsets of a view's double-quoted tokens that SQLite reads as strings, as SQLite itself says: what a name
 * in a SELECT resolves to depends on every table and view it reads, so lockstep asks rather than guesses. The
 * view's SELECT must prepare as it is; then a token is a string when the SELECT with that token alone
 * backquoted (a name that is never a string) fails with "no such column" naming it.
 */
export function viewStrings(sql: string, prepareError: PrepareError): Set<number> {
  const tokens = tokenize(sql);
  const at = viewSelectAt(tokens).at;
  const from = tokens[at]?.start ?? sql.length;
  const lone = loneDoubleQuoted(tokens.slice(at));
  const strings = new Set<number>();
  if (lone.length === 0 || prepareError(sql.slice(from)) !== undefined) return strings;
  for (const tok of lone)
    if (isNoSuchColumn(prepareError(asIdentifier(sql, from, tok)), tok.value)) strings.add(tok.start);
  return strings;
}
