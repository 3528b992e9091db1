import { positionAt } from "../layouts/source.js";

// Alembic revisions and Django migrations are Python modules. lockstep never runs them: it reads the few
// module-level literals their tools read (strings, tuples and lists of strings, None) as text.

/** A literal as written: `None`, a string, or a tuple/list of strings (and of tuples of strings). */
export type PyValue = null | string | PyValue[];

export interface PyAssignment {
  value: PyValue;
  /** 1-based line of the assignment. */
  line: number;
}

const STRING = /^(?:[rRuUbB]{0,2})("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/**
 * The module-level assignment `name = …` (or annotated, `name: str = …`), read when its value is a literal;
 * `undefined` where there is none, `"unreadable"` where the value is an expression lockstep cannot read.
 */
export function moduleAssignment(text: string, name: string): PyAssignment | "unreadable" | undefined {
  const head = new RegExp(`^${name}\\s*(?::[^=\\n]*)?=(?!=)`, "m");
  const match = head.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const value = readValue(text, start);
  const { line } = positionAt(text, match.index);
  // Anything after the literal on its line (`"a" if X else "b"`, `"a" "b"`) makes it an expression.
  if (!value || !/^[ \t]*(#[^\n]*)?(\n|$)/.test(text.slice(value.end))) return "unreadable";
  return { value: value.value, line };
}

/** A literal at `from` (after blanks), or undefined where the text there is not one. */
export function readValue(text: string, from: number): { value: PyValue; end: number } | undefined {
  let at = skipBlank(text, from);
  if (text.startsWith("None", at) && !/\w/.test(text[at + 4] ?? "")) return { value: null, end: at + 4 };
  const quoted = STRING.exec(text.slice(at));
  if (quoted) {
    const raw = quoted[1] as string;
    const inner = raw.startsWith('"""') || raw.startsWith("'''") ? raw.slice(3, -3) : raw.slice(1, -1);
    return { value: inner.replace(/\\(["'\\])/g, "$1"), end: at + quoted[0].length };
  }
  const open = text[at];
  if (open !== "(" && open !== "[") return undefined;
  const close = open === "(" ? ")" : "]";
  const items: PyValue[] = [];
  at++;
  for (;;) {
    at = skipBlank(text, at);
    if (text[at] === close) return { value: items, end: at + 1 };
    const item = readValue(text, at);
    if (!item) return undefined;
    items.push(item.value);
    at = skipBlank(text, item.end);
    if (text[at] === ",") at++;
    else if (text[at] !== close) return undefined;
  }
}

/** Blanks, newlines and `#` comments. */
function skipBlank(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && /[ \t\r\n\\]/.test(text[at] as string)) at++;
    if (text[at] !== "#") return at;
    while (at < text.length && text[at] !== "\n") at++;
  }
}

/** The strings of a value: one string, or every string of a tuple/list (None: none). */
export function stringsOf(value: PyValue): string[] {
  if (value === null) return [];
  if (typeof value === "string") return [value];
  return value.flatMap(stringsOf);
}

/** The module docstring's first line, where the module starts with one. */
export function docstringTitle(text: string): string | undefined {
  const match = /^\s*(?:[rRuU]?)("""|''')\s*([^\n]*?)\s*(?:\1|\n)/.exec(text);
  const title = match?.[2]?.trim();
  return title ? title : undefined;
}

/** Where `def name(` is defined at module level, and whether its body does nothing (`pass`, `...`, a docstring). */
export function functionBody(text: string, name: string): { line: number; empty: boolean } | undefined {
  const head = new RegExp(`^def ${name}\\s*\\([^)]*\\)[^:\\n]*:[ \\t]*(.*)$`, "m");
  const match = head.exec(text);
  if (!match) return undefined;
  const { line } = positionAt(text, match.index);
  const inline = (match[1] ?? "").replace(/#.*$/, "").trim();
  if (inline !== "") return { line, empty: /^(pass|\.\.\.)$/.test(inline) };
  const body: string[] = [];
  for (const raw of text.slice(match.index + match[0].length + 1).split("\n")) {
    if (raw.trim() !== "" && !/^[ \t]/.test(raw)) break;
    body.push(raw);
  }
  const code = body
    .join("\n")
    .replace(/("""|''')[\s\S]*?\1/g, "")
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l !== "" && l !== "pass" && l !== "...");
  return { line, empty: code.length === 0 };
}

/** The 1-based line of the first match of `pattern` at the start of a line, for a finding. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? positionAt(text, match.index).line : undefined;
}
