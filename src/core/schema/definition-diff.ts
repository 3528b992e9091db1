import { diffArrays } from "diff";
import { codeSpan } from "../code-span.js";
import { bound } from "../excerpt.js";
import type { Definitions } from "../finding.js";
import { canonical, isOp, isWord } from "../sql/canonical.js";
import { type Token, tokenize } from "../sql/tokenize.js";
import { describeObject, KIND_WORDS } from "./describe.js";
import type { DefinitionChange } from "./diff.js";

/** One difference: `now` is what the examined schema has, `was` what the reference had, if anything. */
export interface Clause {
  now: string;
  was?: string;
}

/** Up to this many characters for both sides together, a message quotes the two definitions whole. */
const WHOLE_UP_TO = 120;
const SHOWN_HUNKS = 3;
const QUOTED = 60;

/** Whether a message shows the change as its difference rather than as the two definitions. */
export function isAbbreviated(change: DefinitionChange): boolean {
  return describeObject(change.before).length + describeObject(change.after).length > WHOLE_UP_TO;
}

export function definitionsOf(change: DefinitionChange): Definitions {
  return {
    kind: change.kind,
    name: change.name,
    expected: describeObject(change.before),
    actual: describeObject(change.after),
  };
}

/**
 * What changed in a long definition: a view's result columns lost, gained or rewritten ("view `stats` lost
 * column `roots.proof_type`"), else the changed stretches of SQL with the words before them.
 */
export function definitionClauses(change: DefinitionChange): Clause[] {
  const what = `${KIND_WORDS[change.kind]} ${codeSpan(change.name)}`;
  if (
    change.kind === "view" &&
    JSON.stringify(change.before.columns) === JSON.stringify(change.after.columns)
  ) {
    const columns = columnClauses(what, change.before.select, change.after.select);
    if (columns) return columns;
  }
  return tokenClauses(what, describeObject(change.before), describeObject(change.after));
}

/** The result columns of a `SELECT … FROM`, when the two selects differ in nothing else. */
function columnClauses(what: string, before: string, after: string): Clause[] | undefined {
  const b = splitSelect(tokenize(before));
  const a = splitSelect(tokenize(after));
  if (!b || !a || b.rest !== a.rest) return undefined;
  const out: Clause[] = [];
  const parts = diffArrays(b.columns, a.columns);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part?.removed && next?.added && part.value.length === next.value.length) {
      part.value.forEach((old, j) => {
        out.push({
          now: `${what} has the column ${quote(next.value[j] ?? "")}`,
          was: `it had ${quote(old)}`,
        });
      });
      i++;
    } else if (part?.removed)
      for (const old of part.value) out.push({ now: `${what} lost column ${quote(old)}`, was: "it had it" });
    else if (part?.added)
      for (const col of part.value)
        out.push({ now: `${what} has the extra column ${quote(col)}`, was: "it did not" });
  }
  return out.length > 0 ? out : undefined;
}

/** `SELECT [DISTINCT|ALL] a, b, … FROM …`: the columns as canonical text, and everything from FROM on. */
function splitSelect(tokens: Token[]): { columns: string[]; rest: string } | undefined {
  if (!isWord(tokens[0], "select")) return undefined;
  let i = isWord(tokens[1], "distinct") || isWord(tokens[1], "all") ? 2 : 1;
  const columns: string[] = [];
  let start = i;
  let depth = 0;
  for (; i < tokens.length; i++) {
    const tok = tokens[i];
    if (isOp(tok, "(")) depth++;
    else if (isOp(tok, ")")) depth--;
    else if (depth === 0 && isOp(tok, ",")) {
      columns.push(canonical(tokens.slice(start, i)));
      start = i + 1;
    } else if (depth === 0 && isWord(tok, "from")) break;
  }
  columns.push(canonical(tokens.slice(start, i)));
  return { columns, rest: canonical(tokens.slice(i)) };
}

/** The changed stretches of two definitions, token by token, each placed by the words before it. */
function tokenClauses(what: string, before: string, after: string): Clause[] {
  const b = tokenize(before);
  const a = tokenize(after);
  const parts = diffArrays(
    b.map((t) => canonical([t])),
    a.map((t) => canonical([t])),
  );
  const hunks: { at: number; removed: Token[]; added: Token[] }[] = [];
  let ib = 0;
  let ia = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      ib += n;
      ia += n;
      continue;
    }
    const last = hunks.at(-1);
    const hunk = last && last.at + last.removed.length === ib ? last : { at: ib, removed: [], added: [] };
    if (hunk !== last) hunks.push(hunk);
    if (part.removed) {
      hunk.removed.push(...b.slice(ib, ib + n));
      ib += n;
    } else {
      hunk.added.push(...a.slice(ia, ia + n));
      ia += n;
    }
  }
  const out = hunks.slice(0, SHOWN_HUNKS).map((h): Clause => {
    const place =
      h.at === 0 ? "at the start" : `after ${quote(canonical(b.slice(contextStart(b, h.at), h.at)))}`;
    const removed = canonical(h.removed);
    const added = canonical(h.added);
    if (!removed) return { now: `${what} has ${quote(added)} ${place}`, was: "it did not" };
    if (!added) return { now: `${what} lacks ${quote(removed)} ${place}`, was: "it had it" };
    return { now: `${what} has ${quote(added)} ${place}`, was: `it had ${quote(removed)}` };
  });
  if (hunks.length > SHOWN_HUNKS)
    out.push({
      now: `${what} differs in ${hunks.length - SHOWN_HUNKS} more places (the JSON report has both definitions)`,
    });
  return out;
}

/** Where the words before a change start: two names back, a qualified one (`roots.name`) counting as one. */
function contextStart(tokens: Token[], at: number): number {
  let start = at;
  let words = 0;
  while (start > 0 && words < 2) {
    start--;
    if (tokens[start]?.kind !== "op" && !isOp(tokens[start - 1], ".")) words++;
  }
  return start;
}

function quote(sql: string): string {
  return codeSpan(bound(sql, QUOTED));
}
