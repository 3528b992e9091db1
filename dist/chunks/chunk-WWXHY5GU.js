import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  closest
} from "./chunk-UJ4G5TDP.js";
import {
  readRegularText,
  repositoryTop,
  requireRegularFile,
  resolveInRepo
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/workspace/config.ts
import { basename, dirname, relative, resolve } from "node:path";

// src/core/layouts/match-bounds.ts
var MAX_UNBOUNDED = 3;
var MAX_STARS = 3;
var MAX_GLOBSTARS = 3;
function regexHazard(source) {
  const stack = [{ ambiguous: false }];
  let last = "none";
  let digits = false;
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
      digits = next === "d";
      continue;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      digits = source.slice(i, end) === "[0-9]";
      i = end;
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
      const ended = last === "atom" && digits && endsDigits(source, i + quantifier.length);
      if (quantifier.max === Number.POSITIVE_INFINITY && !ended) unbounded++;
      if (unbounded > MAX_UNBOUNDED)
        return `has more than ${MAX_UNBOUNDED} unbounded quantifiers (*, +, {n,}), whose matching time multiplies on a long name; anchor the parts with literal text or character classes of fixed length`;
      top.ambiguous = true;
      i += quantifier.length;
      last = "none";
      continue;
    }
    last = "atom";
    digits = false;
    i++;
  }
  return void 0;
}
function endsDigits(source, i) {
  const c = source[i];
  if (c === void 0 || /[\d.()[\]|*+?{}^$]/.test(c)) return false;
  if (c !== "\\") return true;
  const next = source[i + 1] ?? "";
  return next !== "" && !/[\dwWdDsSbBpPux0-9ckn]/.test(next);
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
  const file = relative(cwd, path) || path;
  const root = dirname(resolve(path));
  const top = repositoryTop(root, cwd);
  const real = resolveInRepo(top, root, "the config", basename(path), file);
  const text = readRegularText(real, "the config", file, MAX_CONFIG_BYTES);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError("config", `config ${file} is not valid JSON: ${cause.message}`, {
      cause
    });
  }
  const { configSchema, keysAt } = await import("./config-schema-VUA6KPZM.js");
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
    if (db.sqlite === void 0 && parsed.data.sqlite !== void 0) db.sqlite = parsed.data.sqlite;
    if (db.data === void 0 && parsed.data.data !== void 0) db.data = parsed.data.data;
    if (db.idempotent === void 0 && parsed.data.idempotent !== void 0)
      db.idempotent = parsed.data.idempotent;
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
import { existsSync } from "node:fs";
import { isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";

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
async function resolveDatabases(req, configured, keep) {
  const notes = [];
  const configFile = req.configPath ? resolve2(req.cwd, req.configPath) : resolve2(req.cwd, CONFIG_FILE);
  const config = req.configPath || existsSync(configFile) ? await loadConfig(configFile, req.cwd) : void 0;
  await configured?.(config);
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
    const dir = resolve2(req.cwd, req.dir);
    const fromConfig = config?.config.databases.find((d) => resolve2(config.root, d.dir) === dir);
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
  const { discoverSets } = await import("./discover-4TS5IC7S.js");
  const found = await discoverSets(req.cwd, req.env, keep);
  if (found.sets.length === 0)
    throw new LockstepError(
      "usage",
      `no migrations found: no ${CONFIG_FILE}, no directory given, and searching ${found.searched} found none lockstep replays${found.passed.length > 0 ? ` (${found.passed.join("; ")})` : ""}; run \`lockstep replay DIR\`, or lockstep init DIR to write a config`
    );
  const single = found.sets.length === 1;
  notes.push(
    `no ${CONFIG_FILE} and no directory given: ${single ? "using" : `replaying ${found.sets.length} sets:`} ${found.sets.map((s) => `${s.dir}/ (${s.layout}: ${s.reason})`).join("; ")}`,
    ...found.passed.map((p) => `not replayed: ${p}`)
  );
  return {
    specs: found.sets.map((set) => {
      const name = single ? "default" : set.name;
      return {
        name,
        dir: resolve2(req.cwd, set.dir),
        config: { name, dir: set.dir, layout: set.layout },
        detected: { layout: set.layout, reason: set.reason },
        root: req.cwd,
        top: repositoryTop(req.cwd, req.cwd)
      };
    }),
    notes
  };
}
function shownPath(cwd, abs) {
  return (relative2(cwd, abs) || ".").split("\\").join("/");
}
function shownFrom(root, cwd, path) {
  const abs = isAbsolute(path) ? path : resolve2(root, path);
  return relative2(cwd, abs).split("\\").join("/");
}
function checkedPaths(config, db) {
  for (const key of ["order", "baseline", "functions"]) {
    const path = db[key];
    if (path !== void 0) resolveInRepo(config.top, config.root, keyOf(db.name, key), path);
  }
  for (const seed of db.seed ?? []) resolveInRepo(config.top, config.root, keyOf(db.name, "seed"), seed.file);
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

// src/core/digest.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
function digestOf(algorithm, data, encoding) {
  return oneShot ? oneShot(algorithm, data, encoding) : crypto.createHash(algorithm).update(data).digest(encoding);
}

export {
  describeThrown,
  CONFIG_FILE,
  resolveDatabases,
  shownPath,
  shownFrom,
  keyOf,
  configPath,
  loadFunctions,
  makeRewrite,
  digestOf
};
