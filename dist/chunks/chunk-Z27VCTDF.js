import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/excerpt.ts
var EXCERPT_CHARS = 200;
function excerpt(text, max = EXCERPT_CHARS) {
  const start = nextNonBlank(text, 0);
  if (start === -1) return "";
  const head = text.slice(start, start + max * 2 + 2);
  const eol = head.search(/[\r\n]/);
  const line = (eol === -1 ? head : head.slice(0, eol)).trimEnd();
  const more = nextNonBlank(text, start + (eol === -1 ? head.length : eol)) !== -1;
  const chars = Array.from(line);
  if (chars.length > max) return `${chars.slice(0, max - 1).join("")}\u2026`;
  return more ? `${line}\u2026` : line;
}
function nextNonBlank(text, from) {
  const pattern = /\S/g;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}
function boundedMessage(message, max = EXCERPT_CHARS) {
  const quoted = /^(near |unrecognized token: )"([\s\S]*)"(: syntax error)?$/.exec(message);
  if (quoted) return `${quoted[1]}"${excerpt(quoted[2] ?? "", max)}"${quoted[3] ?? ""}`;
  return bound(message, max);
}
function bound(text, max) {
  const points = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}

export {
  excerpt,
  boundedMessage,
  bound
};
