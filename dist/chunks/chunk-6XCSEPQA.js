import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LockstepError,
  closest
} from "./chunk-DFXCLHQK.js";
import {
  excerpt
} from "./chunk-Z27VCTDF.js";

// src/core/layouts/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
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

// src/engine/workspace/config.ts
import { basename as basename2, dirname as dirname2, relative as relative2, resolve as resolve2 } from "node:path";

// src/adapters/repo-files.ts
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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
    const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
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

// src/core/layouts/match-bounds.ts
var MAX_UNBOUNDED = 3;
var MAX_STARS = 3;
var MAX_GLOBSTARS = 3;
function regexHazard(source) {
  const stack = [{ ambiguous: false }];
  let last = "none";
  let unbounded = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k" && source[i + 2] === "<")
        return "has a backreference (\\1, \\k<name>), which can take exponential time; match the text again explicitly";
      i += /[pPu]/.test(next) && source[i + 2] === "{" ? source.indexOf("}", i) + 1 || source.length : 2;
      last = "atom";
      continue;
    }
    if (c === "[") {
      i = classEnd(source, i);
      last = "atom";
      continue;
    }
    if (c === "(") {
      stack.push({ ambiguous: false });
      i += groupPrefix(source, i);
      last = "none";
      continue;
    }
    if (c === ")") {
      const group = stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return void 0;
      if (group.ambiguous) parent.ambiguous = true;
      last = group;
      i++;
      continue;
    }
    if (c === "|") {
      top.ambiguous = true;
      last = "none";
      i++;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (typeof last === "object" && quantifier.max > 1 && last.ambiguous)
        return `repeats a group that holds a quantifier or an alternation (near "${source.slice(0, i + quantifier.length).slice(-30)}"), which can take exponential time on a long name; use a character class instead, such as [\\d.]+ or [a-z_]+`;
      if (quantifier.max === Number.POSITIVE_INFINITY) unbounded++;
      if (unbounded > MAX_UNBOUNDED)
        return `has more than ${MAX_UNBOUNDED} unbounded quantifiers (*, +, {n,}), whose matching time multiplies on a long name; anchor the parts with literal text or character classes of fixed length`;
      top.ambiguous = true;
      i += quantifier.length;
      last = "none";
      continue;
    }
    last = "atom";
    i++;
  }
  return void 0;
}
function classEnd(source, start) {
  let i = start + 1;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}
function groupPrefix(source, i) {
  if (source[i + 1] !== "?") return 1;
  if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
    const end = source.indexOf(">", i);
    return end === -1 ? 1 : end - i + 1;
  }
  return source[i + 2] === "<" ? 4 : 3;
}
function quantifierAt(source, i) {
  const c = source[i];
  let max;
  let length = 1;
  if (c === "*" || c === "+") max = Number.POSITIVE_INFINITY;
  else if (c === "?") max = 1;
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!m) return void 0;
    max = m[2] === void 0 ? Number(m[1]) : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    length = m[0].length;
  } else return void 0;
  if (source[i + length] === "?") length++;
  return { max, length };
}
function globHazard(glob) {
  const segments = glob.split("/");
  if (segments.filter((s) => s === "**").length > MAX_GLOBSTARS)
    return `has more than ${MAX_GLOBSTARS} ** segments, whose matching time multiplies on a deep path`;
  for (const segment of segments) {
    if (segment === "**") continue;
    const stars = segment.replace(/\\./g, "").split("*").length - 1;
    if (stars > MAX_STARS)
      return `has ${stars} wildcards in the segment "${segment.slice(0, 40)}" (at most ${MAX_STARS}), whose matching time multiplies on a long name; match fewer parts of the name`;
    if (/[*+@!?]\([^)]*[*+?@!]/.test(segment.replace(/\\./g, "")))
      return `nests a wildcard inside a repeating extglob in "${segment.slice(0, 40)}", which can take exponential time; list the names instead`;
  }
  return void 0;
}

// src/engine/workspace/config.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var CONFIG_FILE = "lockstep.config.json";
function guessesFor(issue, keysAt) {
  if (issue.code !== "unrecognized_keys") return [];
  const valid = keysAt(issue.path);
  return issue.keys.flatMap((k) => {
    const guess = closest(k, valid);
    return guess ? [issue.keys.length === 1 ? `"${guess}"` : `"${guess}" for "${k}"`] : [];
  });
}
function describeIssue(issue, keysAt) {
  const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in ${key}` : "";
    const unknown = `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}${where}`;
    const guesses = guessesFor(issue, keysAt);
    if (guesses.length > 0)
      return `${unknown}; did you mean ${guesses.join(", ")}? Fix it, or see the README's config reference`;
    return `${unknown}; fix the key or see the README's config reference`;
  }
  return `"${key}": ${issue.message}; fix the key or see the README's config reference`;
}
async function loadConfig(path, cwd) {
  const file = relative2(cwd, path) || path;
  const root = dirname2(resolve2(path));
  const top = repositoryTop(root, cwd);
  const real = resolveInRepo(top, root, "the config", basename2(path), file);
  const text = readRegularText(real, "the config", file, MAX_CONFIG_BYTES);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError("config", `config ${file} is not valid JSON: ${cause.message}`, {
      cause
    });
  }
  const { configSchema, keysAt } = await import("./config-schema-JWDWIMZC.js");
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const first = issues.find((issue) => guessesFor(issue, keysAt).length > 0) ?? issues[0];
    const detail = first ? describeIssue(first, keysAt) : "invalid; see the README's config reference";
    throw new LockstepError("config", `config ${file}: ${detail}`, { cause: parsed.error });
  }
  const names = /* @__PURE__ */ new Set();
  for (const db of parsed.data.databases) {
    if (names.has(db.name)) {
      throw new LockstepError(
        "config",
        `config ${file}: database name "${db.name}" is used twice; names must be unique`
      );
    }
    names.add(db.name);
    if (db.timeout === void 0 && parsed.data.timeout !== void 0) db.timeout = parsed.data.timeout;
  }
  for (const [i, db] of parsed.data.databases.entries()) {
    const problem = patternProblem(db);
    if (problem) throw new LockstepError("config", `config ${file}: "databases.${i}.${problem}`);
  }
  return { config: parsed.data, file, root, top };
}
function patternProblem(db) {
  if (db.pattern === void 0) {
    if (db.layout === "pattern")
      return 'layout": "pattern" needs a "pattern" key: a file-name regex with named groups version, name and direction';
    return excludeProblem(db);
  }
  try {
    new RegExp(db.pattern);
  } catch (error) {
    return `pattern" is not a valid regular expression (${error.message}); fix it`;
  }
  if (!db.pattern.includes("(?<version>"))
    return 'pattern" has no named group (?<version>\u2026); add one around the version digits';
  const hazard = regexHazard(db.pattern);
  if (hazard) return `pattern" ${hazard}`;
  return excludeProblem(db);
}
function excludeProblem(db) {
  for (const [j, glob] of (db.exclude ?? []).entries()) {
    const risk = globHazard(glob);
    if (risk) return `exclude.${j}" (${JSON.stringify(glob.slice(0, 80))}) ${risk}`;
  }
  return void 0;
}

// src/engine/workspace/databases.ts
import { existsSync, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join3, relative as relative4, resolve as resolve3 } from "node:path";

// src/adapters/file-source.ts
import { lstatSync as lstatSync2, readdirSync, readFileSync, realpathSync as realpathSync2, statSync } from "node:fs";
import { join as join2, relative as relative3, sep as sep2 } from "node:path";
var MAX_FILE_BYTES = 32 * 1024 * 1024;
function toPosix(path) {
  return sep2 === "/" ? path : path.split(sep2).join("/");
}
function intoGitDir(root, target) {
  return isInside(root, target) && relative3(root, target).split(sep2).some((p) => p.toLowerCase() === ".git");
}
async function readSourceFiles(dir, cwd, submodules) {
  const shown = toPosix(relative3(cwd, dir) || ".");
  let root;
  try {
    const info = statSync(dir);
    if (!info.isDirectory())
      throw new LockstepError("io", `${shown} is not a directory; pass the migrations directory`);
    root = realpathSync2(dir);
  } catch (cause) {
    if (cause instanceof LockstepError) throw cause;
    throw new LockstepError(
      "io",
      `migrations directory ${shown} does not exist or cannot be read (${cause.code ?? "error"}); check the path`,
      { cause }
    );
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set([root]);
  walk(dir, { base: dir, root, cwd, submodules }, out, seen);
  out.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return out;
}
function walk(dir, ctx, out, seen) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    out.push(
      entryFor(dir, ctx, {
        unreadable: `directory cannot be read (${cause.code})`
      })
    );
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const path = join2(dir, entry.name);
    const link = entry.isSymbolicLink();
    let target = path;
    if (link) {
      try {
        target = realpathSync2(path);
      } catch {
        out.push(entryFor(path, ctx, { unreadable: "symlink whose target does not exist" }));
        continue;
      }
      if (intoGitDir(ctx.root, target)) {
        out.push(
          entryFor(path, ctx, { unreadable: "symlink into .git/ (refused: lockstep never reads it)" })
        );
        continue;
      }
      if (!isInside(ctx.root, target)) {
        out.push(
          entryFor(path, ctx, {
            unreadable: "symlink pointing outside the migrations directory (refused: replace it with the file itself)"
          })
        );
        continue;
      }
    }
    const info = lstatSync2(target, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      if (seen.has(target)) continue;
      seen.add(target);
      if (lstatSync2(join2(target, ".git"), { throwIfNoEntry: false })) {
        ctx.submodules?.add(toPosix(relative3(ctx.cwd, path)));
        continue;
      }
      walk(path, ctx, out, seen);
    } else if (info?.isFile()) {
      out.push(readOne(path, target, info.size, ctx));
    } else if (info) {
      out.push(entryFor(path, ctx, { unreadable: `${kindOf(info)}, not a regular file` }));
    }
  }
}
function readOne(path, target, size, ctx) {
  if (size > MAX_FILE_BYTES) {
    return entryFor(path, ctx, {
      unreadable: `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a migration`
    });
  }
  try {
    const bytes = readFileSync(target);
    return entryFor(path, ctx, decodeText(bytes));
  } catch (cause) {
    return entryFor(path, ctx, {
      unreadable: `cannot be read (${cause.code ?? "error"})`
    });
  }
}
function entryFor(path, ctx, content) {
  const rel = toPosix(relative3(ctx.base, path));
  const display = toPosix(relative3(ctx.cwd, path));
  return { rel, display, ...content };
}

// src/core/layouts/dialects.ts
var SQLITE = /* @__PURE__ */ new Set(["sqlite", "sqlite3", "libsql", "turso"]);
var OTHERS = /* @__PURE__ */ new Set([
  "postgres",
  "postgresql",
  "pg",
  "pgsql",
  "mysql",
  "mariadb",
  "mssql",
  "sqlserver",
  "oracle",
  "cockroach",
  "cockroachdb"
]);
function splitByDialect(children) {
  const sqlite = children.filter((name) => SQLITE.has(name.toLowerCase())).sort();
  const others = children.filter((name) => OTHERS.has(name.toLowerCase())).sort();
  if (sqlite.length === 1 && others.length > 0) return { kind: "sqlite", dir: sqlite[0], others };
  if (sqlite.length === 0 && others.length > 0 && others.length === children.length)
    return { kind: "other-only", others };
  return { kind: "none" };
}

// src/engine/replay/functions-module.ts
import { pathToFileURL } from "node:url";
async function importFunctions(abs, where) {
  let mod;
  try {
    mod = await import(pathToFileURL(abs).href);
  } catch (cause) {
    throw new LockstepError(
      "config",
      `${where} cannot be loaded: it threw ${describeThrown(cause)}; fix the module`,
      {
        cause
      }
    );
  }
  const exported = mod.default;
  if (!exported || typeof exported !== "object") {
    throw new LockstepError(
      "config",
      `${where} must export default an object mapping SQL function names to functions`
    );
  }
  const out = {};
  for (const [name, fn] of Object.entries(exported)) {
    if (typeof fn !== "function") {
      throw new LockstepError("config", `${where}: "${name}" is not a function`);
    }
    out[name] = guarded(name, fn, where);
  }
  return out;
}
function guarded(name, fn, where) {
  const label = `SQL function ${name}() of the ${where.replace(/^database "[^"]*": /, "")}`;
  const wrapper = (...args) => {
    let result;
    try {
      result = fn(...args);
    } catch (error) {
      throw `${label} threw ${describeThrown(error)}`;
    }
    const problem = unsupported(result);
    if (problem)
      throw `${label} returned ${problem}; return a number, a string, a boolean, null or a Uint8Array`;
    return result;
  };
  Object.defineProperty(wrapper, "length", { value: fn.length });
  return wrapper;
}
function unsupported(value) {
  if (value === null) return void 0;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return void 0;
    case "undefined":
      return void 0;
    case "bigint":
      return `a bigint (${value}n)`;
    case "object":
      if (value instanceof Uint8Array) return void 0;
      if (typeof value.then === "function")
        return "a Promise (SQL functions run synchronously: an async function cannot be one)";
      return `an object (${Object.prototype.toString.call(value)})`;
    default:
      return `a ${typeof value}`;
  }
}
function describeThrown(thrown) {
  if (thrown instanceof Error) return quoted(`${thrown.name}: ${thrown.message}`);
  let text;
  try {
    text = typeof thrown === "string" ? thrown : JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = String(thrown);
  }
  return `${quoted(text)} (a ${thrown === null ? "null" : typeof thrown}, not an Error)`;
}
function quoted(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return `"${line.length > 200 ? `${line.slice(0, 199)}\u2026` : line}"`;
}

// src/engine/workspace/databases.ts
var COMMON_LOCATIONS = [
  "migrations",
  "db/migrations",
  "prisma/migrations",
  "drizzle",
  "migrations/sqlite",
  "db/migrate",
  "database/migrations",
  "sql/migrations",
  "supabase/migrations",
  "src/migrations"
];
function locationDir(root, location) {
  const dir = resolve3(root, location);
  if (!existsSync(dir) || !statSync2(dir).isDirectory()) return void 0;
  const children = readdirSync2(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const split = splitByDialect(children);
  if (split.kind === "other-only") return void 0;
  if (split.kind === "none") return { dir, shown: location };
  const shown = `${location}/${split.dir}`;
  const others = split.others.map((o) => `${location}/${o}/`).join(", ");
  return {
    dir: join3(dir, split.dir),
    shown,
    why: `${location}/ holds one directory per SQL dialect: ${shown}/ is SQLite's, ${others} another dialect's, not replayed`
  };
}
async function resolveDatabases(req) {
  const notes = [];
  const configFile = req.configPath ? resolve3(req.cwd, req.configPath) : resolve3(req.cwd, CONFIG_FILE);
  const config = req.configPath || existsSync(configFile) ? await loadConfig(configFile, req.cwd) : void 0;
  if (req.db && req.dir) {
    throw new LockstepError("usage", `give a directory or --db ${req.db}, not both`);
  }
  if (req.db && !config) {
    throw new LockstepError(
      "usage",
      `--db ${req.db} names a database of ${CONFIG_FILE}, and there is none here; give the migrations directory instead, or --config FILE`
    );
  }
  if (req.dir) {
    const dir = resolve3(req.cwd, req.dir);
    const fromConfig = config?.config.databases.find((d) => resolve3(config.root, d.dir) === dir);
    if (config && fromConfig) checkedPaths(config, fromConfig);
    const dbConfig = fromConfig ?? { name: "default", dir: req.dir };
    const root = config?.root ?? req.cwd;
    return {
      specs: [
        {
          name: dbConfig.name,
          dir,
          config: dbConfig,
          root,
          top: config?.top ?? repositoryTop(root, req.cwd)
        }
      ],
      config,
      notes
    };
  }
  if (config) {
    let databases = config.config.databases;
    if (req.db) {
      databases = databases.filter((d) => d.name === req.db);
      if (databases.length === 0) {
        const names = config.config.databases.map((d) => d.name).join(", ");
        throw new LockstepError("usage", `no database named "${req.db}" in ${config.file}; it has: ${names}`);
      }
    }
    return {
      specs: databases.map((d) => ({
        name: d.name,
        dir: checkedPaths(config, d),
        config: d,
        root: config.root,
        top: config.top
      })),
      config,
      notes
    };
  }
  const { detectLayout } = await import("./detect-P5QIS2UU.js");
  for (const candidate of COMMON_LOCATIONS) {
    const location = locationDir(req.cwd, candidate);
    if (!location) continue;
    const { dir } = location;
    const detected = detectLayout(await readSourceFiles(dir, req.cwd));
    if (!detected) continue;
    notes.push(
      `no ${CONFIG_FILE} and no directory given: using ${location.shown}/ (${location.why ? `${location.why}; ` : ""}${detected.layout}: ${detected.reason})`
    );
    return {
      specs: [
        {
          name: "default",
          dir,
          config: { name: "default", dir: location.shown },
          detected,
          root: req.cwd,
          top: repositoryTop(req.cwd, req.cwd)
        }
      ],
      notes
    };
  }
  throw new LockstepError(
    "usage",
    `no migrations found: no ${CONFIG_FILE}, no directory given, and none of ${COMMON_LOCATIONS.map((l) => `${l}/`).join(", ")} holds migrations; run \`lockstep replay DIR\``
  );
}
function shownPath(cwd, abs) {
  return (relative4(cwd, abs) || ".").split("\\").join("/");
}
function shownFrom(root, cwd, path) {
  const abs = isAbsolute2(path) ? path : resolve3(root, path);
  return relative4(cwd, abs).split("\\").join("/");
}
function checkedPaths(config, db) {
  for (const key of ["order", "baseline", "functions"]) {
    const path = db[key];
    if (path !== void 0) resolveInRepo(config.top, config.root, keyOf(db.name, key), path);
  }
  return resolveInRepo(config.top, config.root, keyOf(db.name, "dir"), db.dir);
}
function keyOf(name, key) {
  return `database "${name}": "${key}"`;
}
function configPath(spec, key, path) {
  return resolveInRepo(spec.top, spec.root, keyOf(spec.name, key), path);
}
async function loadFunctions(spec, cwd) {
  if (!spec.config.functions) return void 0;
  const abs = spec.functionsCopy ?? configPath(spec, "functions", spec.config.functions);
  requireRegularFile(abs, keyOf(spec.name, "functions"), spec.config.functions);
  const where = `database "${spec.name}": "functions" module ${shownFrom(spec.root, cwd, spec.config.functions)}`;
  return importFunctions(abs, where);
}
function makeRewrite(spec) {
  const replacements = spec.config.replacements;
  if (!replacements || replacements.length === 0) return void 0;
  return (sql) => replacements.reduce((text, r) => text.split(r.from).join(r.to), sql);
}

export {
  readRegularBytes,
  kindOf,
  sizeText,
  lstatOrUndefined,
  decodeText,
  repositoryTop,
  resolveInRepo,
  readRegularText,
  MAX_FILE_BYTES,
  readSourceFiles,
  describeThrown,
  CONFIG_FILE,
  COMMON_LOCATIONS,
  locationDir,
  resolveDatabases,
  shownPath,
  shownFrom,
  keyOf,
  configPath,
  loadFunctions,
  makeRewrite
};
