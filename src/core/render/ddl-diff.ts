import { structuredPatch } from "diff";
import { describeObject, KIND_WORDS, tableLines } from "../schema/describe.js";
import type { SchemaDiff } from "../schema/diff.js";
import type { SchemaObject } from "../schema/model.js";
import { escapeControl } from "./terminal-text.js";

// A reviewer reads a schema change best as DDL: each object's normalised CREATE statement before and after,
// pretty-printed one column or clause per line so that lines fit a comment's column, as a unified diff.

/** Keywords a long SELECT (a view, a trigger's body) is broken before, one clause per line. */
const CLAUSE =
  /\s+(?=(?:from|where|group by|having|order by|limit|union all|union|left join|inner join|cross join|join|on conflict|begin|end|when|then|else|set|values)\b)/gi;

/** A normalised CREATE statement of one object, a column or clause per line. */
export function ddlLines(obj: SchemaObject): string[] {
  const name = escapeControl(obj.name);
  switch (obj.kind) {
    case "table": {
      const body = tableLines(obj).map((line) => `  ${escapeControl(line)}`);
      const last = body.length - 1;
      return [`CREATE TABLE ${name} (`, ...body.map((line, i) => (i < last ? `${line},` : line)), ");"];
    }
    case "index": {
      const head = `CREATE ${obj.unique ? "UNIQUE " : ""}INDEX ${name}`;
      return [`${head}`, ...clauses(describeObject(obj).replace(/^UNIQUE /, "")).map((l) => `  ${l}`)];
    }
    case "view":
      return [
        `CREATE VIEW ${name}${obj.columns ? ` (${obj.columns.join(", ")})` : ""} AS`,
        ...clauses(obj.select).map((l) => `  ${l}`),
      ];
    case "trigger":
      return [`CREATE TRIGGER ${name}`, ...clauses(obj.body).map((l) => `  ${l}`)];
    case "virtual":
      return [`CREATE VIRTUAL TABLE ${name}`, `  ${escapeControl(describeObject(obj))}`];
  }
}

function clauses(sql: string): string[] {
  return escapeControl(sql)
    .split(CLAUSE)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The unified diff of every object the diff touches, each under its own `@@` line, with `context` lines
 * around each change: `+`, `-` or a space at column 0 of every line, as a `diff` code block colours them.
 */
export function renderDdlDiff(diff: SchemaDiff, context = 2): string[] {
  const out: string[] = [];
  const objects: { title: string; before: string[]; after: string[] }[] = [
    ...diff.changed.map((c) => ({
      title: `${KIND_WORDS[c.kind]} ${c.name}`,
      before: ddlLines(c.before),
      after: ddlLines(c.after),
    })),
    ...diff.added.map((o) => ({
      title: `${KIND_WORDS[o.kind]} ${o.name} (new)`,
      before: [],
      after: ddlLines(o),
    })),
    ...diff.removed.map((o) => ({
      title: `${KIND_WORDS[o.kind]} ${o.name} (dropped)`,
      before: ddlLines(o),
      after: [],
    })),
  ];
  for (const o of objects) {
    const patch = structuredPatch("before", "after", text(o.before), text(o.after), "", "", { context });
    out.push(`@@ ${escapeControl(o.title)} @@`);
    for (const hunk of patch.hunks) out.push(...hunk.lines.filter((l) => !l.startsWith("\\")));
  }
  return out;
}

const text = (lines: string[]) => (lines.length === 0 ? "" : `${lines.join("\n")}\n`);
