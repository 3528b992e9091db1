/** Where in a file a statement starts, given the chunk it came from and its offset in that chunk. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Skips whitespace and SQL comments so a position points at the statement's first word, not the gap before it. */
export function skipTrivia(sql: string, from: number): number {
  let i = from;
  while (i < sql.length) {
    const c = sql[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f") {
      i++;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else {
      break;
    }
  }
  return i;
}

export function positionIn(text: string, offset: number, start: TextPosition): TextPosition {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** The first keyword of a statement, upper-cased ("BEGIN", "PRAGMA", …). */
export function leadingKeyword(sql: string): string {
  const start = skipTrivia(sql, 0);
  const match = /^[A-Za-z_]+/.exec(sql.slice(start, start + 20));
  return match ? match[0].toUpperCase() : "";
}
