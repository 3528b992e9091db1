import { inlineCode } from "../render/markdown-text.js";
import { escapeControl } from "../render/terminal-text.js";
import {
  describeCheck,
  describeColumn,
  describeForeignKey,
  describeObject,
  describePrimaryKey,
  describeUnique,
  KIND_WORDS,
  tableLines,
} from "./describe.js";
import type { SchemaDiff, TableChange } from "./diff.js";
import type { SchemaObject } from "./model.js";

/** How names and SQL are shown: plain for a terminal, escaped HTML code for Markdown. */
interface Style {
  name(s: string): string;
  sql(s: string): string;
}

interface Entry {
  sign: "+" | "-" | "~";
  text: (st: Style) => string;
  children: Entry[];
}

const entry = (sign: Entry["sign"], text: Entry["text"], children: Entry[] = []): Entry => ({
  sign,
  text,
  children,
});

function objectEntry(sign: "+" | "-", obj: SchemaObject): Entry {
  const head = (st: Style) => `${KIND_WORDS[obj.kind]} ${st.name(obj.name)}`;
  if (obj.kind === "table") {
    return entry(
      sign,
      head,
      tableLines(obj).map((line) => entry(sign, (st) => st.sql(line))),
    );
  }
  return entry(sign, (st) => `${head(st)} ${st.sql(describeObject(obj))}`);
}

function tableEntries(c: TableChange): Entry[] {
  const out: Entry[] = [];
  const col = (sign: "+" | "-", name: string, def: string) =>
    out.push(entry(sign, (st) => `column ${st.name(name)} ${st.sql(def)}`));
  for (const x of c.columns.added) col("+", x.name, describeColumn(x));
  for (const x of c.columns.removed) col("-", x.name, describeColumn(x));
  for (const x of c.columns.changed) {
    out.push(
      entry(
        "~",
        (st) =>
          `column ${st.name(x.name)}: ${st.sql(describeColumn(x.before))} → ${st.sql(describeColumn(x.after))}`,
      ),
    );
  }
  const order = c.columnOrder;
  if (order) {
    out.push(
      entry(
        "~",
        (st) => `column order: ${st.sql(order.before.join(", "))} → ${st.sql(order.after.join(", "))}`,
      ),
    );
  }
  const pk = c.primaryKey;
  if (pk) {
    out.push(
      entry(
        "~",
        (st) => `${st.sql(describePrimaryKey(pk.before))} → ${st.sql(describePrimaryKey(pk.after))}`,
      ),
    );
  }
  for (const o of c.options) out.push(entry(o.after ? "+" : "-", (st) => st.sql(o.option.toUpperCase())));
  const list = <T>(l: { added: T[]; removed: T[] }, describe: (x: T) => string) => {
    for (const x of l.added) out.push(entry("+", (st) => st.sql(describe(x))));
    for (const x of l.removed) out.push(entry("-", (st) => st.sql(describe(x))));
  };
  list(c.uniques, describeUnique);
  list(c.checks, describeCheck);
  list(c.foreignKeys, describeForeignKey);
  list(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}

/** An added or dropped object in one line, its definition left to the DDL diff. */
function briefEntry(sign: "+" | "-", obj: SchemaObject): Entry {
  const what =
    obj.kind === "table" ? ` (${obj.columns.length} column${obj.columns.length === 1 ? "" : "s"})` : "";
  return entry(sign, (st) => `${KIND_WORDS[obj.kind]} ${st.name(obj.name)}${what}`);
}

/** `brief`: definitions (a table's columns, a view's SELECT) are not repeated; the DDL diff shows them. */
function entries(diff: SchemaDiff, brief = false): Entry[] {
  const whole = brief ? briefEntry : objectEntry;
  const out = [...diff.added.map((o) => whole("+", o)), ...diff.removed.map((o) => whole("-", o))];
  for (const c of diff.changed) {
    const head = (st: Style) => `${KIND_WORDS[c.kind]} ${st.name(c.name)}`;
    if (c.kind === "table") out.push(entry("~", head, tableEntries(c)));
    else if (brief) out.push(entry("~", (st) => `${head(st)}: definition changed`));
    else {
      out.push(
        entry("~", head, [
          entry("-", (st) => st.sql(describeObject(c.before))),
          entry("+", (st) => st.sql(describeObject(c.after))),
        ]),
      );
    }
  }
  return out;
}

// A terminal (and the DDL block of the comment) shows names and SQL with their control characters escaped.
const plain: Style = { name: escapeControl, sql: escapeControl };

/** Terminal form: one `+`/`-`/`~` line per object, indented lines for its parts. */
export function renderDiffText(diff: SchemaDiff): string {
  const list = entries(diff);
  if (list.length === 0) return "no schema changes\n";
  const lines: string[] = [];
  const walk = (e: Entry, depth: number) => {
    lines.push(`${"  ".repeat(depth)}${e.sign} ${e.text(plain)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines.join("\n")}\n`;
}

/** <code> rather than backticks: entities are honoured inside it, so any name survives. */
export const codeSpan = (s: string) => inlineCode(s);
const code = codeSpan;
const markdown: Style = { name: code, sql: code };

const SIGN_WORDS = { "+": "**+**", "-": "**−**", "~": "**~**" };

/** Markdown for a PR comment: a nested list (`brief`: no definitions, which the comment's DDL diff shows). */
export function renderDiffMarkdown(diff: SchemaDiff, brief = false): string {
  const list = entries(diff, brief);
  if (list.length === 0) return "_No schema changes._\n";
  const lines: string[] = [];
  const walk = (e: Entry, depth: number) => {
    lines.push(`${"  ".repeat(depth)}- ${SIGN_WORDS[e.sign]} ${e.text(markdown)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines.join("\n")}\n`;
}
