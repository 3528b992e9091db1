/**
 * What a message may quote of a file from the repository: one line, bounded. A finding ends up in a pull
 * request comment and the Actions log, so a file that is not what the config says (a credentials file named
 * as the `order`, a baseline with no semicolons) must never be printed whole.
 */
export const EXCERPT_CHARS = 200;

/**
 * The first non-blank line of `text`, at most `max` characters; "…" marks that something was left out
 * (the rest of a long line, or the lines after it).
 */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const start = nextNonBlank(text, 0);
  if (start === -1) return "";
  // Only a bounded prefix is copied: the text may be a whole file.
  const head = text.slice(start, start + max * 2 + 2);
  const eol = head.search(/[\r\n]/);
  const line = (eol === -1 ? head : head.slice(0, eol)).trimEnd();
  const more = nextNonBlank(text, start + (eol === -1 ? head.length : eol)) !== -1;
  const chars = Array.from(line);
  if (chars.length > max) return `${chars.slice(0, max - 1).join("")}…`;
  return more ? `${line}…` : line;
}

function nextNonBlank(text: string, from: number): number {
  const pattern = /\S/g;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/**
 * A message from SQLite (or from code a migration called), bounded. SQLite quotes the token it stopped at,
 * and an unterminated string literal is a token that runs to the end of the file: the token is cut to an
 * excerpt and the rest of the message is kept, so "syntax error" still shows. Any other message names
 * objects (`no such table: …`), whose names may hold newlines: those are kept (the renderers escape them),
 * and only the length is bounded.
 */
export function boundedMessage(message: string, max = EXCERPT_CHARS): string {
  const quoted = /^(near |unrecognized token: )"([\s\S]*)"(: syntax error)?$/.exec(message);
  if (quoted) return `${quoted[1]}"${excerpt(quoted[2] ?? "", max)}"${quoted[3] ?? ""}`;
  return bound(message, max);
}

/** `text` at most `max` code points, "…" ending one that was cut; only a bounded prefix is looked at. */
export function bound(text: string, max: number): string {
  // A code point is at most two UTF-16 units: a prefix of 2 × max + 2 holds more than max of them.
  const points = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}
