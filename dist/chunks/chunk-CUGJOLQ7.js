import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/core/layouts/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
  let decoded = decodedBytes.get(bytes);
  if (!decoded) {
    decoded = decode(bytes);
    decodedBytes.set(bytes, decoded);
  }
  return decoded;
}
var decodedBytes = /* @__PURE__ */ new WeakMap();
function decode(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { unreadable: `it contains a NUL byte at offset ${nul}, so it looks binary` };
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  let text;
  try {
    text = utf8.decode(bytes.subarray(start));
  } catch {
    return {
      unreadable: `it is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes, start)})`
    };
  }
  return { text: text.replace(/\r\n/g, "\n") };
}
function firstInvalidByte(bytes, start) {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const width = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (width === 0) return i;
    for (let k = 1; k < width; k++) {
      const next = bytes[i + k];
      if (next === void 0 || (next & 192) !== 128) return i;
    }
    i += width;
  }
  return i;
}

// src/adapters/repo-files.ts
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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

// src/adapters/regular-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
function readRegularBytes(path, maxBytes, { noFollow = false } = {}) {
  const before = lstatOrUndefined(path);
  if (before && !before.isFile() && !(before.isSymbolicLink() && !noFollow))
    return { ok: false, why: "not-file", info: before };
  let fd;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? constants.O_NOFOLLOW ?? 0 : 0)
    );
  } catch (cause) {
    const code = cause.code ?? "error";
    if (code === "ENOENT") return { ok: false, why: "missing" };
    const info = lstatOrUndefined(path);
    if (info && !info.isFile()) return { ok: false, why: "not-file", info };
    return { ok: false, why: "unreadable", code, cause };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, why: "not-file", info };
    if (info.size > maxBytes) return { ok: false, why: "too-big", size: info.size };
    const bytes = readUpTo(fd, maxBytes + 1);
    return bytes.length > maxBytes ? { ok: false, why: "too-big" } : { ok: true, bytes };
  } catch (cause) {
    return { ok: false, why: "unreadable", code: cause.code ?? "error", cause };
  } finally {
    closeSync(fd);
  }
}
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
function sizeText(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
function readUpTo(fd, limit) {
  const chunks = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
    let filled = 0;
    while (filled < chunk.length) {
      const n = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    if (filled > 0) chunks.push(chunk.subarray(0, filled));
    total += filled;
    if (filled < chunk.length) break;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}

// src/adapters/repo-files.ts
function repositoryTop(dir, cwd = dir) {
  const start = realOrSelf(resolve(dir));
  for (let at = start; ; at = dirname(at)) {
    if (lstatOrUndefined(join(at, ".git"))) return at;
    if (dirname(at) === at) break;
  }
  const project = realOrSelf(resolve(cwd));
  return isInside(project, start) ? project : start;
}
function resolveInRepo(top, base, key, path, shown = path) {
  const refuse = (why, fix) => {
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, ${why}; ${fix}`);
  };
  if (path.includes("\0")) refuse("which contains a NUL character", "fix the path");
  const lexical = resolve(realOrSelf(base), path);
  const real = realAsFarAsExists(lexical);
  if (inGitDir(top, lexical) || inGitDir(top, real))
    refuse("inside .git/, which lockstep never reads", "name a path in the repository's work tree");
  if (!isInside(top, real)) {
    const how = isInside(top, lexical) ? "a symlink to a place outside the repository" : "outside the repository";
    refuse(how, "lockstep reads only inside the repository: name a path there");
  }
  return real;
}
function readRegularText(abs, key, shown, maxBytes) {
  const fail = (why, cause) => {
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, ${why}`, { cause });
  };
  const read = readRegularBytes(abs, maxBytes);
  if (!read.ok) {
    const tooBig = `over the ${sizeText(maxBytes)} limit for a file lockstep reads; name the right file`;
    if (read.why === "missing") return fail("which does not exist; fix the path");
    if (read.why === "not-file")
      return fail(`${kindOf(read.info)}, not a regular file; name a regular text file`);
    if (read.why === "too-big")
      return fail(read.size === void 0 ? tooBig : `${sizeText(read.size)}, ${tooBig}`);
    return fail(`which cannot be read (${read.code}); fix the path or the file's permissions`, read.cause);
  }
  const decoded = decodeText(read.bytes);
  if (decoded.text === void 0) return fail(`not text: ${decoded.unreadable}; save it as UTF-8 text`);
  return decoded.text;
}
function requireRegularFile(abs, key, shown) {
  const info = lstatOrUndefined(abs);
  if (!info)
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, which does not exist; fix the path`);
  if (!info.isFile())
    throw new LockstepError(
      "config",
      `${key} is ${quotePath(shown)}, ${kindOf(info)}, not a regular file; name a regular file`
    );
}
function quotePath(path) {
  return `"${excerpt(path)}"`;
}
function isInside(top, target) {
  const rel = relative(top, target);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function inGitDir(top, target) {
  if (!isInside(top, target)) return false;
  return relative(top, target).split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function realAsFarAsExists(path) {
  const rest = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return path;
      rest.push(basename(at));
    }
  }
}

export {
  excerpt,
  boundedMessage,
  bound,
  decodeText,
  readRegularBytes,
  kindOf,
  sizeText,
  readUpTo,
  lstatOrUndefined,
  repositoryTop,
  resolveInRepo,
  readRegularText,
  requireRegularFile,
  isInside
};
