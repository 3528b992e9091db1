import { positionAt } from "./layouts/source.js";
import type { SqlChunk } from "./migration.js";

// A code migration (an Alembic revision, a knex or Rails migration, a script) often runs SQL it holds as
// string literals: `op.execute("DROP TABLE x")`, `knex.raw("DELETE FROM x")`, `execute <<~SQL`. Those
// literals, found by scanning the text (never by running it), say what the code does to rows.

/** A literal's text reads as SQL when it starts with one of these words. */
const SQL_START = /^\s*(?:create|drop|insert|delete|update|replace|alter|pragma|with|select)\b/i;

/** Languages whose comments start with `#` (Python, Ruby, shell); the others use `//` and `/* … *\/`. */
const HASH_COMMENTS = /\.(?:py|rb|sh|bash)$/i;

/** Ruby's heredoc opener: `<<~SQL`, `<<-SQL`, `<<SQL`, with or without quotes around the word. */
const HEREDOC = /<<[~-]?(["']?)([A-Z_][A-Z0-9_]*)\1/y;

/** The string literals of `text` (a file named `file`) that read as SQL, each with where its content starts. */
export function sqlInCode(text: string, file: string): SqlChunk[] {
  const hash = HASH_COMMENTS.test(file);
  const out: SqlChunk[] = [];
  const keep = (start: number, end: number) => {
    const sql = plain(text.slice(start, end));
    if (SQL_START.test(sql)) out.push({ sql, ...positionAt(text, start) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if ((hash && c === "#") || (!hash && c === "/" && text[i + 1] === "/")) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (!hash && c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (c === "<") {
      HEREDOC.lastIndex = i;
      const heredoc = HEREDOC.exec(text);
      if (heredoc) {
        const bodyStart = text.indexOf("\n", i) + 1;
        const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*$`, "m");
        const rest = bodyStart > 0 ? text.slice(bodyStart) : "";
        const end = close.exec(rest);
        if (bodyStart > 0 && end) {
          keep(bodyStart, bodyStart + end.index);
          i = bodyStart + end.index + end[0].length;
          continue;
        }
      }
    }
    if (c === '"' || c === "'" || c === "`") {
      const triple = hash && text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = i + quote.length;
      const end = closing(text, start, quote);
      keep(start, end);
      i = end + quote.length;
      continue;
    }
    i++;
  }
  return out;
}

/** Where the literal opened at `from` closes (a backslash escapes the next character). */
function closing(text: string, from: number, quote: string): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === "\\") {
      i += 2;
      continue;
    }
    if (text.startsWith(quote, i)) return i;
    // A one-quote literal of Python or JavaScript ends at its line (a template literal does not).
    if (quote.length === 1 && quote !== "`" && text[i] === "\n") return i;
    i++;
  }
  return text.length;
}

/** Escapes as the SQL reads them, each kept two characters wide so positions in the file stay true. */
function plain(raw: string): string {
  return raw.replace(/\\(.)/g, (_, ch: string) => (ch === '"' || ch === "'" || ch === "`" ? ` ${ch}` : "  "));
}
