import { codeSpan, splitCodeSpans } from "../code-span.js";
import { bound } from "../excerpt.js";
import { escapeControl } from "./terminal-text.js";

/**
 * Repository text in GitHub Markdown (the PR comment, the job summary), one function per context. What each
 * defends against:
 *
 * - Markup: `[x](javascript:…)`, `*`, `_`, `~`, `` ` ``, `\`, `<tag>`, `&`, `$math$` and `|` are written as numeric
 *   character references. CommonMark treats a reference as literal text, never as markup, so nothing needs a
 *   backslash (which shows up literally inside code) and `|` can no longer split a table cell.
 * - GitHub's own links: it links `@user`, `@org/team` and `#12` in text (not inside <code>), and the GFM
 *   autolink extension links `https://…`, `www.…` and `a@b.c` even inside a raw <code> element. An empty
 *   <wbr> after `@`, after a `#` before a digit, in `://` and after `www` splits the text there, so none of
 *   these patterns is whole in any text node.
 * - Line structure: control characters are shown escaped (`\n`), so a name cannot end a table row or a list.
 * - Size: each piece of repository text is cut to a bound with an ellipsis, so one 70,000-character name
 *   cannot push the findings out of a comment GitHub limits to 65,536 characters.
 */

/** Names and SQL fragments in code; a column definition with a CHECK can be long. */
export const CODE_MAX = 300;
/** A name in a table cell or a heading. */
export const CELL_MAX = 200;
/** A stretch of prose between code spans (SQLite's messages quote names too). */
export const PROSE_MAX = 600;

const HAZARD = /[&<>`*_[\]~|$\\@]|:(?=\/\/)|#(?=\d)|\bGH-(?=\d)|\bwww\./gi;

const NAMED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

const WORD = /[\p{L}\p{N}]/u;

function defuse(match: string, offset: number, text: string): string {
  // An underscore between two letters or digits can neither open nor close emphasis (CommonMark's flanking
  // rules): `create_users` stays readable.
  if (match === "_" && WORD.test(text[offset - 1] ?? "") && WORD.test(text[offset + 1] ?? "")) return "_";
  if (match === "@") return "&#64;<wbr>";
  if (match === "#") return "&#35;<wbr>";
  if (match.length === 3) return `${match.slice(0, 2)}&#45;<wbr>`;
  if (match.length === 4) return `${match.slice(0, 3)}<wbr>&#46;`;
  if (match === ":") return "&#58;<wbr>";
  return NAMED[match] ?? `&#${match.charCodeAt(0)};`;
}

function neutral(text: string, max: number): string {
  return escapeControl(bound(text, max)).replace(HAZARD, defuse);
}

/** Repository text as inline code: an HTML <code> element, so any name survives without backslashes. */
export function inlineCode(text: string, max = CODE_MAX): string {
  return `<code>${neutral(text, max)}</code>`;
}

/**
 * Repository text as a backtick code span, outside tables only (a `|` would split a cell): nothing inside a
 * code span is markup, a link or a mention, so it needs no escaping but a fence longer than any run of
 * backticks in it, and control characters shown escaped.
 */
export function codeTicks(text: string, max = CELL_MAX): string {
  return codeSpan(escapeControl(bound(text, max)));
}

/** Repository text as plain words in a heading, a table cell or a sentence. */
export function escapeMarkdown(text: string, max = CELL_MAX): string {
  return neutral(text, max);
}

/**
 * Prose with `code` spans (messages, summaries): the spans become <code> and everything is escaped, so a name
 * with backticks or markup in it can neither break out nor inject. Spans are read as CommonMark reads them
 * (messages quote with codeSpan, so a name holding a backtick stays one span); an unpaired backtick is text.
 * Past `total` characters of Markdown the rest is left out, at a span's edge, for an ellipsis.
 */
export function escapeProse(text: string, total = Number.POSITIVE_INFINITY): string {
  let out = "";
  for (const part of splitCodeSpans(text)) {
    const piece = part.code ? inlineCode(part.text) : neutral(part.text, PROSE_MAX);
    if (out.length + piece.length > total) return `${out} …`;
    out += piece;
  }
  return out;
}
