import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBaseline,
  readDatabase
} from "./chunk-NT3YJOQY.js";
import {
  submoduleNotes
} from "./chunk-I7TCOTXB.js";
import {
  reportOk
} from "./chunk-HS5RU556.js";
import {
  cacheLocation
} from "./chunk-G2C637I4.js";
import {
  DEFAULT_TIMEOUT,
  prewarmThread,
  replayWatched,
  sourceBundle
} from "./chunk-G3IKIYAJ.js";
import {
  chooseEngine,
  resolveEngine,
  schemaOf,
  serializeSchema
} from "./chunk-OH25PYXQ.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  CONFIG_FILE,
  resolveDatabases,
  shownPath
} from "./chunk-UPPJ7XEI.js";
import {
  compareText,
  compareVersions
} from "./chunk-RMTNTUAY.js";
import {
  lstatOrUndefined,
  readRegularText,
  repositoryTop,
  resolveInRepo
} from "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  RULES
} from "./chunk-6B53KR56.js";

// src/engine/replay/replay.ts
import { relative } from "node:path";

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
    workerUrl: fromSource ? (await sourceBundle("./replay-worker.ts")).href : void 0
  };
  return new Promise((resolve, reject) => {
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
        done(!result.timedOut, () => resolve({ ...result, schema: schemaOf(result.schema.objects) }));
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
    serialization: "advanced"
  });
  if (fromSource) child.send({ url: (await sourceBundle("./replay-host.ts")).href });
  await new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (m.type !== "ready") return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve();
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

// src/engine/replay/replay.ts
async function runReplay(req) {
  const resolved = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? resolved.config?.config.engine);
  prewarmReplay(engine);
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
function prewarmReplay(engine) {
  if (engine === "native") prewarmHost();
  else prewarmThread(engine);
}
async function replayDatabase(read, req, rules, baseVersions) {
  const { spec, set } = read;
  const engine = await chooseEngine(req.engine);
  const watch = engine === "native" ? replayInProcess : replayWatched;
  const result = await watch({
    set,
    options: {
      down: req.down ?? "all",
      engine,
      downPolicy: spec.config.down ?? "optional",
      baseline: await loadBaseline(read, req.cwd),
      baseVersions,
      cache: cacheOptions(req, spec)
    },
    spec,
    cwd: req.cwd,
    timeout: req.timeout ?? spec.config.timeout ?? DEFAULT_TIMEOUT,
    onProgress: req.onProgress ? (done, total) => req.onProgress?.(spec.name, done, total) : void 0
  });
  const report = {
    name: spec.name,
    dir: relative(req.cwd, spec.dir).split("\\").join("/") || ".",
    format: set.layout,
    formatReason: set.reason,
    migrations: result.migrations,
    schema: serializeSchema(result.schema),
    findings: applyRules([...set.findings, ...result.findings], rules)
  };
  return {
    report,
    schema: result.schema,
    touched: result.touched,
    timedOut: result.timedOut,
    engine: result.engine
  };
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
  runReplay,
  prewarmReplay,
  replayDatabase,
  applyRules
};
