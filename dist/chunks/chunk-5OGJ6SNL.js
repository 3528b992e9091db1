import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/render/terminal-text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(c) {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}
var CONTROL_BUT_LF = new RegExp(`[${CONTROL.source}--\\n]`, "v");
var COMMAND_START = /^\s*::/m;
function hazardous(text) {
  return CONTROL_BUT_LF.test(text) || text.includes("##[") || text.includes("::") && COMMAND_START.test(text);
}
function escapeControl(text) {
  return text.replace(CONTROL, visible);
}
function neutraliseCommands(line) {
  return line.replace(/^(\s*):(?=:)/, "$1\\u003a").replace(/##\[/g, "##\\u005b");
}
var SGR = /\u001b\[[0-9;]*m/y;
function guardOutput(text, colours = false) {
  if (!hazardous(text)) return text;
  return text.split("\n").map((line) => neutraliseCommands(colours ? escapeKeepingColour(line) : escapeControl(line))).join("\n");
}
function escapeKeepingColour(line) {
  let out = "";
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== "\x1B") continue;
    SGR.lastIndex = i;
    const match = SGR.exec(line);
    if (!match) continue;
    out += escapeControl(line.slice(from, i)) + match[0];
    i += match[0].length - 1;
    from = i + 1;
  }
  return out + escapeControl(line.slice(from));
}

export {
  escapeControl,
  guardOutput
};
