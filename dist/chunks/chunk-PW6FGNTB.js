import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  decodeText,
  shownPath
} from "./chunk-VFAKEDVC.js";

// src/core/lock/lock-file.ts
import { createHash } from "node:crypto";
var LOCK_FILE = "lockstep.sum";
function hashText(text) {
  return `h1:${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
function bodyLines(lock) {
  return [
    ...lock.entries.map((e) => `${e.version} ${e.path} ${e.hash}`),
    ...lock.amendments.map((a) => `amended ${a.version} ${JSON.stringify(a.reason)}`)
  ];
}
function renderLockFile(lock) {
  const body = bodyLines(lock);
  return `${[hashText(`${body.join("\n")}
`), ...body].join("\n")}
`;
}
function parseLockFile(text) {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const lock = { entries: [], amendments: [] };
  const problems = [];
  const [sum, ...body] = lines;
  for (const [i, line] of body.entries()) {
    const amended = /^amended (\S+) ("(?:[^"\\]|\\.)*")$/.exec(line);
    if (amended) {
      lock.amendments.push({
        version: amended[1],
        reason: JSON.parse(amended[2])
      });
      continue;
    }
    const entry = /^(\S+) (.+) (h1:[A-Za-z0-9+/=]+)$/.exec(line);
    if (entry)
      lock.entries.push({ version: entry[1], path: entry[2], hash: entry[3] });
    else problems.push({ line: i + 2, message: `line ${i + 2} is not "<version> <path> h1:<hash>"` });
  }
  if (sum === void 0 || !/^h1:/.test(sum)) {
    problems.push({ line: 1, message: "the first line is not the h1: sum of the file" });
  } else if (sum !== hashText(body.length > 0 ? `${body.join("\n")}
` : "\n")) {
    problems.push({
      line: 1,
      message: "the first line does not sum the lines below it: the file was edited by hand"
    });
  }
  return { lock, problems };
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

// src/engine/git-files.ts
async function filesAt(repo, ref, dir, cwd) {
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const entries = ref === "" ? await repo.indexEntries(dir) : await repo.treeEntries(ref, dir);
  const files = entries.filter((e) => e.path !== lockPath);
  const blobs = repo.readBlobs(files.map((e) => e.blob));
  return files.map((e) => ({
    rel: dir === "" ? e.path : e.path.slice(dir.length + 1),
    display: shownPath(cwd, `${repo.root}/${e.path}`),
    ...decodeText(blobs.get(e.blob) ?? new Uint8Array())
  }));
}

export {
  LOCK_FILE,
  hashText,
  renderLockFile,
  parseLockFile,
  compareLock,
  filesAt
};
