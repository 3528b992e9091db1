import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBaseline,
  readDatabase
} from "./chunk-DA2BZN32.js";
import {
  submoduleNotes
} from "./chunk-6RFJTOA6.js";
import {
  DEFAULT_TIMEOUT,
  prewarmThread,
  replayWatched,
  sourceBundle
} from "./chunk-K7LMF4C3.js";
import {
  chooseEngine,
  resolveEngine,
  schemaOf,
  serializeSchema
} from "./chunk-MWUJ26V3.js";
import {
  CONFIG_FILE,
  resolveDatabases
} from "./chunk-QXNGSEYB.js";
import {
  LockstepError
} from "./chunk-DFXCLHQK.js";

// src/engine/replay/replay.ts
import { relative } from "node:path";

// src/adapters/cache-location.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
function cacheLocation(choice, cwd, top, env = process.env) {
  if (choice === false) return void 0;
  if (choice !== void 0) return resolve(cwd, choice);
  if (existsSync(join(top, "node_modules"))) return join(top, "node_modules", ".cache", "lockstep");
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "lockstep");
  return join(homedir(), ".cache", "lockstep");
}

// src/engine/replay/replay-process.ts
import { spawn } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
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
      if (existsSync2(path)) file = path;
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

// src/engine/replay/replay.ts
async function runReplay(req) {
  const resolved = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? resolved.config?.config.engine);
  prewarmReplay(engine);
  let ranOn;
  const databases = [];
  const schemas = /* @__PURE__ */ new Map();
  const submodules = /* @__PURE__ */ new Set();
  for (const spec of resolved.specs) {
    const read = await readDatabase(spec, req.cwd, { at: "disk", submodules });
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
  const report = {
    version: 1,
    ok: databases.every((d) => d.findings.every((f) => f.severity !== "error")),
    engine: ranOn ?? await resolveEngine(engine),
    databases
  };
  return { report, schemas, notes: [...resolved.notes, ...submoduleNotes(req.cwd, void 0, submodules)] };
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
  runReplay,
  prewarmReplay,
  replayDatabase,
  applyRules
};
