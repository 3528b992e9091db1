/**
 * `text` as a code span that holds it whole, whatever backticks it has (CommonMark's rule: a fence one
 * backtick longer than the longest run inside, padded with a space where the text starts or ends with a
 * backtick or a space). Messages quote names and SQL this way; the terminal shows the same characters, and
 * the comment's renderer reads them back as one span.
 */
export function codeSpan(text: string): string {
  if (text === "") return "` `";
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const edge = /^[` ]|[` ]$/.test(text) && text.trim() !== "" ? " " : "";
  return `${fence}${edge}${text}${edge}${fence}`;
}

export interface TextPart {
  code: boolean;
  text: string;
}

/** Splits prose into plain text and code spans as CommonMark reads them; an unclosed backtick is text. */
export function splitCodeSpans(prose: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = "";
  let at = 0;
  while (at < prose.length) {
    const open = prose.indexOf("`", at);
    if (open === -1) break;
    let width = 1;
    while (prose[open + width] === "`") width++;
    const close = closingRun(prose, open + width, width);
    if (close === -1) {
      plain += prose.slice(at, open + width);
      at = open + width;
      continue;
    }
    plain += prose.slice(at, open);
    if (plain) parts.push({ code: false, text: plain });
    plain = "";
    let code = prose.slice(open + width, close);
    if (code.length > 1 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "")
      code = code.slice(1, -1);
    parts.push({ code: true, text: code });
    at = close + width;
  }
  plain += prose.slice(at);
  if (plain) parts.push({ code: false, text: plain });
  return parts;
}

/** The next run of exactly `width` backticks from `from`, or -1. */
function closingRun(text: string, from: number, width: number): number {
  let at = from;
  while (at < text.length) {
    const start = text.indexOf("`", at);
    if (start === -1) return -1;
    let end = start;
    while (text[end] === "`") end++;
    if (end - start === width) return start;
    at = end;
  }
  return -1;
}
