import { codeSpan } from "../code-span.js";
import { foldCase } from "../sql/tokenize.js";
import { KIND_WORDS } from "./describe.js";
import type { SchemaDiff, TableChange } from "./diff.js";
import type { SchemaObject, TableObject } from "./model.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;

function addedTable(t: TableObject, added: SchemaObject[]): string {
  const key = foldCase(t.name);
  const indexes = added.filter((o) => o.kind === "index" && o.table === key).length;
  const targets = [...new Map(t.foreignKeys.map((fk) => [foldCase(fk.table), fk.table])).values()];
  const parts = [plural(t.columns.length, "column")];
  if (indexes > 0) parts.push(plural(indexes, "index"));
  if (targets.length > 0)
    parts.push(`FK${targets.length > 1 ? "s" : ""} to ${targets.map((x) => codeSpan(x)).join(", ")}`);
  return `table ${codeSpan(t.name)} added (${parts.join(", ")})`;
}

function tableParts(c: TableChange): string[] {
  const out: string[] = [];
  for (const col of c.columns.added) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} added`);
  for (const col of c.columns.removed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} removed`);
  for (const col of c.columns.changed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} changed`);
  if (c.columnOrder) out.push(`columns of ${codeSpan(c.name)} reordered`);
  const constraints =
    (c.primaryKey ? 1 : 0) +
    c.options.length +
    [c.uniques, c.checks, c.foreignKeys, c.conflicts].reduce(
      (n, l) => n + l.added.length + l.removed.length,
      0,
    );
  if (constraints > 0) out.push(`constraints of ${codeSpan(c.name)} changed`);
  return out;
}

/** One line for a person skimming a PR: what was added, removed and changed. */
export function summarizeDiff(diff: SchemaDiff): string {
  const addedTables = new Set(diff.added.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const removedTables = new Set(diff.removed.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const parts: string[] = [];
  for (const obj of diff.added) {
    if (obj.kind === "table") parts.push(addedTable(obj, diff.added));
    else if (obj.kind === "index" && addedTables.has(obj.table)) continue;
    else parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} added`);
  }
  for (const obj of diff.removed) {
    // Indexes and triggers go with their table.
    if ((obj.kind === "index" || obj.kind === "trigger") && removedTables.has(obj.table)) continue;
    parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} removed`);
  }
  for (const c of diff.changed) {
    if (c.kind === "table") parts.push(...tableParts(c));
    else parts.push(`${KIND_WORDS[c.kind]} ${codeSpan(c.name)} changed`);
  }
  return parts.length === 0 ? "no schema changes" : parts.join("; ");
}

const KIND_PLURALS: Record<SchemaObject["kind"], [string, string]> = {
  table: ["table", "tables"],
  index: ["index", "indexes"],
  view: ["view", "views"],
  trigger: ["trigger", "triggers"],
  virtual: ["virtual table", "virtual tables"],
};

/** One line of counts: "1 table added, 2 tables changed, 1 index added, 1 view changed". */
export function countDiff(diff: SchemaDiff): string {
  const parts: string[] = [];
  for (const kind of Object.keys(KIND_PLURALS) as SchemaObject["kind"][]) {
    const [one, many] = KIND_PLURALS[kind];
    const counts: [number, string][] = [
      [diff.added.filter((o) => o.kind === kind).length, "added"],
      [diff.changed.filter((c) => c.kind === kind).length, "changed"],
      [diff.removed.filter((o) => o.kind === kind).length, "dropped"],
    ];
    for (const [n, what] of counts) if (n > 0) parts.push(`${n} ${n === 1 ? one : many} ${what}`);
  }
  return parts.length === 0 ? "no schema changes" : parts.join(", ");
}
