import { codeSpan } from "../code-span.js";
import type { Definitions } from "../finding.js";
import { foldCase } from "../sql/tokenize.js";
import { type Clause, definitionClauses, definitionsOf, isAbbreviated } from "./definition-diff.js";
import {
  describeCheck,
  describeColumn,
  describeForeignKey,
  describeObject,
  describePrimaryKey,
  describeUnique,
  KIND_WORDS,
} from "./describe.js";
import type { DefinitionChange, ListChange, SchemaDiff, TableChange } from "./diff.js";
import type { ForeignKey } from "./model.js";

export interface ExplainContext {
  /** Where the examined schema was taken, e.g. "after the down of 0007". */
  actual: string;
  /** Where the reference schema was taken, e.g. "before 0007's up". */
  expected: string;
}

const OPTION_WORDS = { "without rowid": "WITHOUT ROWID", strict: "STRICT", autoincrement: "AUTOINCREMENT" };

/**
 * What differs, in words a person can act on, for a diff computed as `diffSchemas(expected, actual)`.
 * One difference reads as a whole sentence ("after the down of 0007, index `users_email` still exists; it
 * did not exist before 0007's up"); several state the context once and list the differences.
 */
export function explainDiff(diff: SchemaDiff, ctx: ExplainContext): string {
  const clauses = diffClauses(diff);
  const { actual: A, expected: E } = ctx;
  if (clauses.length === 1) {
    const [c] = clauses as [Clause];
    return c.was ? `${A}, ${c.now}; ${c.was} ${E}` : `${A}, ${c.now}`;
  }
  const list = clauses.map((c) => (c.was ? `${c.now} (${c.was})` : c.now)).join("; ");
  return `${A}, ${clauses.length} things differ from ${E}: ${list}`;
}

/** The whole definitions of the objects explainDiff shows only the difference of. */
export function abbreviatedDefinitions(diff: SchemaDiff): Definitions[] {
  return diff.changed
    .filter((c) => c.kind !== "table" && isAbbreviated(c))
    .map((c) => definitionsOf(c as DefinitionChange));
}

function diffClauses(diff: SchemaDiff): Clause[] {
  const out: Clause[] = [];
  for (const obj of diff.added)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} still exists`, was: "it did not exist" });
  for (const obj of diff.removed)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} is missing`, was: "it existed" });
  for (const change of diff.changed) {
    if (change.kind === "table") out.push(...tableClauses(change));
    else if (isAbbreviated(change)) out.push(...definitionClauses(change));
    else
      out.push({
        now: `${KIND_WORDS[change.kind]} ${codeSpan(change.name)} is ${describeObject(change.after)}`,
        was: `it was ${describeObject(change.before)}`,
      });
  }
  return out;
}

function tableClauses(c: TableChange): Clause[] {
  const t = `table ${codeSpan(c.name)}`;
  const out: Clause[] = [];
  for (const col of c.columns.added)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} still exists`, was: "it did not exist" });
  for (const col of c.columns.removed)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} is missing`, was: "it existed" });
  for (const ch of c.columns.changed) {
    out.push({
      now: `column ${codeSpan(`${c.name}.${ch.name}`)} is ${describeColumn(ch.after)}`,
      was: `it was ${describeColumn(ch.before)}`,
    });
  }
  if (c.columnOrder) out.push(orderClause(t, c.columnOrder.before, c.columnOrder.after));
  if (c.primaryKey) {
    const has = (terms: typeof c.primaryKey.after) =>
      terms.length ? `has ${describePrimaryKey(terms)}` : "has no primary key";
    out.push({
      now: `${t} ${has(c.primaryKey.after)}`,
      was: `it ${has(c.primaryKey.before).replace(/^has/, "had")}`,
    });
  }
  for (const o of c.options) {
    const word = OPTION_WORDS[o.option];
    out.push({
      now: `${t} is ${o.after ? "" : "not "}${word}`,
      was: `it was ${o.before ? "" : "not "}${word}`,
    });
  }
  const constraint = <T>(list: ListChange<T>, describe: (x: T) => string) => {
    for (const x of list.added)
      out.push({ now: `${t} has the constraint ${describe(x)}`, was: "it did not" });
    for (const x of list.removed)
      out.push({ now: `${t} lacks the constraint ${describe(x)}`, was: "it had it" });
  };
  constraint(c.uniques, describeUnique);
  constraint(c.checks, describeCheck);
  out.push(...foreignKeyClauses(c));
  constraint(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}

/** Names the few columns that moved (those outside the longest common order); a reshuffle gets both lists. */
function orderClause(t: string, before: string[], after: string[]): Clause {
  const kept = new Set(longestCommonOrder(before, after));
  const moved = after.filter((name) => !kept.has(name));
  if (moved.length === 0 || moved.length > 3) {
    return {
      now: `${t} has its columns in the order ${after.join(", ")}`,
      was: `the order was ${before.join(", ")}`,
    };
  }
  const place = (order: string[], name: string) => {
    const i = order.indexOf(name);
    return i === 0 ? "first" : `after ${codeSpan(order[i - 1] ?? "")}`;
  };
  const now = moved.map((name) => `${codeSpan(name)} ${place(after, name)}`).join(", ");
  const was = moved.map((name) => `${codeSpan(name)} ${place(before, name)}`).join(", ");
  return { now: `${t} has the same columns in another order: ${now}`, was: `it had ${was}` };
}

function longestCommonOrder(a: string[], b: string[]): string[] {
  const lengths = a.map(() => new Array<number>(b.length + 1).fill(0));
  lengths.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const out: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i] as string);
      i++;
      j++;
    } else if (((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number))
      i++;
    else j++;
  }
  return out;
}

/** A foreign key whose action changed reads better as one change than as one removed and one added. */
function foreignKeyClauses(c: TableChange): Clause[] {
  const t = `table ${codeSpan(c.name)}`;
  const key = (fk: ForeignKey) => JSON.stringify([fk.columns, foldCase(fk.table)]);
  const removed = [...c.foreignKeys.removed];
  const out: Clause[] = [];
  for (const fk of c.foreignKeys.added) {
    const i = removed.findIndex((r) => key(r) === key(fk));
    if (i >= 0) {
      const [before] = removed.splice(i, 1) as [ForeignKey];
      out.push({ now: `${t} has ${describeForeignKey(fk)}`, was: `it was ${describeForeignKey(before)}` });
    } else {
      out.push({ now: `${t} has the constraint ${describeForeignKey(fk)}`, was: "it did not" });
    }
  }
  for (const fk of removed)
    out.push({ now: `${t} lacks the constraint ${describeForeignKey(fk)}`, was: "it had it" });
  return out;
}
