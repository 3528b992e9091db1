import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  DISK,
  readDatabase
} from "./chunk-IAVCW6IK.js";
import {
  submoduleNotes
} from "./chunk-JMIYWOFL.js";
import {
  LOCK_FILE,
  compareLock,
  hashText,
  normalizeLockText,
  parseLockFile,
  renderLockFile
} from "./chunk-RCIOBLM7.js";
import {
  isAlive,
  removeStaleTemps,
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  resolveDatabases,
  shownPath
} from "./chunk-ZNIXDZ3E.js";
import {
  compareVersions
} from "./chunk-WZENEWFI.js";
import {
  kindOf,
  readRegularBytes
} from "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-LWTNB5XY.js";

// src/adapters/lock-store.ts
import { lstatSync } from "node:fs";
import { join } from "node:path";
var MAX_LOCK_BYTES = 256 * 1024 * 1024;
function notAFile(path, shown) {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isFile()) return void 0;
  const kind = kindOf(info);
  const what = info.isDirectory() ? "remove or rename the directory" : `remove ${kind.replace(/^an? /, "the ")}`;
  return new LockstepError(
    "io",
    `${shown} is ${kind}, not a lock file; lockstep reads and writes ${LOCK_FILE} only as a regular file: ${what}, then run lockstep lock`
  );
}
function readLockText(dir, shown) {
  const path = join(dir, LOCK_FILE);
  const read = readRegularBytes(path, MAX_LOCK_BYTES, { noFollow: true });
  if (read.ok) return read.bytes.toString("utf8");
  if (read.why === "missing") return void 0;
  if (read.why === "not-file")
    throw notAFile(path, shown) ?? new LockstepError("io", `${shown} is not a regular file`);
  if (read.why === "too-big") {
    const size = read.size === void 0 ? "over 256" : (read.size / 1024 / 1024).toFixed(0);
    throw new LockstepError(
      "io",
      `${shown} is ${size} MiB, far more than any lock file lockstep writes; delete it and run lockstep lock`
    );
  }
  throw new LockstepError("io", `cannot read ${shown} (${read.code})`, { cause: read.cause });
}
function writeLockText(dir, shown, text, steps) {
  const path = join(dir, LOCK_FILE);
  const refused = notAFile(path, shown);
  if (refused) throw refused;
  try {
    removeStaleTemps(path);
    writeFileAtomic(path, text, { steps });
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${shown} (${cause.code ?? "error"}); the file was left as it was`,
      { cause }
    );
  }
}

// src/adapters/lock-turns.ts
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join as join2 } from "node:path";
var WAIT_MS = 15e3;
var STALE_MS = 12e4;
async function withLockFileLock(dir, shown, notes, work) {
  const path = join2(dir, `${LOCK_FILE}.lock`);
  const shownLock = `${shown}.lock`;
  const started = Date.now();
  let delay = 5;
  let held = true;
  for (; ; ) {
    try {
      writeFileSync(path, `${process.pid} ${hostname()} ${Date.now()}
`, { flag: "wx" });
      break;
    } catch (cause) {
      const code = cause.code;
      if (code === "ENOENT" || code === "EACCES" || code === "EROFS" || code === "EPERM") {
        held = false;
        break;
      }
      if (code !== "EEXIST")
        throw new LockstepError("io", `cannot create ${shownLock} (${code ?? "error"})`, { cause });
    }
    const holder = readHolder(path);
    if (holder?.stale) {
      if (takeOver(path, holder.text))
        notes.push(`removed ${shownLock}, left behind by ${holder.who}, which ${holder.stale}`);
      continue;
    }
    if (Date.now() - started > WAIT_MS) {
      throw new LockstepError(
        "io",
        `${shownLock} is held by ${holder?.who ?? "another process"}: another lockstep is writing ${shown}; wait for it to finish, or, if no lockstep is running, remove ${shownLock}`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await work();
  } finally {
    try {
      if (held) unlinkSync(path);
    } catch {
    }
  }
}
function readHolder(path) {
  let text;
  let age;
  try {
    text = readFileSync(path, "utf8");
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return void 0;
  }
  const [pid, host] = text.trim().split(" ");
  const who = pid ? `process ${pid}${host && host !== hostname() ? ` on ${host}` : ""}` : "a process";
  if (age > STALE_MS) return { text, who, stale: `has held it for ${Math.round(age / 1e3)} s` };
  if (pid && host === hostname() && !isAlive(Number(pid)))
    return { text, who, stale: "is no longer running" };
  return { text, who };
}
function takeOver(path, staleText) {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readFileSync(aside, "utf8");
  if (moved === staleText) {
    unlinkSync(aside);
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
  }
  unlinkSync(aside);
  return false;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/core/lock/guard-rules.ts
function checkFrozen(input) {
  const findings = [];
  const shown = (path) => input.dir === "." ? path : `${input.dir}/${path}`;
  const amended = new Map((input.stagedLock?.amendments ?? []).map((a) => [a.version, a.reason]));
  const recordedHashes = new Map((input.stagedLock?.entries ?? []).map((e) => [e.path, e.hash]));
  const frozenPaths = new Set(input.frozen.map((e) => e.path));
  const stagedHashes = input.stagedHashes ?? hashesOf(input.staged);
  const newByHash = /* @__PURE__ */ new Map();
  for (const [path, hash] of stagedHashes) if (!frozenPaths.has(path)) newByHash.set(hash, path);
  for (const entry of input.frozen) {
    const file = shown(entry.path);
    const hash = stagedHashes.get(entry.path);
    if (!input.staged.has(entry.path)) {
      if (!input.known.has(entry.path)) continue;
      const renamed = newByHash.get(entry.hash);
      if (renamed) {
        findings.push(
          finding(
            "locked-renamed",
            `${file} is applied and was renamed to ${shown(renamed)}: its tool would see a new migration and run it again; rename it back, and put any change in a new migration`,
            { file: shown(renamed), version: entry.version }
          )
        );
      } else {
        findings.push(
          finding(
            "locked-deleted",
            `${file} is applied and was deleted: databases that ran it keep its changes, and new ones would not get them; restore it (git restore --staged --worktree ${file}), and undo it with a new migration if that is what you mean`,
            { file, version: entry.version }
          )
        );
      }
    } else if (hash !== entry.hash) {
      const reason = amended.get(entry.version);
      const recorded = recordedHashes.get(entry.path);
      if (reason !== void 0 && recorded === hash) continue;
      const before = input.frozenText(entry.path) ?? "";
      const after = input.staged.get(entry.path) ?? "";
      const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 2 }).split("\n").slice(1).map((line) => line.trimEnd()).join("\n").trimEnd();
      findings.push(
        finding(
          "locked-modified",
          `${file} is applied and was edited; databases that already ran it will never run the new text. Put the change in a new migration (lockstep new NAME), or, for an edit that changes nothing (a comment), record why: lockstep lock --amend ${entry.version} --reason "\u2026"`,
          { file, version: entry.version, line: firstChangedLine(before, after), detail: patch }
        )
      );
    }
  }
  findings.push(...checkLockLines(input, amended));
  findings.push(...checkOrder(input, frozenPaths));
  return findings;
}
function hashesOf(staged) {
  const hashes = /* @__PURE__ */ new Map();
  for (const [path, text] of staged) if (text !== void 0) hashes.set(path, hashText(text));
  return hashes;
}
function checkLockLines(input, amended) {
  if (!input.baseLock || !input.stagedLock) return [];
  const staged = new Map(input.stagedLock.entries.map((e) => [e.path, e]));
  const out = [];
  for (const entry of input.baseLock.entries) {
    const now = staged.get(entry.path);
    if (now?.hash === entry.hash && now.version === entry.version) continue;
    if (!now || amended.has(entry.version) || !input.staged.has(entry.path)) continue;
    out.push(
      finding(
        "lockfile-tampered",
        `${input.lockFile}: the line of applied migration ${entry.path} was changed; restore it (git checkout the base's ${input.lockFile}) and let lockstep write the lock file`,
        { file: input.lockFile, version: entry.version }
      )
    );
  }
  return out;
}
function checkOrder(input, frozenPaths) {
  if (input.frozen.length === 0) return [];
  const newest = input.frozen.reduce((max, e) => compareVersions(e.version, max.version) > 0 ? e : max);
  const shown = (path) => input.dir === "." ? path : `${input.dir}/${path}`;
  const out = [];
  for (const m of input.set.migrations) {
    if (m.files.some((f) => frozenPaths.has(relativeTo(input.dir, f)))) continue;
    const taken = input.frozen.find((e) => compareVersions(e.version, m.version) === 0);
    if (taken) {
      if (input.staged.has(taken.path)) continue;
      out.push(
        finding(
          "duplicate-version",
          `${m.files[0]} is new but version ${m.version} is already taken by ${shown(taken.path)}, which is applied (merged first): \`lockstep renumber\` moves the new one after ${newest.version}`,
          { file: m.files[0], version: m.version }
        )
      );
    } else if (compareVersions(m.version, newest.version) < 0) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new but its version ${m.version} sorts before ${newest.version} (${shown(newest.path)}), which is already applied: databases that ran ${newest.version} would skip it; \`lockstep renumber\` moves it after ${newest.version}`,
          { file: m.files[0], version: m.version }
        )
      );
    }
  }
  return out;
}
function relativeTo(dir, file) {
  if (dir === ".") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}
function firstChangedLine(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

// src/engine/applied/applied.ts
function lockPathOf(dir) {
  return dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
}
async function lockTextAt(repo, ref, dir) {
  const path = lockPathOf(dir);
  const text = await repo.show(ref, path);
  if (text?.startsWith(`tree ${ref}:${path}

`)) {
    throw new LockstepError(
      "io",
      `${path} is a directory in ${ref === "" ? "the index" : ref}, not a lock file; remove or rename the directory (git rm -r --cached ${path}), then run lockstep lock`
    );
  }
  return text;
}
var hashOfText = (file) => hashText(file.text);
function hashOfBlob(hashes) {
  return (file) => hashes.of(file.text, file.blob);
}
function lockParser() {
  const parsed = /* @__PURE__ */ new Map();
  return (text) => {
    let result = parsed.get(text);
    if (!result) {
      result = parseLockFile(text);
      parsed.set(text, result);
    }
    return result;
  };
}
async function appliedAt(repo, ref, spec, cwd, parse = parseLockFile, hashOf = hashOfText) {
  const applied = { entries: [], texts: /* @__PURE__ */ new Map() };
  if (!ref) return applied;
  const lockText = await lockTextAt(repo, ref, repo.pathOf(spec.dir));
  if (lockText !== void 0) {
    applied.lock = parse(lockText).lock;
    applied.entries = applied.lock.entries;
    return applied;
  }
  const { files, set } = await readDatabase(spec, cwd, { at: "git", repo, ref });
  applied.entries = lockEntries(set, files, hashOf);
  for (const f of files) if (f.text !== void 0) applied.texts.set(f.rel, f.text);
  return applied;
}
function lockEntries(set, files, hashOf = hashOfText) {
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  const entries = [];
  for (const m of set.migrations) {
    for (const display of m.files) {
      const f = byDisplay.get(display);
      if (f?.text !== void 0)
        entries.push({ version: m.version, path: f.rel, hash: hashOf(f) });
    }
  }
  return entries;
}
async function frozenFindings(input) {
  const { repo, applied, appliedRef, dir } = input;
  const hashOf = input.hashOf ?? hashOfText;
  const staged = new Map(input.files.map((f) => [f.rel, f.text]));
  const stagedHashes = /* @__PURE__ */ new Map();
  for (const f of input.files)
    if (f.text !== void 0) stagedHashes.set(f.rel, hashOf(f));
  for (const entry of applied.entries) {
    const text = staged.get(entry.path);
    if (!appliedRef || text === void 0 || applied.texts.has(entry.path) || stagedHashes.get(entry.path) === entry.hash)
      continue;
    const before = await repo.show(appliedRef, dir === "" ? entry.path : `${dir}/${entry.path}`);
    if (before !== void 0)
      applied.texts.set(entry.path, before.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"));
  }
  return [
    ...checkFrozen({
      dir: input.shownDir,
      lockFile: input.shownLock,
      frozen: applied.entries,
      known: input.known,
      frozenText: (path) => applied.texts.get(path),
      staged,
      stagedHashes,
      set: input.set,
      baseLock: applied.lock,
      stagedLock: input.lock
    })
  ];
}
async function knownPaths(repo, ref, dir, lock) {
  const known = new Set((lock?.entries ?? []).map((e) => e.path));
  if (!await repo.commitOf(ref)) return known;
  for (const e of await repo.treeEntries(ref, dir))
    known.add(dir === "" ? e.path : e.path.slice(dir.length + 1));
  return known;
}

// src/engine/applied/lock.ts
function expectedLock(read) {
  const { files, set } = read;
  const readable = new Set(files.filter((f) => f.text !== void 0).map((f) => f.display));
  const skipped = set.migrations.flatMap((m) => m.files).filter((display) => !readable.has(display));
  return { lock: { entries: lockEntries(set, files), amendments: [] }, skipped };
}
async function refreshLock(spec, cwd) {
  const file = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  if (readLockText(spec.dir, file) === void 0) return void 0;
  const { lock } = expectedLock(await readDatabase(spec, cwd, DISK));
  const status = await withLockFileLock(spec.dir, file, [], () => writeLock(spec, file, lock, void 0, []));
  return status === "written" ? file : void 0;
}
var MAX_REASON = 2e3;
async function runLock(req) {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  if (req.amend && req.amend.reason.length > MAX_REASON) {
    throw new LockstepError(
      "usage",
      `--reason is ${req.amend.reason.length} characters; say why in at most ${MAX_REASON}`
    );
  }
  const results = [];
  const submodules = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const file = shownPath(req.cwd, `${spec.dir}/${LOCK_FILE}`);
    const { lock, skipped } = expectedLock(await readDatabase(spec, req.cwd, { at: "disk", submodules }));
    if (req.check) {
      const text = readLockText(spec.dir, file);
      results.push({
        database: spec.name,
        file,
        status: "checked",
        findings: staleness(file, lock, text),
        skipped
      });
      continue;
    }
    const status = await withLockFileLock(
      spec.dir,
      file,
      notes,
      () => writeLock(spec, file, lock, req.amend, notes)
    );
    results.push({ database: spec.name, file, status, findings: [], skipped });
  }
  notes.push(...submoduleNotes(req.cwd, void 0, submodules));
  return { results, notes };
}
function writeLock(spec, file, lock, amend, notes) {
  const text = readLockText(spec.dir, file);
  const current = text === void 0 ? void 0 : parseLockFile(text);
  const versions = new Set(lock.entries.map((e) => e.version));
  lock.amendments = (current?.lock.amendments ?? []).filter((a) => versions.has(a.version));
  if (amend) {
    const { version, reason } = amend;
    if (!versions.has(version)) {
      throw new LockstepError(
        "usage",
        `--amend ${version}: no migration in ${file.replace(`/${LOCK_FILE}`, "/")} has that version`
      );
    }
    lock.amendments = [...lock.amendments.filter((a) => a.version !== version), { version, reason }];
  }
  const wanted = renderLockFile(lock);
  if (text !== void 0 && normalizeLockText(text) === wanted) return "unchanged";
  for (const p of current?.problems ?? []) {
    if (p.kind === "sum") continue;
    const lost = p.kind === "amendment" ? `; its amendment is dropped: record it again with lockstep lock --amend ${p.version ?? "VERSION"} --reason "\u2026"` : "";
    notes.push(`${file} ${p.message}; written again without it${lost}`);
  }
  writeLockText(spec.dir, file, wanted);
  return "written";
}
function lockProblemFindings(file, problems, applied = []) {
  const paths = new Set(applied.map((e) => e.path));
  const versions = new Set(applied.map((e) => e.version));
  return problems.map((p) => {
    const where = { file, line: p.line, version: p.version };
    const hit = p.kind === "amendment" ? p.version !== void 0 && versions.has(p.version) : p.path !== void 0 && paths.has(p.path);
    if (hit) {
      const what = p.kind === "amendment" ? `an amendment of applied version ${p.version}` : `the line of applied migration ${p.path}`;
      return finding(
        "lockfile-tampered",
        `${file} ${p.message}; it is ${what}, so it is reported as tampered, not merely stale: run \`lockstep lock\` to write it again from the files, check the diff of ${file} before committing it`,
        where
      );
    }
    return finding(
      "lockfile-stale",
      `${file} ${p.message}; lockstep writes this line itself, so it is only stale: run \`lockstep lock\` and commit ${file}`,
      where
    );
  });
}
function staleness(file, expected, text, current = text === void 0 ? void 0 : parseLockFile(text), applied = []) {
  const stale = (message, extra = {}) => finding("lockfile-stale", `${message}; run \`lockstep lock\` and commit ${file}`, { file, ...extra });
  if (text === void 0 || !current) return [stale(`${file} does not exist`)];
  const out = lockProblemFindings(file, current.problems, applied);
  const lineOf = (path) => current.lock.entries.findIndex((e) => e.path === path) + 2;
  for (const d of compareLock(expected, current.lock)) {
    const { version, path } = d.entry;
    if (d.kind === "missing") out.push(stale(`${path} (version ${version}) is not in ${file}`, { version }));
    else if (d.kind === "extra")
      out.push(
        stale(`${file} lists ${path}, which is no longer a migration here`, { version, line: lineOf(path) })
      );
    else if (d.kind === "changed")
      out.push(stale(`${path} changed since ${file} was written`, { version, line: lineOf(path) }));
    else
      out.push(
        stale(
          `${file} lists the migrations in another order than their tool applies them (first at ${path})`,
          { version, line: lineOf(path) }
        )
      );
  }
  return out;
}

export {
  readLockText,
  writeLockText,
  withLockFileLock,
  lockPathOf,
  lockTextAt,
  hashOfBlob,
  lockParser,
  appliedAt,
  lockEntries,
  frozenFindings,
  knownPaths,
  refreshLock,
  runLock,
  lockProblemFindings,
  staleness
};
