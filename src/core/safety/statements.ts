import type { MigrationScript } from "../migration.js";
import { isOp, isWord } from "../sql/canonical.js";
import { type Token, tokenize } from "../sql/tokenize.js";

/** One statement of a script, as tokens, with the line its first token stands on. */
export interface ScriptStatement {
  tokens: Token[];
  line: number;
}

/**
 * The statements of a script split at top-level `;`. A trigger's body (`BEGIN … END`) holds semicolons of
 * its own, so a CREATE TRIGGER runs to its END, as SQLite splits it.
 */
export function scriptStatements(script: MigrationScript): ScriptStatement[] {
  const out: ScriptStatement[] = [];
  for (const chunk of script.chunks) {
    const tokens = tokenize(chunk.sql);
    let current: Token[] = [];
    let inTrigger = false;
    let inBody = false;
    // Lines are counted on from the last statement's start: a file of many statements stays linear.
    let at = 0;
    let line = chunk.line;
    const lineAt = (offset: number) => {
      for (; at < offset && at < chunk.sql.length; at++) if (chunk.sql.charCodeAt(at) === 10) line++;
      return line;
    };
    const flush = () => {
      const first = current[0];
      if (first) out.push({ tokens: current, line: lineAt(first.start) });
      current = [];
      inTrigger = false;
      inBody = false;
    };
    for (const tok of tokens) {
      if (isOp(tok, ";") && (!inBody || isWord(current[current.length - 1], "end"))) {
        flush();
        continue;
      }
      if (current.length === 0 && isWord(tok, "create")) inTrigger = false;
      current.push(tok);
      if (current.length <= 4 && isWord(tok, "trigger") && isWord(current[0], "create")) inTrigger = true;
      if (inTrigger && isWord(tok, "begin")) inBody = true;
    }
    flush();
  }
  return out;
}

/** The name after `[schema.]` at `i`, folded, with the index just after it. */
export function nameAt(tokens: readonly Token[], i: number): { name: string; next: number } | undefined {
  let at = i;
  if (isOp(tokens[at + 1], ".")) at += 2;
  const tok = tokens[at];
  if (!tok || (tok.kind !== "word" && tok.kind !== "quoted" && tok.kind !== "string")) return undefined;
  const name = tok.kind === "string" ? tok.text.slice(1, -1).split("''").join("'") : tok.value;
  return { name, next: at + 1 };
}
