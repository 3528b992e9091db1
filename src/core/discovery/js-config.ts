import { positionAt } from "../layouts/source.js";

// JavaScript/TypeScript configuration (a knexfile, a TypeORM data source) read as text, never run: object
// literals found by their keys, string values and `path.join(__dirname, …)` paths taken as written.

/** A value as the file writes it, with the 1-based line it is on. */
export interface Written {
  value: string;
  line: number;
}

/** The text of the `{ … }` (or `[ … ]`) opening at `open`, braces inside strings and comments skipped. */
export function balancedAt(text: string, open: number): string | undefined {
  const pairs: Record<string, string> = { "{": "}", "[": "]", "(": ")" };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'" || c === "`") {
      const end = closingQuote(text, i);
      if (end === -1) return undefined;
      i = end;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === "}" || c === "]" || c === ")") {
      if (stack.pop() !== c) return undefined;
      if (stack.length === 0) return text.slice(open, i + 1);
    }
  }
  return undefined;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** Every `key: { … }` object of the text (`migrations: { directory: … }`), with where it starts. */
export function objectsOf(text: string, key: string): { body: string; at: number }[] {
  const found: { body: string; at: number }[] = [];
  for (const m of text.matchAll(new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*\\{`, "g"))) {
    const open = m.index + m[0].length - 1;
    const body = balancedAt(text, open);
    if (body) found.push({ body, at: open });
  }
  return found;
}

const STRING = /^(["'`])((?:(?!\1)[^\\$]|\\.)*)\1/;
const PATH_CALL = /^(?:path\.)?(?:join|resolve)\s*\(/;
const HERE = /^(__dirname|import\.meta\.dirname)$/;

/** A path a config writes: relative to the working directory, or (`__dirname`) to the config file's folder. */
export interface WrittenPath {
  path: string;
  fromFile: boolean;
}

/**
 * The paths a value expression writes: a string, `path.join(__dirname, 'db', 'migrations')`,
 * `__dirname + '/migrations'`, `` `${__dirname}/migrations` ``, or an array of those. Anything computed at
 * run time gives nothing.
 */
export function pathsOf(expression: string): WrittenPath[] {
  const e = expression.trim();
  const literal = STRING.exec(e);
  if (literal && literal[0].length === e.length) return [{ path: literal[2] as string, fromFile: false }];
  const template = /^`\$\{(__dirname|import\.meta\.dirname)\}\/?([^`$]*)`$/.exec(e);
  if (template) return [{ path: template[2] || ".", fromFile: true }];
  const sum = /^(__dirname|import\.meta\.dirname)\s*\+\s*(["'])\/?([^"']*)\2$/.exec(e);
  if (sum) return [{ path: sum[3] || ".", fromFile: true }];
  if (PATH_CALL.test(e)) {
    const args = balancedAt(e, e.indexOf("("));
    if (!args || args.length !== e.length - e.indexOf("(")) return [];
    const [first, ...rest] = splitTopLevel(args.slice(1, -1));
    if (first === undefined || !(HERE.test(first) || first === "process.cwd()")) return [];
    const strings = rest.map((p) => STRING.exec(p)?.[2]);
    if (!strings.every((s) => s !== undefined)) return [];
    return [{ path: strings.join("/").replace(/^\.?\//, "") || ".", fromFile: HERE.test(first) }];
  }
  if (e.startsWith("[")) {
    const list = balancedAt(e, 0);
    return list ? splitTopLevel(list.slice(1, -1)).flatMap(pathsOf) : [];
  }
  return [];
}

/** The comma-separated items of a list's inside, commas in nested brackets and strings kept. */
export function splitTopLevel(inside: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i] as string;
    if (c === '"' || c === "'" || c === "`") i = Math.max(i, closingQuote(inside, i));
    else if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      items.push(inside.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inside.slice(start).trim();
  if (last !== "") items.push(last);
  return items;
}

/** The expression after `key:` at the top level of an object's body, with its line in the whole text. */
export function propertyOf(
  text: string,
  object: { body: string; at: number },
  key: string,
): { expression: string; line: number } | undefined {
  const inside = object.body.slice(1, -1);
  let offset = 1;
  for (const item of splitTopLevel(inside)) {
    const at = object.body.indexOf(item, offset);
    offset = at + item.length;
    const m = new RegExp(`^["']?${key}["']?\\s*:\\s*`).exec(item);
    if (m) return { expression: item.slice(m[0].length), line: positionAt(text, object.at + at).line };
  }
  return undefined;
}

/** Every `key: '<string>'` anywhere in the text, with its line (`client: 'sqlite3'`, `type: "sqlite"`). */
export function stringsOf(text: string, key: string): Written[] {
  return [
    ...text.matchAll(new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`, "g")),
  ].map((m) => ({ value: m[2] as string, line: positionAt(text, m.index + m[0].search(/\S/)).line }));
}
