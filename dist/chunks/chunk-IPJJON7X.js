import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  isOp,
  isWord,
  tokenize
} from "./chunk-JCJLY7EN.js";

// src/core/safety/statements.ts
function scriptStatements(script) {
  const out = [];
  for (const chunk of script.chunks) {
    const tokens = tokenize(chunk.sql);
    let current = [];
    let inTrigger = false;
    let inBody = false;
    let at = 0;
    let line = chunk.line;
    const lineAt = (offset) => {
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
function nameAt(tokens, i) {
  let at = i;
  if (isOp(tokens[at + 1], ".")) at += 2;
  const tok = tokens[at];
  if (!tok || tok.kind !== "word" && tok.kind !== "quoted" && tok.kind !== "string") return void 0;
  const name = tok.kind === "string" ? tok.text.slice(1, -1).split("''").join("'") : tok.value;
  return { name, next: at + 1 };
}

export {
  scriptStatements,
  nameAt
};
