import { structuredPatch } from "diff";
import { describeObject, KIND_WORDS, tableLines } from "../schema/describe.js";
import type { SchemaDiff } from "../schema/diff.js";
import type { SchemaObject } from "../schema/model.js";
import { escapeControl } from "./terminal-text.js";

// A reviewer reads a schema change best as DDL: each object's normalised CREATE statement before and after,
// pretty-printed one column or clause per line so that lines fit a comment's column, as a unified diff.

/** Keywords a long SELECT (a view, a trigger's body) is broken before, one clause per line. */
const KEYWORD =
  /^(?:from|where|group by|having|order by|limit|union all|union|except|intersect|(?:left |left outer |inner |cross )?join|begin|end|when|then|else|set|values)\b/i;

/** Where `text` breaks at depth 0 (outside parentheses and quotes): `at(i)` says how far a break runs. */
function topLevel(text: string, at: (i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const skip = at(i);
      if (skip > 0) {
        parts.push(text.slice(start, i + (c === "," ? 1 : 0)).trim());
        start = i + (c === "," ? 1 : 0);
        i += skip - 1;
      }
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/**
 * A statement's text a clause per line (split before each keyword outside parentheses, so a sub-select stays
 * whole), and a SELECT's result columns one per line.
 */
function clauses(sql: string): string[] {
  const text = escapeControl(sql);
  const lines = topLevel(text, (i) => {
    if (!/\s/.test(text[i] as string)) return 0;
    const word = KEYWORD.exec(text.slice(i + 1, i + 24));
    return word ? 1 + word[0].length : 0;
  });
  return lines.flatMap((line) => {
    if (!/^select\s/i.test(line)) return [line];
    const columns = topLevel(line, (i) => (line[i] === "," ? 1 : 0));
    return columns.map((col, i) => (i === 0 ? col : `  ${col}`));
  });
}

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
    for (const hunk of patch.hunks)
      for (const line of hunk.lines) if (!line.startsWith("\\")) out.push(...wrap(line));
  }
  return out;
}

/** How many characters of a diff line fit a comment's column in GitHub's monospace font. */
export const DDL_WIDTH = 88;

/** A long line broken at spaces, each piece keeping the line's `+`/`-`/space and indented under it. */
function wrap(line: string): string[] {
  if (line.length <= DDL_WIDTH) return [line];
  const sign = line[0] as string;
  const indent = /^.(\s*)/.exec(line)?.[1] ?? "";
  const pieces: string[] = [];
  let rest = line.slice(1);
  let first = true;
  while (rest.length > 0) {
    const room = DDL_WIDTH - 1 - (first ? 0 : indent.length + 4);
    let cut = rest.length <= room ? rest.length : rest.lastIndexOf(" ", room);
    if (cut <= indent.length) cut = Math.min(rest.length, room);
    pieces.push(`${sign}${first ? "" : `${indent}    `}${rest.slice(0, cut).trimEnd()}`);
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return pieces;
}

const text = (lines: string[]) => (lines.length === 0 ? "" : `${lines.join("\n")}\n`);
