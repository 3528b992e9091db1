import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  digestOf
} from "./chunk-WWXHY5GU.js";

// src/core/lock/lock-file.ts
import { createHash } from "node:crypto";
var LOCK_FILE = "lockstep.sum";
var MAX_LOCK_LINE = 8192;
function hashText(text) {
  return `h1:${digestOf("sha256", text, "base64")}`;
}
function lockSum(body) {
  const hash = createHash("sha256");
  if (typeof body === "string") hash.update(body === "" ? "\n" : body, "utf8");
  else if (body.every((piece) => piece.length === 0)) hash.update("\n");
  else for (const piece of body) hash.update(piece);
  return `h1:${hash.digest("base64")}`;
}
function entryLine(e) {
  return `${field(e.version, /\s/)} ${field(e.path, / h1:/)} ${e.hash}`;
}
function bodyLines(lock) {
  return [
    ...lock.entries.map(entryLine),
    ...lock.amendments.map((a) => `amended ${a.version} ${reasonLiteral(a.reason)}`)
  ];
}
function reasonLiteral(reason) {
  return JSON.stringify(reason).replace(
    /[\u007f\uFFFD]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function field(text, unsafe) {
  const raw = !text.startsWith('"') && !unsafe.test(text) && !hasControl(text) && !/[\uFFFD]/.test(text);
  return raw && !LONE_SURROGATE.test(text) ? text : reasonLiteral(text);
}
function unfield(text) {
  if (!text.startsWith('"')) return text;
  try {
    const value = JSON.parse(text);
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function renderLockFile(lock) {
  const lines = bodyLines(lock);
  const body = lines.length > 0 ? `${lines.join("\n")}
` : "";
  return `${lockSum(body)}
${body}`;
}
function normalizeLockText(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}
function isInsidePath(path) {
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
var QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
var ENTRY = new RegExp(`^(${QUOTED}|[^\\s"]\\S*) (${QUOTED}|.+) (h1:[A-Za-z0-9+/=]+)$`);
var AMENDED = /^amended (\S+) ("(?:[^"\\]|\\.)*")$/;
function hasControl(line) {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 && c !== 9 || c === 127) return true;
  }
  return false;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function quote(line) {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}\u2026` : line);
}
function parseLockFile(text) {
  const lines = normalizeLockText(text).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const lock = { entries: [], amendments: [] };
  const problems = [];
  const paths = /* @__PURE__ */ new Set();
  const amended = /* @__PURE__ */ new Set();
  const [sum, ...body] = lines;
  for (const [i, line] of body.entries()) {
    const n = i + 2;
    const problem = readLine(line, n);
    if ("message" in problem) {
      problems.push(problem);
    } else if ("reason" in problem) {
      if (amended.has(problem.version)) {
        problems.push({
          line: n,
          kind: "amendment",
          version: problem.version,
          message: `line ${n} amends ${problem.version} a second time; the first amendment is kept`
        });
      } else {
        amended.add(problem.version);
        lock.amendments.push(problem);
      }
    } else if (paths.has(problem.path)) {
      problems.push({
        line: n,
        kind: "entry",
        version: problem.version,
        path: problem.path,
        message: `line ${n} lists ${problem.path} a second time; the first line is kept`
      });
    } else {
      paths.add(problem.path);
      lock.entries.push(problem);
    }
  }
  if (sum === void 0 || !/^h1:/.test(sum)) {
    problems.push({ line: 1, kind: "sum", message: "line 1: the first line is not the h1: sum of the file" });
  } else if (sum !== lockSum(body.length > 0 ? `${body.join("\n")}
` : "")) {
    problems.push({
      line: 1,
      kind: "sum",
      message: "line 1: the first line does not sum the lines below it: the file was edited by hand"
    });
  }
  return { lock, problems };
}
function readLine(line, n) {
  const bad = (message, named = {}) => ({
    line: n,
    kind: line.startsWith("amended ") ? "amendment" : "entry",
    ...named,
    message: `line ${n} ${message}`
  });
  if (line.length > MAX_LOCK_LINE)
    return bad(`is ${line.length} characters long, more than lockstep ever writes (${MAX_LOCK_LINE})`);
  if (line.includes("\0")) return bad(`contains a NUL byte: ${quote(line)}`, salvage(line));
  if (line.includes("\uFFFD") || LONE_SURROGATE.test(line))
    return bad(`is not valid UTF-8: ${quote(line)}`, salvage(line));
  if (hasControl(line)) return bad(`contains a control character: ${quote(line)}`, salvage(line));
  if (line.startsWith("amended ")) {
    const m2 = AMENDED.exec(line);
    const version2 = m2?.[1] ?? /^amended (\S+)/.exec(line)?.[1];
    if (!m2) return bad(`is not 'amended <version> "<reason>"': ${quote(line)}`, { version: version2 });
    try {
      return { version: m2[1], reason: JSON.parse(m2[2]) };
    } catch {
      return bad(`has a reason that is not a valid JSON string (a bad escape): ${quote(line)}`, { version: version2 });
    }
  }
  const m = ENTRY.exec(line);
  if (!m) return bad(`is not "<version> <path> h1:<hash>": ${quote(line)}`, salvage(line));
  const version = unfield(m[1]);
  const path = unfield(m[2]);
  if (version === void 0 || path === void 0)
    return bad(`has a quoted version or path that is not a valid JSON string: ${quote(line)}`);
  const entry = { version, path, hash: m[3] };
  if (!isInsidePath(entry.path))
    return bad(
      `names ${quote(entry.path)}, a path outside the migration directory (absolute, or with . or ..)`
    );
  return entry;
}
function salvage(line) {
  const words = line.split(" ");
  if (words[0] === "amended") return { version: words[1] };
  if (words.length < 2) return {};
  const path = words.length > 2 ? words.slice(1, -1).join(" ") : words[1];
  return isInsidePath(path) ? { version: words[0], path } : { version: words[0] };
}
function compareLock(expected, actual) {
  const have = new Map(actual.entries.map((e) => [e.path, e]));
  const want = new Map(expected.entries.map((e) => [e.path, e]));
  const out = [];
  for (const entry of expected.entries) {
    const found = have.get(entry.path);
    if (!found) out.push({ kind: "missing", entry });
    else if (found.hash !== entry.hash || found.version !== entry.version)
      out.push({ kind: "changed", entry });
  }
  for (const entry of actual.entries) if (!want.has(entry.path)) out.push({ kind: "extra", entry });
  if (out.length === 0) {
    const order = (lock) => lock.entries.map((e) => e.path).join("\n");
    if (order(expected) !== order(actual)) {
      const moved = expected.entries.find((e, i) => actual.entries[i]?.path !== e.path);
      if (moved) out.push({ kind: "moved", entry: moved });
    }
  }
  return out;
}

export {
  LOCK_FILE,
  hashText,
  lockSum,
  entryLine,
  renderLockFile,
  normalizeLockText,
  parseLockFile,
  compareLock
};
