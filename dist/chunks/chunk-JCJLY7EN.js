import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/sql/tokenize.ts
var OPERATORS = ["->>", "||", "->", "<<", ">>", "<=", ">=", "==", "!=", "<>"];
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isIdStart(c) {
  const code = c.charCodeAt(0);
  return isLetter(code) || code === 95 || code >= 128;
}
function isIdPart(c) {
  const code = c.charCodeAt(0);
  return isLetter(code) || isDigit(code) || code === 95 || code === 36 || code >= 128;
}
function isSpace(c) {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || code >= 9 && code <= 13;
  return /\s/.test(c);
}
function scanQuoted(sql, from, close, doubled) {
  let i = from + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (doubled && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}
function scanNumber(sql, i) {
  if (sql[i] === "0" && /[xX]/.test(sql[i + 1] ?? "") && /[0-9A-Fa-f]/.test(sql[i + 2] ?? "")) {
    i += 2;
    while (/[0-9A-Fa-f_]/.test(sql[i] ?? "")) i++;
    return i;
  }
  while (/[0-9_]/.test(sql[i] ?? "")) i++;
  if (sql[i] === ".") {
    i++;
    while (/[0-9_]/.test(sql[i] ?? "")) i++;
  }
  if (/[eE]/.test(sql[i] ?? "")) {
    const sign = /[+-]/.test(sql[i + 1] ?? "") ? 1 : 0;
    if (/[0-9]/.test(sql[i + 1 + sign] ?? "")) {
      i += 1 + sign;
      while (/[0-9_]/.test(sql[i] ?? "")) i++;
    }
  }
  return i;
}
function unquote(text) {
  const open = text[0];
  const body = text.slice(1, text.length > 1 ? -1 : void 0);
  if (open === "[") return body;
  const q = open;
  return body.split(q + q).join(q);
}
function tokenize(sql) {
  const tokens = [];
  let i = 0;
  const push = (kind, start, end, value) => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, start, end });
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1] ?? "";
    if (isSpace(c)) {
      i++;
    } else if (c === "-" && next === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === "/" && next === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'") {
      const end = scanQuoted(sql, i, "'", true);
      push("string", i, end);
      i = end;
    } else if (c === '"' || c === "`" || c === "[") {
      const end = scanQuoted(sql, i, c === "[" ? "]" : c, c !== "[");
      push("quoted", i, end, unquote(sql.slice(i, end)));
      i = end;
    } else if ((c === "x" || c === "X") && next === "'") {
      const end = scanQuoted(sql, i + 1, "'", false);
      push("blob", i, end);
      i = end;
    } else if (isDigit(c.charCodeAt(0)) || c === "." && isDigit(next.charCodeAt(0))) {
      const end = scanNumber(sql, i);
      push("number", i, end);
      i = end;
    } else if (isIdStart(c)) {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end])) end++;
      push("word", i, end);
      i = end;
    } else if (c === "?" || c === ":" || c === "@" || c === "$") {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end])) end++;
      push("variable", i, end);
      i = end;
    } else {
      const op = OPERATORS.find((o) => sql.startsWith(o, i)) ?? c;
      push("op", i, i + op.length);
      i += op.length;
    }
  }
  return tokens;
}
var ASCII_UPPER = /[A-Z]/;
var ASCII_UPPER_RUNS = /[A-Z]+/g;
var lower = (m) => m.toLowerCase();
function foldCase(s) {
  return ASCII_UPPER.test(s) ? s.replace(ASCII_UPPER_RUNS, lower) : s;
}

// src/core/sql/canonical.ts
function isWord(tok, kw) {
  return tok?.kind === "word" && foldCase(tok.text) === kw;
}
function isWords(tokens, at, ...kws) {
  return kws.every((kw, k) => isWord(tokens[at + k], kw));
}
function isOp(tok, op) {
  return tok?.kind === "op" && tok.text === op;
}
function closingParen(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")") && --depth === 0) return i;
  }
  return tokens.length;
}
function splitTopLevel(tokens) {
  const parts = [[]];
  let depth = 0;
  for (const tok of tokens) {
    if (isOp(tok, "(")) depth++;
    else if (isOp(tok, ")")) depth--;
    if (depth === 0 && isOp(tok, ",")) parts.push([]);
    else parts[parts.length - 1]?.push(tok);
  }
  return parts.filter((p) => p.length > 0);
}
function nameOf(tok) {
  if (!tok) return "";
  if (tok.kind === "string") return foldCase(tok.text.slice(1, -1).split("''").join("'"));
  return foldCase(tok.value);
}
function displayName(tok) {
  if (!tok) return "";
  if (tok.kind === "string") return tok.text.slice(1, -1).split("''").join("'");
  return tok.value;
}
var SIMPLE_NAME = /^[a-z_][a-z0-9_$]*$/;
function quoteName(name) {
  return SIMPLE_NAME.test(name) ? name : `"${name.split('"').join('""')}"`;
}
var OP_SYNONYMS = { "==": "=", "!=": "<>" };
function canonicalToken(tok) {
  switch (tok.kind) {
    case "word":
      return foldCase(tok.text);
    case "quoted":
      return quoteName(foldCase(tok.value));
    case "blob":
      return `x${tok.text.slice(1).toLowerCase()}`;
    case "number":
      return tok.text.toLowerCase().split("_").join("");
    case "op":
      return OP_SYNONYMS[tok.text] ?? tok.text;
    default:
      return tok.text;
  }
}
var NO_SPACE_BEFORE = /* @__PURE__ */ new Set([",", ")", ".", ";"]);
var NO_SPACE_AFTER = /* @__PURE__ */ new Set(["(", "."]);
function canonical(tokens) {
  let out = "";
  let prev;
  for (const tok of tokens) {
    const text = canonicalToken(tok);
    const tight = !prev || tok.kind === "op" && NO_SPACE_BEFORE.has(tok.text) || prev.kind === "op" && NO_SPACE_AFTER.has(prev.text) || isOp(tok, "(") && (prev.kind === "word" || prev.kind === "quoted");
    out += tight ? text : ` ${text}`;
    prev = tok;
  }
  return out;
}
function stripOuterParens(tokens) {
  let run = tokens;
  while (run.length >= 2 && isOp(run[0], "(") && closingParen(run, 0) === run.length - 1)
    run = run.slice(1, -1);
  return run;
}
function objectNameAt(tokens, at) {
  let i = at;
  if (isWords(tokens, i, "if", "not", "exists")) i += 3;
  if (isOp(tokens[i + 1], ".")) i += 2;
  return i;
}

// src/core/tools/tool-advice.ts
var UNKNOWN = {
  outOfOrder: "a runner that keeps only the newest applied version never applies it, and one that records each migration applies it after newer ones",
  duplicate: "a runner that knows migrations by version applies only one of them",
  renamed: "a runner that knows migrations by file name sees a new migration and runs it again",
  edited: "databases that already ran it will never run the new text"
};
function toolDoes(tool, kind) {
  const fact = tool.applied[kind];
  return fact ? `${tool.name} ${fact.does}` : UNKNOWN[kind];
}
function deletedNote(tool) {
  const fact = tool.applied.deleted;
  return fact ? `; ${tool.name} ${fact.does}` : "";
}
function changeAdvice(tool) {
  return tool.authoring.refuse?.change ?? "lockstep new NAME";
}
function clashAdvice(tool, newest) {
  return tool.authoring.refuse?.clash ?? `\`lockstep renumber\` moves the new one after ${newest}`;
}
function earlyAdvice(tool, newest) {
  return tool.authoring.refuse?.early ?? `\`lockstep renumber\` moves it after ${newest}`;
}
function optOutAdvice(tool) {
  const { optOut, optOutConnection } = tool.transaction;
  if (!optOut) return void 0;
  return optOutConnection ? `${optOut}; ${optOutConnection}` : optOut;
}
function runnerOf(tool) {
  return tool.tracking.source === "lockstep" ? "the application's runner" : tool.name;
}

// src/core/text-position.ts
function skipTrivia(sql, from) {
  let i = from;
  while (i < sql.length) {
    const c = sql[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f") {
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
function positionIn(text, offset, start) {
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
function leadingKeyword(sql) {
  const start = skipTrivia(sql, 0);
  const match = /^[A-Za-z_]+/.exec(sql.slice(start, start + 20));
  return match ? match[0].toUpperCase() : "";
}

export {
  tokenize,
  foldCase,
  isWord,
  isWords,
  isOp,
  closingParen,
  splitTopLevel,
  nameOf,
  displayName,
  canonical,
  stripOuterParens,
  objectNameAt,
  toolDoes,
  deletedNote,
  changeAdvice,
  clashAdvice,
  earlyAdvice,
  optOutAdvice,
  runnerOf,
  skipTrivia,
  positionIn,
  leadingKeyword
};
