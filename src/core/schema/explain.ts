import {
  describeCheck,
  describeColumn,
  describeForeignKey,
  describeObject,
  describePrimaryKey,
  describeUnique,
  KIND_WORDS,
} from "./describe.js";
import type { ListChange, SchemaDiff, TableChange } from "./diff.js";
import type { ForeignKey } from "./model.js";

export interface ExplainContext {
  /** Where the examined schema was taken, e.g. "after the down of 0007". */
  actual: string;
  /** Where the reference schema was taken, e.g. "before 0007's up". */
  expected: string;
}

const OPTION_WORDS = { "without rowid": "WITHOUT ROWID", strict: "STRICT", autoincrement: "AUTOINCREMENT" };

/** Sentences for a diff computed as `diffSchemas(expected, actual)`. */
export function explainDiff(diff: SchemaDiff, ctx: ExplainContext): string[] {
  const { actual: A, expected: E } = ctx;
  const extra = (what: string) => `${A}, ${what} still exists; it did not exist ${E}`;
  const missing = (what: string) => `${A}, ${what} is missing; it existed ${E}`;
  const out: string[] = [];
  for (const obj of diff.added) out.push(extra(`${KIND_WORDS[obj.kind]} \`${obj.name}\``));
  for (const obj of diff.removed) out.push(missing(`${KIND_WORDS[obj.kind]} \`${obj.name}\``));
  for (const change of diff.changed) {
    const what = `${KIND_WORDS[change.kind]} \`${change.name}\``;
    if (change.kind === "table") {
      out.push(...explainTable(change, ctx, extra, missing));
    } else {
      out.push(
        `${A}, ${what} is ${describeObject(change.after)}; ${E} it was ${describeObject(change.before)}`,
      );
    }
  }
  return out;
}

type Say = (what: string) => string;

function explainTable(c: TableChange, ctx: ExplainContext, extra: Say, missing: Say): string[] {
  const { actual: A, expected: E } = ctx;
  const t = `table \`${c.name}\``;
  const out: string[] = [];
  for (const col of c.columns.added) out.push(extra(`column \`${c.name}.${col.name}\``));
  for (const col of c.columns.removed) out.push(missing(`column \`${c.name}.${col.name}\``));
  for (const ch of c.columns.changed) {
    out.push(
      `${A}, column \`${c.name}.${ch.name}\` is ${describeColumn(ch.after)}; ${E} it was ${describeColumn(ch.before)}`,
    );
  }
  if (c.columnOrder) {
    const { before, after } = c.columnOrder;
    out.push(`${A}, ${t} has its columns in another order: ${after.join(", ")} (${E}: ${before.join(", ")})`);
  }
  if (c.primaryKey) {
    const has = (terms: typeof c.primaryKey.after) =>
      terms.length ? `has ${describePrimaryKey(terms)}` : "has no primary key";
    const had = has(c.primaryKey.before).replace(/^has/, "had");
    out.push(`${A}, ${t} ${has(c.primaryKey.after)}; ${E} it ${had}`);
  }
  for (const o of c.options) {
    const word = OPTION_WORDS[o.option];
    out.push(
      `${A}, ${t} is ${o.after ? "" : "not "}${word}; ${E} it was ${o.before ? "" : "not "}${word}`.trim(),
    );
  }
  const constraint = <T>(list: ListChange<T>, describe: (x: T) => string) => {
    for (const x of list.added)
      out.push(`${A}, ${t} has the constraint ${describe(x)}; it did not exist ${E}`);
    for (const x of list.removed) out.push(`${A}, ${t} lacks the constraint ${describe(x)}; it existed ${E}`);
  };
  constraint(c.uniques, describeUnique);
  constraint(c.checks, describeCheck);
  out.push(...explainForeignKeys(c, ctx));
  constraint(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}

/** A foreign key whose action changed reads better as one change than as one removed and one added. */
function explainForeignKeys(c: TableChange, ctx: ExplainContext): string[] {
  const { actual: A, expected: E } = ctx;
  const t = `table \`${c.name}\``;
  const key = (fk: ForeignKey) => JSON.stringify([fk.columns, fk.table]);
  const removed = [...c.foreignKeys.removed];
  const out: string[] = [];
  for (const fk of c.foreignKeys.added) {
    const i = removed.findIndex((r) => key(r) === key(fk));
    if (i >= 0) {
      const [before] = removed.splice(i, 1) as [ForeignKey];
      out.push(`${A}, ${t} has ${describeForeignKey(fk)}; ${E} it was ${describeForeignKey(before)}`);
    } else {
      out.push(`${A}, ${t} has the constraint ${describeForeignKey(fk)}; it did not exist ${E}`);
    }
  }
  for (const fk of removed)
    out.push(`${A}, ${t} lacks the constraint ${describeForeignKey(fk)}; it existed ${E}`);
  return out;
}
