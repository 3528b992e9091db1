import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  DEFAULT_TIMEOUT,
  prewarmThread,
  replayWatched,
  sourceBundle,
  withCompileCache
} from "./chunk-HNTKQ7MF.js";
import {
  loadBaseline,
  loadSeeds,
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  reportOk
} from "./chunk-GV6QPZO7.js";
import {
  submoduleNotes
} from "./chunk-ICBRVQAN.js";
import {
  cacheLocation
} from "./chunk-G2C637I4.js";
import {
  DataMode,
  cascadeFix,
  changesOf,
  checksDown,
  commandWords,
  countRows,
  describeRunner,
  fillPlaceholders,
  idempotentAdvice,
  idempotentMarkerLine,
  literalOf,
  markedIdempotent,
  newReport,
  onlyWithDataWords,
  resolveRunner,
  round,
  rowContents,
  rowIntent,
  runsTwice,
  scriptFor,
  sqlUpRows,
  stepValues,
  unknownPlaceholders
} from "./chunk-LR4K5SKU.js";
import {
  IntegrityChecker,
  PrefixCache,
  ReplayCache,
  SchemaReader,
  WHOLE_DATABASE,
  changedTables,
  columnOrderFinding,
  diffSchemas,
  downMismatch,
  executeScript,
  integrityFindings,
  isBlank,
  isColumnOrderOnly,
  isEmptyDiff,
  quoteIdent,
  quoteStatement,
  redoMismatch,
  schemaOf,
  serializeSchema,
  withoutTables
} from "./chunk-ODQ3WMNU.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  chooseEngine,
  loadEngine,
  queryRows,
  resolveEngine
} from "./chunk-FTWE2UU2.js";
import {
  foldCase
} from "./chunk-JCJLY7EN.js";
import {
  CONFIG_FILE,
  keyOf,
  loadFunctions,
  resolveDatabases,
  shownFrom,
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  closest
} from "./chunk-UJ4G5TDP.js";
import {
  TRACKING_TABLES,
  codeSpan,
  compareText,
  compareVersions,
  escapeRegExp,
  positionAt,
  toolOf
} from "./chunk-X7R4MUVV.js";
import {
  bound,
  lstatOrUndefined,
  readRegularText,
  repositoryTop,
  resolveInRepo
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  RULES,
  RULE_CATALOGUE,
  RULE_IDS,
  finding
} from "./chunk-J4JBNE5M.js";

// src/engine/replay/replay.ts
import { relative as relative2 } from "node:path";

// src/core/allow.ts
var MARKER = /(?:--|#|\/\/|\/\*+|^\s*\*)\s*lockstep:allow\b(.*)$/;
var BODY = /^\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s+"([^"]+)"\s*(?:\*\/\s*)?$/;
var REASON_LIMIT = 200;
function readAllowances(file) {
  const byRule = /* @__PURE__ */ new Map();
  const problems = [];
  const lines = file.text?.split("\n") ?? [];
  lines.forEach((text, index) => {
    const marker = MARKER.exec(text);
    if (!marker) return;
    const line = index + 1;
    const where = { file: file.display, line };
    const body = BODY.exec(marker[1] ?? "");
    if (!body) {
      problems.push(
        finding(
          "allow-invalid",
          `this lockstep:allow names no rule or gives no reason: write it as -- lockstep:allow RULE "why it is meant"; until then the findings it meant stay`,
          where
        )
      );
      return;
    }
    const reason = (body[2] ?? "").trim().slice(0, REASON_LIMIT);
    for (const name of (body[1] ?? "").split(",").map((n) => n.trim())) {
      const problem = ruleProblem(name);
      if (problem) problems.push(finding("allow-invalid", problem, where));
      else byRule.set(name, { reason, ...where });
    }
  });
  return { byRule, problems };
}
function ruleProblem(name) {
  if (!(name in RULE_CATALOGUE)) {
    const near = closest(name, RULE_IDS);
    return `lockstep:allow names "${name}", which is not a rule${near ? `; did you mean "${near}"?` : ""} (the README's rule table lists them); until then the findings it meant stay`;
  }
  if (!RULE_CATALOGUE[name].allow)
    return `${name} cannot be acknowledged in a file: it is about ${appliedOrShape(name)}; the README's rule table says what to do instead`;
  return void 0;
}
function appliedOrShape(rule) {
  if (rule.startsWith("locked-") || rule.startsWith("lockfile-") || rule === "out-of-order")
    return "migrations databases have applied (amend with `lockstep lock --amend` when every database has the change)";
  return "something that stops the replay or the tool itself";
}
function acknowledge(findings, set, files) {
  const texts = new Map(files.map((f) => [f.display, f]));
  const ofFile = /* @__PURE__ */ new Map();
  const ofVersion = /* @__PURE__ */ new Map();
  const problems = [];
  for (const m of set.migrations) {
    const merged = /* @__PURE__ */ new Map();
    for (const display of m.files) {
      const file = texts.get(display);
      if (!file?.text?.includes("lockstep:allow")) continue;
      const read = readAllowances(file);
      problems.push(...read.problems.map((p) => ({ ...p, version: m.version })));
      for (const [rule, a] of read.byRule) if (!merged.has(rule)) merged.set(rule, a);
    }
    if (merged.size === 0) continue;
    for (const display of m.files) ofFile.set(display, merged);
    ofVersion.set(m.version, merged);
  }
  if (ofVersion.size === 0) return [...findings, ...problems];
  const marked = findings.map((f) => {
    const own = (f.file === void 0 ? void 0 : ofFile.get(f.file)) ?? ofVersion.get(f.version ?? "");
    const allowance = own?.get(f.rule);
    return allowance && f.status === void 0 ? { ...f, status: "allowed", allowed: allowance } : f;
  });
  return [...marked, ...problems];
}

// src/core/known-findings.ts
import { createHash } from "node:crypto";
var KNOWN_FILE = "lockstep.known.json";
var FINGERPRINT_LENGTH = 16;
function fingerprint(database, dir, f) {
  const inDir = (text) => dir === "." || dir === "" ? text : text.split(`${dir}/`).join("");
  const subject = f.version ?? (f.file ? inDir(f.file) : "");
  const parts = [database, f.rule, subject, positionless(inDir(f.message))];
  return createHash("sha256").update(JSON.stringify(parts), "utf8").digest("hex").slice(0, FINGERPRINT_LENGTH);
}
function positionless(message) {
  return message.replace(/(?<=[\w.)\]"'`])(?::\d+){1,2}(?![\d.:])/g, "").replace(/\b(lines?|columns?)\s+\d+(?:\s*(?:-|–|,|and|to)\s*\d+)*/gi, "$1").replace(/\b\d+\s+(lines?)\b/gi, "$1");
}
function knownEntries(database, fileOf) {
  return database.findings.map((f) => ({
    database: database.name,
    rule: f.rule,
    ...f.version === void 0 ? {} : { version: f.version },
    ...f.file === void 0 ? {} : { file: fileOf(f.file) },
    fingerprint: fingerprint(database.name, database.dir, f),
    message: f.message
  }));
}
function compareEntries(a, b) {
  return compareText(a.database, b.database) || (a.version === void 0 ? -1 : 0) - (b.version === void 0 ? -1 : 0) || compareVersions(a.version ?? "", b.version ?? "") || compareText(a.version ?? "", b.version ?? "") || compareText(a.file ?? "", b.file ?? "") || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint);
}
function renderKnownFile(entries) {
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()].sort(compareEntries);
  const lines = unique.map(
    (e) => JSON.stringify({
      database: e.database,
      rule: e.rule,
      version: e.version,
      file: e.file,
      fingerprint: e.fingerprint,
      message: e.message
    })
  );
  const body = lines.length === 0 ? "[]" : `[
    ${lines.join(",\n    ")}
  ]`;
  return `{
  "version": 1,
  "findings": ${body}
}
`;
}
function parseKnownFile(text, shown) {
  const fail = (why) => {
    throw new LockstepError(
      "config",
      `${shown} ${why}; fix it, or write it again from the current findings with lockstep known --update`
    );
  };
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail("is not valid JSON");
  }
  const top = raw;
  if (!top || typeof top !== "object" || Array.isArray(top)) return fail("does not hold a JSON object");
  if (top.version !== 1)
    return fail(`has "version" ${JSON.stringify(top.version)}; this lockstep reads version 1`);
  if (!Array.isArray(top.findings)) return fail('has no "findings" list');
  return top.findings.map((item, i) => entryOf(item, (why) => fail(`: findings[${i}] ${why}`)));
}
function entryOf(item, fail) {
  const e = item;
  if (!e || typeof e !== "object" || Array.isArray(e)) return fail("is not an object");
  for (const key of ["database", "rule", "fingerprint", "message"])
    if (typeof e[key] !== "string") fail(`has no "${key}" string`);
  for (const key of ["version", "file"])
    if (e[key] !== void 0 && typeof e[key] !== "string") fail(`has a "${key}" that is not a string`);
  if (!Object.hasOwn(RULES, e.rule)) fail(`names no rule lockstep has ("${String(e.rule)}")`);
  return e;
}
function updateKnown(old, current, databases) {
  const inScope = (e) => databases === void 0 || databases.has(e.database);
  const now = new Map(current.map((e) => [e.fingerprint, e]));
  const before = new Map(old.map((e) => [e.fingerprint, e]));
  const kept = old.filter((e) => !inScope(e) || now.has(e.fingerprint));
  const added = [...now.values()].filter((e) => !before.has(e.fingerprint));
  const removed = old.filter((e) => inScope(e) && !now.has(e.fingerprint));
  return { entries: [...kept, ...added].sort(compareEntries), added, removed };
}

// src/core/set-aside.ts
var BRANCH_RULES = /* @__PURE__ */ new Set([
  "locked-modified",
  "locked-deleted",
  "locked-renamed",
  "locked-amended",
  "lockfile-stale",
  "lockfile-tampered",
  "out-of-order",
  "overlap"
]);
function setAside(db, ctx) {
  const byFile = /* @__PURE__ */ new Map();
  const byVersion = /* @__PURE__ */ new Map();
  for (const m of db.migrations) {
    for (const file of m.files) byFile.set(file, m);
    byVersion.set(m.version, [...byVersion.get(m.version) ?? [], m]);
  }
  const ofFinding = (f) => {
    const own = f.file === void 0 ? void 0 : byFile.get(f.file);
    if (own) return [own];
    return f.version === void 0 ? [] : byVersion.get(f.version) ?? [];
  };
  const { unchanged } = ctx;
  const onBase = (m) => unchanged !== void 0 && m.files.every((f) => unchanged.has(f));
  const notes = [];
  for (const f of db.findings) {
    if (unchanged && BRANCH_RULES.has(f.rule)) continue;
    const migrations = ofFinding(f);
    const base = migrations.length > 0 && migrations.every(onBase);
    if (f.status === "allowed") {
      if (base) f.status = "existing";
      continue;
    }
    const print = fingerprint(db.name, db.dir, f);
    if (ctx.known.has(print)) {
      const branchMade = unchanged !== void 0 && !base && migrations.length > 0;
      if (!branchMade || ctx.knownOnBase?.has(print)) {
        f.status = "known";
        continue;
      }
      notes.push(
        `${ctx.knownFile} lists the ${f.rule} finding of ${f.file ?? f.version}, but the base's ${ctx.knownFile} does not: a finding of a migration this branch adds or edits stays new even when the branch lists it; fix the migration`
      );
    }
    if (base) f.status = "existing";
  }
  return notes;
}

// src/engine/known/known-file.ts
import { dirname, join } from "node:path";
var MAX_KNOWN_BYTES = 16 * 1024 * 1024;
function knownPlace(root, cwd, top = repositoryTop(root, cwd)) {
  const path = join(root, KNOWN_FILE);
  return { path, shown: shownPath(cwd, path), top };
}
function readKnownFile(place) {
  if (!lstatOrUndefined(place.path)) return { entries: [], exists: false };
  const key = "the known findings file";
  const real = resolveInRepo(place.top, dirname(place.path), key, KNOWN_FILE, place.shown);
  const text = readRegularText(real, "the known findings file", place.shown, MAX_KNOWN_BYTES);
  return { entries: parseKnownFile(text, place.shown), exists: true, text };
}
async function knownAt(repo, ref, place) {
  const path = repo.pathOf(place.path);
  const text = await repo.show(ref, path);
  if (text === void 0) return [];
  if (text.startsWith(`tree ${ref}:${path}

`))
    throw new LockstepError(
      "config",
      `${place.shown} is a directory in ${ref}, not the known findings file; remove or rename it, then run lockstep known --update`
    );
  return parseKnownFile(text, `${place.shown} (in ${ref})`);
}
function writeKnownFile(place, entries) {
  try {
    writeFileAtomic(place.path, renderKnownFile(entries));
  } catch (cause) {
    const code = cause.code ?? "error";
    throw new LockstepError("io", `cannot write ${place.shown} (${code}); it was left as it was`, { cause });
  }
}

// src/engine/replay/cached-replay.ts
async function verifiedBefore(set, options, spec) {
  if (options.engine !== "native" || !options.cache || spec.config.functions || set.migrations.length === 0)
    return void 0;
  const engine = await resolveEngine("native");
  const verdicts = PrefixCache.open(set, options, engine, (m) => checksDown(m, options))?.wholeHistory();
  return verdicts && { ...verdicts, engine };
}

// src/engine/replay/replay-process.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var BOOT = 'process.once("message", (m) => import(m.url))';
var idle;
var starting;
function park(child) {
  child.unref();
  child.channel?.unref?.();
  idle = child;
}
function prewarmHost() {
  if (idle || starting) return;
  starting = startHost().then(park, () => void 0);
}
async function replayInProcess(job) {
  if (starting) await starting;
  starting = void 0;
  const child = idle ?? await startHost();
  idle = void 0;
  child.ref();
  const { onProgress, ...rest } = job;
  const fromSource = import.meta.url.endsWith(".ts");
  const request = {
    job: rest,
    workerUrl: fromSource ? (await sourceBundle("./replay-worker.ts")).href : void 0,
    progress: onProgress !== void 0
  };
  return new Promise((resolve2, reject) => {
    const done = (keep, outcome) => {
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (keep) park(child);
      else child.kill("SIGKILL");
      outcome();
    };
    const onMessage = (message) => {
      if (message.type === "progress") onProgress?.(message.done, message.total);
      else if (message.type === "done") {
        const result = message.result;
        done(!result.timedOut, () => resolve2({ ...result, schema: schemaOf(result.schema.objects) }));
      } else if (message.type === "fault")
        done(
          false,
          () => reject(
            message.kind === "internal" ? Object.assign(new Error(message.message), { stack: message.stack }) : new LockstepError(message.kind, message.message)
          )
        );
    };
    const onExit = (code, signal) => done(
      false,
      () => reject(
        new LockstepError(
          "internal",
          `the replay process stopped without a result (${signal ?? `exit code ${code}`})`
        )
      )
    );
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.send(request);
  });
}
async function startHost() {
  const here = import.meta.url;
  const fromSource = here.endsWith(".ts");
  let file;
  if (!fromSource) {
    for (const candidate of ["./replay-host.js", "../replay-host.js"]) {
      const path = fileURLToPath(new URL(candidate, here));
      if (existsSync(path)) file = path;
    }
    if (!file)
      throw new LockstepError("internal", "replay-host.js is missing beside the bundle; reinstall lockstep");
  }
  const args = file ? [file] : ["--input-type=module", "-e", BOOT];
  const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", ...args], {
    // Nothing the replay process prints is lockstep's output; its results come over the channel.
    stdio: ["ignore", "ignore", "ignore", "ipc"],
    env: withCompileCache(process.env),
    serialization: "advanced"
  });
  if (fromSource) child.send({ url: (await sourceBundle("./replay-host.ts")).href });
  await new Promise((resolve2, reject) => {
    const onMessage = (m) => {
      if (m.type !== "ready") return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve2();
    };
    const onExit = (code) => {
      child.off("message", onMessage);
      reject(new LockstepError("internal", `the replay process did not start (exit code ${code})`));
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
  return child;
}

// src/engine/replay/runner-database.ts
import { resolve } from "node:path";

// src/engine/replay/runner-replay.ts
import { existsSync as existsSync4, mkdirSync as mkdirSync3, mkdtempSync, rmSync as rmSync3, writeFileSync as writeFileSync4 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";

// src/engine/replay/runner-data.ts
import { existsSync as existsSync3, readFileSync as readFileSync3, writeFileSync as writeFileSync3 } from "node:fs";

// src/core/code-sql.ts
var SQL_START = /^\s*(?:create|drop|insert|delete|update|replace|alter|pragma|with|select)\b/i;
var HASH_COMMENTS = /\.(?:py|rb|sh|bash)$/i;
var HEREDOC = /<<[~-]?(["']?)([A-Z_][A-Z0-9_]*)\1/y;
function sqlInCode(text, file) {
  const hash = HASH_COMMENTS.test(file);
  const out = [];
  const keep = (start, end) => {
    const sql = plain(text.slice(start, end));
    if (SQL_START.test(sql)) out.push({ sql, ...positionAt(text, start) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (hash && c === "#" || !hash && c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (!hash && c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (c === "<") {
      HEREDOC.lastIndex = i;
      const heredoc = HEREDOC.exec(text);
      if (heredoc) {
        const bodyStart = text.indexOf("\n", i) + 1;
        const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*$`, "m");
        const rest = bodyStart > 0 ? text.slice(bodyStart) : "";
        const end = close.exec(rest);
        if (bodyStart > 0 && end) {
          keep(bodyStart, bodyStart + end.index);
          i = bodyStart + end.index + end[0].length;
          continue;
        }
      }
    }
    if (c === '"' || c === "'" || c === "`") {
      const triple = hash && text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = i + quote.length;
      const end = closing(text, start, quote);
      keep(start, end);
      i = end + quote.length;
      continue;
    }
    i++;
  }
  return out;
}
function closing(text, from, quote) {
  let i = from;
  while (i < text.length) {
    if (text[i] === "\\") {
      i += 2;
      continue;
    }
    if (text.startsWith(quote, i)) return i;
    if (quote.length === 1 && quote !== "`" && text[i] === "\n") return i;
    i++;
  }
  return text.length;
}
function plain(raw) {
  return raw.replace(/\\(.)/g, (_, ch) => ch === '"' || ch === "'" || ch === "`" ? ` ${ch}` : "  ");
}

// src/engine/replay/runner-file.ts
import { copyFileSync, existsSync as existsSync2, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2, relative } from "node:path";
function withFile(place, write, fn) {
  const db = openFile(place);
  try {
    for (const [name, f] of Object.entries(place.functions ?? {})) db.defineFunction(name, f);
    const result = fn(db);
    if (write) writeFileSync(place.db, db.export());
    return result;
  } finally {
    db.close();
  }
}
function openFile(place) {
  return existsSync2(place.db) ? place.engine.openBytes(readFileSync(place.db)) : place.engine.openMemory();
}
function readFileSchema(place) {
  const db = openFile(place);
  try {
    return withoutTables(new SchemaReader(db).read(), place.runner.tables);
  } finally {
    db.close();
  }
}
function inspectFile(place) {
  const db = openFile(place);
  try {
    const schema = withoutTables(new SchemaReader(db).read(), place.runner.tables);
    return { schema, problems: new IntegrityChecker(db).check(WHOLE_DATABASE) };
  } finally {
    db.close();
  }
}
function keepCopy(place, copy) {
  if (existsSync2(place.db)) copyFileSync(place.db, copy);
  else rmSync(copy, { force: true });
}
function restoreCopy(place, copy) {
  if (!existsSync2(copy)) {
    clearFile(place);
    return;
  }
  removeJournals(place);
  copyFileSync(copy, place.db);
}
function clearFile(place) {
  removeJournals(place);
  rmSync(place.db, { force: true });
}
function removeJournals(place) {
  for (const suffix of ["-journal", "-wal", "-shm"]) rmSync(`${place.db}${suffix}`, { force: true });
}
function stageFiles(place, migration) {
  if (place.dir === place.source) return;
  for (const display of migration.files) {
    const from = place.resolve(display);
    const to = join2(place.dir, relative(place.source, from));
    mkdirSync(dirname2(to), { recursive: true });
    copyFileSync(from, to);
  }
}

// src/engine/replay/runner-steps.ts
import { writeFileSync as writeFileSync2 } from "node:fs";

// src/adapters/import-module.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname3, join as join3 } from "node:path";
import { pathToFileURL } from "node:url";
var TYPESCRIPT = /\.(ts|mts|cts)$/;
async function importProjectModule(file, project) {
  if (!TYPESCRIPT.test(file) || stripsTypes())
    return await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
  const tsx = await projectTsx(project);
  if (!tsx) {
    throw new LockstepError(
      "config",
      `${file} is TypeScript, which this Node (${process.version}) cannot import: add tsx to the project's devDependencies (npm install -D tsx), or run lockstep on Node 22.18 or later`
    );
  }
  return await tsx.tsImport(pathToFileURL(file).href, {
    parentURL: pathToFileURL(join3(project, "package.json")).href
  });
}
function stripsTypes() {
  const features = process.features;
  return typeof features.typescript === "string";
}
async function projectTsx(project) {
  let entry;
  try {
    const require2 = createRequire(join3(project, "package.json"));
    const manifest = require2.resolve("tsx/package.json");
    const exports = JSON.parse(readFileSync2(manifest, "utf8")).exports?.["./esm/api"];
    entry = join3(dirname3(manifest), exports?.import?.default ?? exports?.import);
  } catch {
    return void 0;
  }
  return await import(pathToFileURL(entry).href);
}

// src/adapters/module-db.ts
var ModuleDatabase = class {
  constructor(db) {
    this.db = db;
    this.changesStmt = db.prepare("SELECT changes(), last_insert_rowid()");
  }
  db;
  depth = 0;
  changesStmt;
  get inTransaction() {
    return this.depth > 0;
  }
  exec(sql) {
    this.db.exec(sql);
    return this;
  }
  prepare(sql) {
    return new ModuleStatement(this.db.prepare(sql), this.changesStmt);
  }
  pragma(source, options) {
    const stmt = this.prepare(`PRAGMA ${source}`);
    return options?.simple ? stmt.pluck().get() : stmt.all();
  }
  /** A function that runs `fn` in a transaction: BEGIN/COMMIT, or a savepoint inside another one. */
  transaction(fn) {
    return (...args) => {
      const name = `lockstep_tx_${this.depth}`;
      this.db.exec(this.depth === 0 ? "BEGIN" : `SAVEPOINT ${name}`);
      this.depth++;
      try {
        const result = fn(...args);
        this.depth--;
        this.db.exec(this.depth === 0 ? "COMMIT" : `RELEASE ${name}`);
        return result;
      } catch (error) {
        this.depth--;
        this.db.exec(this.depth === 0 ? "ROLLBACK" : `ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    };
  }
  /** Runs a migration's function, sync or async, in one transaction that its own transactions nest in. */
  async within(fn) {
    this.db.exec("BEGIN");
    this.depth++;
    try {
      await fn();
      this.depth--;
      this.db.exec("COMMIT");
    } catch (error) {
      this.depth--;
      this.db.exec("ROLLBACK");
      throw error;
    }
  }
  close() {
    this.changesStmt.finalize();
  }
};
var ModuleStatement = class {
  constructor(stmt, changes) {
    this.stmt = stmt;
    this.changes = changes;
  }
  stmt;
  changes;
  plucked = false;
  rawRows = false;
  pluck(on = true) {
    this.plucked = on;
    return this;
  }
  raw(on = true) {
    this.rawRows = on;
    return this;
  }
  run(...params) {
    this.stmt.rows(bind(params));
    const [[changes, rowid] = [0, 0]] = this.changes.rows();
    return { changes: Number(changes), lastInsertRowid: rowid };
  }
  get(...params) {
    return this.all(...params)[0];
  }
  all(...params) {
    const rows = this.stmt.rows(bind(params));
    return rows.map((row) => this.shape(row));
  }
  *iterate(...params) {
    yield* this.all(...params);
  }
  shape(row) {
    if (this.plucked) return row[0];
    if (this.rawRows) return row;
    const out = {};
    this.stmt.columns.forEach((name, i) => {
      out[name] = row[i] ?? null;
    });
    return out;
  }
};
function bind(params) {
  const flat = params.length === 1 && Array.isArray(params[0]) ? params[0] : params;
  return flat.map((p) => {
    if (p === void 0) return null;
    if (typeof p === "boolean") return p ? 1 : 0;
    if (p instanceof Date) return p.toISOString();
    return p;
  });
}

// src/adapters/run-command.ts
import { spawn as spawn2 } from "node:child_process";
var KEEP = 64 * 1024;
function runCommand(argv, options) {
  const started = performance.now();
  return new Promise((resolve2) => {
    let output = "";
    const keep = (chunk) => {
      output += chunk.toString("utf8");
      if (output.length > 2 * KEEP) output = output.slice(-KEEP);
    };
    const child = spawn2(argv[0], argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32"
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child.pid);
    }, options.timeoutMs);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const done = (run) => {
      clearTimeout(timer);
      resolve2({ ...run, output: output.slice(-KEEP), ms: performance.now() - started });
    };
    child.on("error", (error) => done({ code: null, failure: "not-started", startError: error.message }));
    child.on("close", (code) => done(timedOut ? { code: null, failure: "timeout" } : { code }));
  });
}
function stop(pid) {
  if (pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
  }
}

// src/engine/replay/runner-steps.ts
async function runStep(place, migration, previous, direction, command) {
  const { runner } = place;
  if (command) return runTool(place, migration, previous, command);
  if (runner.modules && migration.code) return runModule(place, migration, direction);
  const line = runner.up ? direction === "up" ? runner.up : runner.down : scriptLine(runner, migration, direction);
  if (line) return runTool(place, migration, previous, line);
  if (runner.up) return { ok: "skipped", why: `${runner.name} has no down command in the runner` };
  const script = direction === "up" ? migration.up : migration.down;
  if (script) return runSql(place, script);
  if (migration.code) return { ok: "skipped", why: skippedCode(runner, migration, direction) };
  return { ok: "skipped", why: "it has no down" };
}
function scriptLine(runner, migration, direction) {
  return direction === "up" ? scriptFor(runner, migration) : void 0;
}
function skippedCode(runner, migration, direction) {
  if (direction === "down") return "a per-file script has no down";
  const ext = (migration.code ?? "").slice((migration.code ?? "").lastIndexOf(".") + 1);
  const kinds = Object.keys(runner.scripts).map((k) => `.${k}`);
  return `the runner has no command for .${ext} files${kinds.length ? ` (it runs ${kinds.join(", ")})` : ""}`;
}
async function runTool(place, migration, previous, line) {
  const file = place.resolve(migration.code ?? migration.files[0] ?? "");
  const upTo = place.order.slice(0, place.order.indexOf(migration) + 1);
  const files = upTo.map((m) => place.resolve(m.code ?? m.files[0] ?? ""));
  const values = stepValues(place.runner, migration, previous, {
    db: place.db,
    dir: place.dir,
    file,
    files,
    setup: place.setup
  });
  const words = commandWords(line, values);
  if ("problem" in words)
    throw new LockstepError("config", `the runner's command \`${line}\` cannot run: ${words.problem}`);
  const env = { ...place.env };
  for (const [key, value] of Object.entries(place.runner.env)) env[key] = fillPlaceholders(value, values);
  const run = await runCommand(words.argv, { cwd: place.cwd, env, timeoutMs: place.timeoutMs });
  if (run.failure === "not-started") {
    throw new LockstepError(
      "config",
      `the runner's \`${words.argv[0]}\` could not be started (${run.startError}): install it or put it on PATH, or correct "runner" in the config`
    );
  }
  if (run.code === 0) return { ok: true, ms: run.ms };
  const shown = codeSpan(bound(shownCommand(place, words.argv), 160));
  const where = placeInOutput(run.output, file);
  if (run.failure === "timeout") {
    const seconds = Math.round(place.timeoutMs / 1e3);
    return {
      ok: false,
      ms: run.ms,
      timedOut: true,
      failure: `${shown} ran past ${seconds} s and was stopped${lastLines(run)}`
    };
  }
  return {
    ok: false,
    ms: run.ms,
    failure: `${shown} exited with code ${run.code}${lastLines(run)}`,
    line: where,
    file: where ? migration.code ?? migration.files[0] : void 0
  };
}
function shownCommand(place, argv) {
  const temp = (w) => w.split(place.db).join("{db}").split(place.dir === place.source ? "\0" : place.dir).join("{dir}");
  return argv.map((w) => temp(w).split(`${place.cwd}/`).join("")).join(" ");
}
function lastLines(run) {
  const lines = run.output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return " and printed nothing";
  const error = [...lines].reverse().find((l) => /^[\w.$]*(Error|Exception)\b:?\s/.test(l));
  const shown = error ?? lines.slice(-3).join(" \u23CE ");
  return `; it printed ${codeSpan(bound(shown, 400))}`;
}
function placeInOutput(output, file) {
  let line;
  const escaped = escapeRegExp(file);
  const patterns = [new RegExp(`"${escaped}", line (\\d+)`, "g"), new RegExp(`${escaped}:(\\d+)`, "g")];
  let at = -1;
  for (const pattern of patterns) {
    for (const m of output.matchAll(pattern)) {
      if ((m.index ?? 0) > at) {
        at = m.index ?? 0;
        line = Number(m[1]);
      }
    }
  }
  return line;
}
async function runModule(place, migration, direction) {
  const file = place.resolve(migration.code);
  const mod = await importProjectModule(file, place.cwd);
  const fallback = mod.default;
  const fn = mod[direction] ?? fallback?.[direction];
  if (typeof fn !== "function") {
    if (direction === "down") return { ok: "skipped", why: "it exports no down" };
    return { ok: false, ms: 0, failure: `${migration.code} exports no up function`, file: migration.code };
  }
  const db = openFile(place);
  const wrapped = new ModuleDatabase(db);
  const started = performance.now();
  try {
    await wrapped.within(() => fn(wrapped));
    writeFileSync2(place.db, db.export());
    return { ok: true, ms: performance.now() - started };
  } catch (error) {
    const stack = error instanceof Error ? error.stack ?? error.message : String(error);
    const line = placeInOutput(stack, file);
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      ms: performance.now() - started,
      failure: `${direction}(db) threw ${codeSpan(bound(message, 300))}`,
      line,
      file: line ? migration.code : void 0
    };
  } finally {
    wrapped.close();
    db.close();
  }
}
function runSql(place, script) {
  const db = openFile(place);
  try {
    for (const [name, fn] of Object.entries(place.functions ?? {})) db.defineFunction(name, fn);
    const result = executeScript(db, script);
    writeFileSync2(place.db, db.export());
    if (result.ok || !result.failure) return { ok: true, ms: result.ms };
    const f = result.failure;
    return {
      ok: false,
      ms: result.ms,
      failure: `${script.file}:${f.line}:${f.column} (${quoteStatement(f.statement)}): ${f.message}`,
      line: f.line,
      file: script.file
    };
  } finally {
    db.close();
  }
}

// src/engine/replay/runner-data.ts
var RunnerData = class {
  constructor(options, place, set) {
    this.place = place;
    this.set = set;
    this.mode = new DataMode(options);
  }
  place;
  set;
  mode;
  /** The file before this up's rows went in, and its schema: an up that fails with rows is tried on it, emptied. */
  unfilled;
  /** Each table's root page before the up: a table whose page changed was dropped and made again (a rebuild). */
  pages = /* @__PURE__ */ new Map();
  /** Tops up every table of the file and remembers its rows; before the first step made the file, nothing. */
  beforeUp(before) {
    this.unfilled = void 0;
    if (!existsSync3(this.place.db)) {
      this.mode.forget();
      return;
    }
    this.unfilled = { bytes: readFileSync3(this.place.db), schema: before };
    withFile(this.place, true, (db) => {
      this.mode.beforeUp(db, before);
      this.pages = rootPages(db);
    });
  }
  afterUp(migration, before, after) {
    if (!this.unfilled) return [];
    return withFile(
      this.place,
      false,
      (db) => this.mode.afterUp(db, migration, this.upRows(db, migration, before, after), before, after)
    );
  }
  afterDown(migration, file, afterDown) {
    if (!this.unfilled || !existsSync3(this.place.db)) return [];
    const where = { file: file ?? "", line: migration.down?.chunks[0]?.line ?? 1 };
    return withFile(this.place, false, (db) => this.mode.afterDown(db, migration, where, afterDown));
  }
  /**
   * For an up that failed with rows in the tables: the same up through the runner on the file as it was
   * before the rows went in, every table emptied. When that passes, the words that say the rows broke it
   * (naming one, from the file it failed on), and the replay goes on from there; else undefined.
   */
  async withoutRows(migration, previous, failure) {
    const unfilled = this.unfilled;
    if (!unfilled || !existsSync3(this.place.db)) return void 0;
    const words = withFile(this.place, false, (db2) => onlyWithDataWords(db2, failure));
    const db = this.place.engine.openBytes(unfilled.bytes);
    try {
      db.exec("PRAGMA foreign_keys = OFF");
      for (const o of unfilled.schema.objects.values())
        if (o.kind === "table" && countRows(db, o.name) > 0) db.exec(`DELETE FROM ${quoteIdent(o.name)}`);
      writeFileSync3(this.place.db, db.export());
    } finally {
      db.close();
    }
    const again = await runStep(this.place, migration, previous, "up");
    if (again.ok !== true) return void 0;
    this.mode.forget();
    this.unfilled = void 0;
    return { words, ms: again.ms };
  }
  /** The user's seed files due after this migration, run on the file. */
  seeds(migration) {
    if (!this.mode.seedsAfter(migration) || !existsSync3(this.place.db)) return [];
    return withFile(
      this.place,
      true,
      (db) => this.mode.afterStep({ db, run: (script) => executeScript(db, script) }, migration)
    );
  }
  /** What the up says it does to rows: its SQL, or for code the SQL its literals hold and what the schema shows. */
  upRows(db, migration, before, after) {
    if (migration.up) return sqlUpRows(this.set, migration.up);
    const file = migration.code ?? migration.files[0] ?? "";
    const text = readFileSync3(this.place.resolve(file), "utf8");
    const intent = rowIntent({ file, chunks: sqlInCode(text, file), transaction: false });
    addRebuilds(intent, text, before, after, this.pages, rootPages(db), (t) => countRows(db, t));
    return {
      file,
      line: 1,
      intent,
      cascadeFix: (child, parent) => this.fix(child, parent),
      causeRequired: true
    };
  }
  fix(child, parent) {
    if (!this.place.runner.modules) return cascadeFix(this.set, child, parent);
    return `up(db) runs inside a transaction (one per migration, as lockstep's modules runner calls it and better-sqlite3 runners do), where PRAGMA foreign_keys = OFF is ignored: turn foreign keys off on the connection before the migration's transaction begins and on after it, or copy the rows of "${child}" aside before "${parent}" is dropped and back after`;
  }
};
function rootPages(db) {
  const rows = queryRows(db, "SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'");
  return new Map(rows.map(([name, page]) => [foldCase(String(name)), Number(page)]));
}
function addRebuilds(intent, text, before, after, pagesBefore, pagesAfter, count) {
  for (const o of before.objects.values()) {
    if (o.kind !== "table") continue;
    const name = foldCase(o.name);
    const now = after.objects.get(`table:${name}`);
    if (now && pagesBefore.get(name) === pagesAfter.get(name)) continue;
    if (intent.dropped.has(name)) continue;
    const at = mentionOf(text, o.name);
    intent.dropped.set(name, at);
    intent.remade.set(name, now ? "rebuilt" : "dropped");
    if (now && count(o.name) > 0 && !intent.copiedFrom.has(name)) intent.copiedFrom.set(name, at);
  }
}
function mentionOf(text, table) {
  const name = escapeRegExp(table);
  const found = new RegExp(`["'\`]${name}["'\`]`, "i").exec(text) ?? new RegExp(`\\b${name}\\b`, "i").exec(text);
  return found ? positionAt(text, found.index) : { line: 1, column: 1 };
}

// src/engine/replay/runner-idempotent.ts
import { readFileSync as readFileSync4 } from "node:fs";
function runsTwiceThroughRunner(place, migration, options) {
  if (options.idempotent === true || runsTwice(migration, options)) return true;
  if (!migration.code) return false;
  return markedIdempotent(readFileSync4(place.resolve(migration.code), "utf8"));
}
function trackingRows(place) {
  const out = /* @__PURE__ */ new Map();
  withFile(place, false, (db) => {
    for (const table of trackingTables(place, db)) {
      const columns = queryRows(db, `SELECT name FROM pragma_table_info(${literalOf(table)})`).map(
        (r) => String(r[0])
      );
      const rows = queryRows(db, `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(table)}`);
      out.set(foldCase(table), { columns, rows });
    }
  });
  return out;
}
async function verifyIdempotentThroughRunner(place, migration, previous, ctx, findings) {
  const v = migration.version;
  const file = migration.up?.file ?? migration.code ?? migration.files[0];
  const tables = [...ctx.after.objects.values()].filter((o) => o.kind === "table");
  const advice = idempotentAdvice(markerOf(file ?? ""));
  keepCopy(place, ctx.copy);
  try {
    const rows = withFile(place, false, (db) => rowContents(db, tables));
    withFile(place, true, (db) => putBack(place, db, ctx.tracking));
    const again = await runStep(place, migration, previous, "up");
    if (again.ok === "skipped") return;
    const by = place.runner.up ? ` by ${place.runner.name} (its tracking rows put back as they were before the first run, so it applied ${v} again)` : migration.up || place.runner.modules ? "" : " (the script run again)";
    if (!again.ok) {
      findings.push(
        finding(
          "not-idempotent",
          `the up of ${v} is meant to be safe to re-run, but applied a second time${by} it failed: ${again.failure}; a re-run of it would stop there: ${advice}`,
          { version: v, file: again.file ?? file, line: again.line }
        )
      );
      return;
    }
    const schema = readFileSchema(place);
    const kept = tables.filter((t) => schema.objects.has(`table:${foldCase(t.name)}`));
    const rowsAgain = withFile(place, false, (db) => rowContents(db, kept));
    const changed = changesOf(ctx.after, schema, kept, rows, rowsAgain);
    if (changed.length === 0) return;
    findings.push(
      finding(
        "not-idempotent",
        `the up of ${v} is meant to be safe to re-run, but applied a second time${by}, ${file} changed ${changed.join(" and ")}; a re-run would change the database again: ${advice}`,
        { version: v, file, line: markerLine(place, migration) }
      )
    );
  } finally {
    restoreCopy(place, ctx.copy);
  }
}
function trackingTables(place, db) {
  const own = new Set(place.runner.tables.map(foldCase));
  return queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table'").map((r) => String(r[0])).filter((name) => own.has(foldCase(name)) || TRACKING_TABLES.has(foldCase(name)));
}
function putBack(place, db, saved) {
  for (const table of trackingTables(place, db)) {
    const was = saved.get(foldCase(table));
    if (!was) {
      db.exec(`DROP TABLE ${quoteIdent(table)}`);
      continue;
    }
    db.exec(`DELETE FROM ${quoteIdent(table)}`);
    const columns = was.columns.map(quoteIdent).join(", ");
    for (const row of was.rows)
      db.exec(`INSERT INTO ${quoteIdent(table)} (${columns}) VALUES (${row.map(literalOf).join(", ")})`);
  }
}
function markerLine(place, migration) {
  if (migration.up) return migration.up.chunks[0]?.line;
  return migration.code ? idempotentMarkerLine(readFileSync4(place.resolve(migration.code), "utf8")) : void 0;
}
function markerOf(file) {
  if (/\.(?:py|rb|sh)$/i.test(file)) return "# lockstep:idempotent";
  if (/\.sql$/i.test(file)) return "-- lockstep:idempotent";
  return "// lockstep:idempotent";
}

// src/engine/replay/runner-phases.ts
import { mkdirSync as mkdirSync2, rmSync as rmSync2 } from "node:fs";
async function runBefore(place, set) {
  const first = set.migrations[0];
  if (!place.runner.before || !first) return;
  const run = await runStep(place, first, void 0, "up", place.runner.before);
  if (run.ok === false) {
    throw new LockstepError(
      "config",
      `the runner's "before" command failed: ${run.failure}; fix it in the config`
    );
  }
}
async function applyBaseAtOnce(place, set, options) {
  const to = place.runner.to;
  const base = options.baseVersions;
  if (!to || options.down !== "new" || !base) return void 0;
  let count = 0;
  while (count < set.migrations.length && base.has(set.migrations[count].version)) count++;
  if (count < 2) return void 0;
  const prefix = set.migrations.slice(0, count);
  for (const m of prefix) stageFiles(place, m);
  const last = prefix[count - 1];
  const run = await runStep(place, last, prefix[count - 2], "up", to);
  if (run.ok !== true) {
    clearFile(place);
    if (place.dir !== place.source) {
      rmSync2(place.dir, { recursive: true, force: true });
      mkdirSync2(place.dir, { recursive: true });
    }
    return void 0;
  }
  const reports = prefix.map((m) => ({ ...newReport(m), up: "ok" }));
  reports[count - 1].ms = round(run.ms);
  const { schema, problems } = inspectFile(place);
  return { reports, schema, problems };
}
async function verifyDownThroughRunner(place, migration, previous, schemas, report, findings, onRestored) {
  const v = migration.version;
  const downFile = migration.down?.file ?? migration.code ?? migration.files[0];
  const down = await runStep(place, migration, previous, "down");
  if (down.ok === "skipped") return;
  if (!down.ok) {
    report.down = "failed";
    findings.push(stepFailure(migration, down, "down", place.runner, downFile));
    return;
  }
  const afterDown = readFileSchema(place);
  const downDiff = diffSchemas(schemas.before, afterDown);
  const downWhere = { version: v, file: downFile, line: migration.down?.chunks[0]?.line };
  const columnOrder = !isEmptyDiff(downDiff) && isColumnOrderOnly(downDiff) ? downDiff : void 0;
  if (!isEmptyDiff(downDiff) && !columnOrder) {
    report.down = "mismatch";
    const lead = migration.down && isBlank(migration.down) ? `the down of ${v} is empty but its up changed the schema: ` : "";
    findings.push(downMismatch(v, downDiff, downWhere, migration.code ? "" : lead));
    return;
  }
  report.down = "ok";
  onRestored?.(afterDown, downFile);
  const upFile = migration.up?.file ?? migration.code ?? migration.files[0];
  const redo = await runStep(place, migration, previous, "up");
  if (redo.ok !== true) {
    report.redo = "mismatch";
    const why = redo.ok === false ? redo.failure : redo.why;
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again: ${why}; the down does not undo everything the up needs to run`,
        { version: v, file: upFile }
      )
    );
    return;
  }
  const redoDiff = diffSchemas(schemas.after, readFileSchema(place));
  const redoOrderOnly = !isEmptyDiff(redoDiff) && isColumnOrderOnly(redoDiff);
  if (columnOrder) findings.push(columnOrderFinding(v, columnOrder, redoOrderOnly, downWhere));
  if (isEmptyDiff(redoDiff) || redoOrderOnly && columnOrder) {
    report.redo = "ok";
    return;
  }
  report.redo = "mismatch";
  findings.push(redoMismatch(v, redoDiff, { version: v, file: upFile, line: migration.up?.chunks[0]?.line }));
}
function stepFailure(migration, step, direction, runner, file) {
  const v = migration.version;
  const where = { version: v, file: step.file ?? file, line: step.line };
  if (step.timedOut) {
    return finding(
      "timeout",
      `the ${direction} of ${v} did not finish: ${step.failure}; if it is slow on purpose, raise the runner's "timeout" in the config`,
      where
    );
  }
  const next = direction === "up" ? `fix the migration so ${runner.name} can apply it; the migrations after it were not replayed` : `fix the down so ${v} can be rolled back`;
  return finding(
    direction === "up" ? "up-failed" : "down-failed",
    `the ${direction} of ${v} failed: ${step.failure}; ${next}`,
    where
  );
}

// src/engine/replay/runner-replay.ts
async function replayThroughRunner(set, options, input) {
  const engine = await loadEngine(options.engine);
  const work = mkdtempSync(join4(tmpdir(), "lockstep-runner-"));
  const place = {
    ...input,
    engine,
    db: join4(work, "replay.sqlite"),
    dir: input.runner.staged ? join4(work, "migrations") : input.source,
    functions: options.functions,
    order: set.migrations
  };
  mkdirSync3(place.dir, { recursive: true });
  if (input.runner.setup) {
    place.setup = join4(work, input.runner.setup.file);
    writeFileSync4(place.setup, input.runner.setup.text);
  }
  const afterUpCopy = join4(work, "after-up.sqlite");
  const findings = [];
  const reports = [];
  const touched = /* @__PURE__ */ new Map();
  const afterEach = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const layoutReadsDowns = set.migrations.some((m) => m.down !== void 0);
  const data = options.data && new RunnerData(options.data, place, set);
  const integrity = (m, file, when, problems) => findings.push(...integrityFindings(problems, reported, m, file, when));
  try {
    await runBefore(place, set);
    let before = readFileSchema(place);
    let previous;
    let stopped = false;
    const applied = await applyBaseAtOnce(place, set, options);
    if (applied) {
      reports.push(...applied.reports);
      before = applied.schema;
      previous = set.migrations[applied.reports.length - 1];
      const last = previous;
      afterEach.set(last.version, before);
      integrity(
        last,
        last.code ?? last.files[0] ?? "",
        `after the base's migrations up to ${last.version}`,
        applied.problems
      );
    }
    for (const migration of set.migrations.slice(applied?.reports.length ?? 0)) {
      const report = newReport(migration);
      reports.push(report);
      if (stopped) continue;
      const v = migration.version;
      const file = migration.code ?? migration.up?.file ?? migration.files[0];
      stageFiles(place, migration);
      data?.beforeUp(before);
      const twice = runsTwiceThroughRunner(place, migration, options);
      const tracking = twice ? trackingRows(place) : void 0;
      let up = await runStep(place, migration, previous, "up");
      if (up.ok === "skipped") {
        findings.push(
          finding(
            "not-replayed",
            `${v} is not SQL (${file}) and ${up.why}, so lockstep cannot run it; failures after it may stem from what it would have done: add a command for it to the database's "runner"`,
            { version: v, file }
          )
        );
        continue;
      }
      report.ms = round(up.ms);
      const withoutRows = !up.ok && data ? await data.withoutRows(migration, previous, up.failure) : void 0;
      if (!up.ok && withoutRows) {
        findings.push(dataOnlyFailure(migration, up, file, withoutRows.words));
        up = { ok: true, ms: withoutRows.ms };
      }
      if (!up.ok) {
        report.up = "failed";
        findings.push(stepFailure(migration, up, "up", input.runner, file));
        stopped = true;
        continue;
      }
      report.up = "ok";
      if (!existsSync4(place.db)) throw wroteElsewhere(input.runner, migration);
      const inspected = inspectFile(place);
      const after = inspected.schema;
      touched.set(v, changedTables(diffSchemas(before, after)));
      afterEach.set(v, after);
      integrity(migration, file ?? "", `after the up of ${v}`, inspected.problems);
      if (data) findings.push(...data.afterUp(migration, before, after));
      if (tracking) {
        const ctx = { after, tracking, copy: afterUpCopy };
        await verifyIdempotentThroughRunner(place, migration, previous, ctx, findings);
      }
      if (checksDown(migration, options) && hasDown(input.runner, migration, layoutReadsDowns)) {
        keepCopy(place, afterUpCopy);
        const restored = data && ((afterDown, at) => findings.push(...data.afterDown(migration, at, afterDown)));
        await verifyDownThroughRunner(
          place,
          migration,
          previous,
          { before, after },
          report,
          findings,
          restored
        );
        restoreCopy(place, afterUpCopy);
      } else if (!input.runner.up && migration.up && !migration.down && set.hasDowns && checksDown(migration, options)) {
        report.down = "missing";
        findings.push(
          finding(
            "down-missing",
            `${v} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
            {
              version: v,
              file: migration.up.file
            }
          )
        );
      }
      if (data) findings.push(...data.seeds(migration));
      before = data ? readFileSchema(place) : after;
      previous = migration;
    }
    return { migrations: reports, findings, schema: before, touched, engine: engine.info, after: afterEach };
  } finally {
    rmSync3(work, { recursive: true, force: true });
  }
}
function wroteElsewhere(runner, migration) {
  return new LockstepError(
    "config",
    `${runner.name} applied ${migration.version} without creating the throwaway database lockstep gave it, so it migrated another one (the database its own configuration names?); make the runner's command or env point the tool at {db} (see Code migrations in lockstep's README)`
  );
}
function hasDown(runner, migration, layoutReadsDowns) {
  if (runner.modules && migration.code) return true;
  if (!runner.up) return migration.down !== void 0;
  if (runner.down === void 0) return false;
  if (migration.down !== void 0) return true;
  return migration.code !== void 0 && !layoutReadsDowns;
}
function dataOnlyFailure(migration, up, file, why) {
  return finding(
    "up-failed",
    `the up of ${migration.version} fails on a database with data: ${up.failure}; ${why}`,
    { version: migration.version, file: up.file ?? file, line: up.line }
  );
}

// src/engine/replay/runner-database.ts
var RUN_CODE = { run: "yes" };
function databaseRunner(spec) {
  const config = spec.config.runner;
  if (config === void 0) return void 0;
  const resolved = resolveRunner(config);
  if ("problem" in resolved) {
    throw new LockstepError("config", `${keyOf(spec.name, "runner")}: ${resolved.problem}`);
  }
  return resolved.runner;
}
function withheldRunner(spec, policy, cwd) {
  if (policy.run === "refuse") throw new LockstepError("usage", policy.why);
  if (policy.run === "yes") return void 0;
  const shown = shownFrom(spec.root, cwd, spec.config.dir);
  return finding(
    "not-replayed",
    `database "${spec.name}" (${shown}/) names a runner, which runs the repository's own code, and ${policy.why}; its code migrations were not replayed`
  );
}
async function replayRunnerDatabase(read, runner, options, ctx) {
  const { spec, set } = read;
  const unknown = unknownPlaceholders(runner, set.migrations);
  if (unknown.length > 0) {
    throw new LockstepError(
      "config",
      `${keyOf(spec.name, "runner")} uses ${unknown.map((p) => `{${p}}`).join(", ")}, which no step has; the placeholders are {db}, {dir}, {file}, {version}, {name}, {stem}, {previous}${extraPlaceholders(read)}`
    );
  }
  const cwd = runner.cwd ? resolveInRepo(spec.top, spec.root, keyOf(spec.name, "runner"), runner.cwd) : spec.root;
  const functions = await loadFunctions(spec, ctx.cwd);
  const own = toolOf(set.layout).tracking.ownTables ?? [];
  return replayThroughRunner(
    set,
    { ...options, functions },
    {
      runner: { ...runner, tables: [...runner.tables, ...own] },
      cwd,
      source: spec.dir,
      resolve: (display) => resolve(ctx.cwd, display),
      env: ctx.env ?? process.env,
      timeoutMs: (runner.timeout ?? ctx.timeoutSeconds) * 1e3
    }
  );
}
function extraPlaceholders(read) {
  const extra = [...new Set(read.set.migrations.flatMap((m) => Object.keys(m.step ?? {})))];
  return extra.length ? `, and for this layout ${extra.map((p) => `{${p}}`).join(", ")}` : "";
}

// src/engine/replay/replay.ts
async function runReplay(req) {
  let engine = "wasm";
  const resolved = await resolveDatabases(req, async (loaded) => {
    engine = await prewarmReplay(req, loaded);
  });
  let ranOn;
  const databases = [];
  const schemas = /* @__PURE__ */ new Map();
  const submodules = /* @__PURE__ */ new Set();
  const skipped = [];
  for (const spec of resolved.specs) {
    const read = await readDatabase(spec, req.cwd, { at: "disk", submodules });
    skipped.push(...read.set.notes ?? []);
    const replayed = await replayDatabase(read, { ...req, engine }, resolved.config?.config.rules);
    const { report: report2, schema } = replayed;
    ranOn ??= replayed.engine;
    if (report2.migrations.length === 0 && report2.findings.length === 0) {
      throw new LockstepError(
        "usage",
        `no migrations in ${report2.dir}/: no file there is named like a migration of a supported layout; check the directory, or set "layout" or "pattern" for it in ${CONFIG_FILE}`
      );
    }
    databases.push(report2);
    schemas.set(spec.name, schema);
  }
  const known = knownPlace(resolved.config?.root ?? req.cwd, req.cwd, resolved.config?.top);
  if (req.known !== false) {
    const listed = new Set(readKnownFile(known).entries.map((e) => e.fingerprint));
    for (const db of databases) setAside(db, { known: listed, knownFile: known.shown });
  }
  const report = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? await resolveEngine(engine),
    databases
  };
  const notes = [...resolved.notes, ...skipped, ...submoduleNotes(req.cwd, void 0, submodules)];
  return { report, schemas, notes, known };
}
async function prewarmReplay(req, config) {
  const engine = await chooseEngine(req.engine ?? config?.config.engine);
  if (engine !== "native") {
    prewarmThread(engine);
    return engine;
  }
  const dir = cacheLocation(req.cache, req.cwd, config?.top ?? repositoryTop(req.cwd, req.cwd));
  if (!dir || new ReplayCache(dir).storedKeys().size === 0) prewarmHost();
  return engine;
}
var DATA_SEED = 1;
async function replayDatabase(read, req, rules, baseVersions) {
  const { spec, set } = read;
  const engine = await chooseEngine(req.engine);
  const options = {
    down: req.down ?? "all",
    engine,
    downPolicy: spec.config.down ?? "optional",
    baseline: req.start ? void 0 : await loadBaseline(read, req.cwd),
    baseVersions,
    // A cached prefix is of an empty database: a replay on a real one starts from its bytes instead.
    cache: req.start ? void 0 : cacheOptions(req, spec),
    start: req.start,
    data: req.data ?? spec.config.data ?? false ? { seed: DATA_SEED, seeds: await loadSeeds(read, req.cwd) } : void 0,
    idempotent: spec.config.idempotent ?? false
  };
  const timeout = req.timeout ?? spec.config.timeout ?? DEFAULT_TIMEOUT;
  const runner = databaseRunner(spec);
  const withheld = runner && withheldRunner(spec, req.code ?? RUN_CODE, req.cwd);
  const runs = runner !== void 0 && withheld === void 0;
  const watch = engine === "native" ? replayInProcess : replayWatched;
  const result = runs ? await replayRunnerDatabase(read, runner, options, {
    cwd: req.cwd,
    env: req.env,
    timeoutSeconds: timeout
  }) : await verifiedBefore(set, options, spec) ?? await watch({
    set,
    options,
    spec,
    cwd: req.cwd,
    timeout,
    onProgress: req.onProgress ? (done, total) => req.onProgress?.(spec.name, done, total) : void 0
  });
  if (withheld) result.findings.unshift(withheld);
  const report = {
    name: spec.name,
    dir: relative2(req.cwd, spec.dir).split("\\").join("/") || ".",
    format: set.layout,
    formatReason: set.reason,
    runner: runs ? describeRunner(runner) : void 0,
    migrations: result.migrations,
    data: options.data ? true : void 0,
    schema: serializeSchema(result.schema),
    findings: applyRules(
      acknowledge([...readFindings(set.findings, result.findings), ...result.findings], set, read.files),
      rules
    )
  };
  return {
    report,
    schema: result.schema,
    touched: result.touched,
    timedOut: "timedOut" in result ? result.timedOut : void 0,
    engine: result.engine,
    after: "after" in result ? result.after : void 0
  };
}
function readFindings(read, replayed) {
  const shown = new Set(replayed.filter((f) => f.rule === "down-mismatch").map((f) => f.version));
  return read.filter((f) => !(f.rule === "down-missing" && shown.has(f.version)));
}
function applyRules(findings, rules) {
  if (!rules) return findings;
  const out = [];
  for (const f of findings) {
    const setting = rules[f.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
function cacheOptions(req, spec) {
  const dir = cacheLocation(req.cache, req.cwd, spec.top);
  return dir ? { dir, replacements: spec.config.replacements } : void 0;
}

export {
  knownEntries,
  renderKnownFile,
  updateKnown,
  setAside,
  knownPlace,
  readKnownFile,
  knownAt,
  writeKnownFile,
  databaseRunner,
  runReplay,
  prewarmReplay,
  replayDatabase,
  applyRules
};
