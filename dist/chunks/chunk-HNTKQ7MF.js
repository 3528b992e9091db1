import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  SLOTS,
  makeSchema,
  readPosition,
  schemaOf,
  timeoutFinding
} from "./chunk-ODQ3WMNU.js";
import {
  describeThrown,
  makeRewrite,
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  takeEarlyThread
} from "./chunk-X42F5YEA.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/replay/replay-watch.ts
import { existsSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";

// src/engine/replay/compile-cache.ts
import module from "node:module";
function withCompileCache(env) {
  const dir = module.getCompileCacheDir?.();
  return dir ? { ...env, NODE_COMPILE_CACHE: dir } : env;
}

// src/engine/replay/source-worker.ts
import { fileURLToPath } from "node:url";
var bundled = /* @__PURE__ */ new Map();
function sourceBundle(entry) {
  const here = import.meta.url;
  let url = bundled.get(entry);
  if (url) return url;
  url = (async () => {
    const { build } = await import("esbuild");
    const anchor = JSON.stringify(new URL("../../adapters/sqlite/wasm.ts", here).href);
    const out = await build({
      entryPoints: [fileURLToPath(new URL(entry, here))],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "warning",
      define: { "import.meta.url": anchor },
      banner: {
        js: [
          'import { createRequire as __lsRequire } from "node:module";',
          'import { fileURLToPath as __lsPath } from "node:url";',
          'import { dirname as __lsDir } from "node:path";',
          `const require = __lsRequire(${anchor});`,
          `const __filename = __lsPath(${anchor});`,
          "const __dirname = __lsDir(__filename);"
        ].join(" ")
      }
    });
    const code = out.outputFiles[0]?.text ?? "";
    return new URL(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  })();
  bundled.set(entry, url);
  return url;
}
function sourceWorker() {
  return sourceBundle("./replay-worker.ts");
}

// src/engine/replay/replay-watch.ts
var DEFAULT_TIMEOUT = 60;
var STARTUP_MS = 6e4;
async function replayWatched(job, host = {}) {
  const position = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const data = {
    set: job.set,
    options: job.options,
    spec: job.spec,
    cwd: job.cwd,
    position: position.buffer
  };
  const worker = await acquire(host.workerUrl);
  const budgetMs = job.timeout * 1e3;
  const migrations = [];
  const findings = [];
  let engine;
  return new Promise((resolve, reject) => {
    let seq = -1;
    let since = performance.now();
    let settled = false;
    const finish = (outcome, keep = false) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (keep) {
        release(worker);
        outcome();
      } else if (host.abandonStopped) {
        void worker.terminate();
        outcome();
      } else void worker.terminate().then(outcome, outcome);
    };
    const watch = setInterval(
      () => {
        const now = performance.now();
        const current = Atomics.load(position, 0 /* Seq */);
        if (current !== seq) {
          seq = current;
          since = now;
          return;
        }
        const at = readPosition(position);
        const limit = at.phase === 0 /* Starting */ ? STARTUP_MS : budgetMs;
        if (now - since <= limit) return;
        finish(() => {
          if (at.phase === 0 /* Starting */)
            reject(new LockstepError("internal", "the replay thread did not start within a minute"));
          else if (at.phase === 1 /* Importing */)
            reject(
              moduleFault(
                job,
                `did not finish loading within ${job.timeout} s (its top-level code is still running or waiting)`
              )
            );
          else resolve(stopped(job, at, migrations, findings, engine));
        });
      },
      Math.min(Math.max(budgetMs / 10, 10), 250)
    );
    const onMessage = (message) => {
      if (message.type === "progress") {
        engine = message.engine;
        migrations.push(...message.migrations);
        findings.push(...message.findings);
        job.onProgress?.(message.done, message.total);
      } else if (message.type === "done") {
        const { result } = message;
        finish(() => resolve({ ...result, schema: schemaOf(result.schema.objects) }), true);
      } else
        finish(
          () => reject(
            message.kind === "internal" ? Object.assign(new Error(message.message), { stack: message.stack }) : new LockstepError(message.kind, message.message)
          ),
          true
        );
    };
    const onError = (error) => {
      const phase = readPosition(position).phase;
      const fault = phase === 1 /* Importing */ ? moduleFault(job, `cannot be loaded: it threw ${describeThrown(error)}`) : job.spec.config.functions ? moduleFault(
        job,
        `threw outside a SQL call (in a timer or promise of its own): ${describeThrown(error)}`
      ) : error;
      finish(() => reject(fault));
    };
    const onExit = (code) => {
      const phase = readPosition(position).phase;
      finish(
        () => reject(
          phase === 1 /* Importing */ ? moduleFault(job, `ended the replay's thread while loading (exit code ${code})`) : new LockstepError("internal", `the replay thread stopped without a result (exit code ${code})`)
        )
      );
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(data);
  });
}
var idle = /* @__PURE__ */ new Map();
var warming;
function prewarmThread(engine) {
  if (idle.size > 0 || warming) return;
  warming = (async () => {
    const worker = await startWorker();
    worker.postMessage({ preload: engine });
    release(worker);
  })().catch(() => void 0);
}
async function acquire(workerUrl) {
  if (warming && !workerUrl) await warming;
  warming = void 0;
  const [entry] = idle;
  if (!entry) return workerUrl ? new Worker(new URL(workerUrl)) : startWorker();
  const [worker, drop] = entry;
  idle.delete(worker);
  worker.off("error", drop);
  worker.off("exit", drop);
  worker.ref();
  return worker;
}
function release(worker) {
  const drop = () => {
    idle.delete(worker);
    void worker.terminate();
  };
  worker.unref();
  idle.set(worker, drop);
  worker.on("error", drop);
  worker.on("exit", drop);
}
function stopped(job, at, done, findings, engine) {
  const { set } = job;
  const stop = timeoutFinding(set, job.options.baseline, makeRewrite(job.spec), at, job.timeout, done);
  const migrations = [...done];
  if (stop.report) migrations.push(stop.report);
  for (const m of set.migrations.slice(migrations.length))
    migrations.push({
      version: m.version,
      name: m.name,
      files: m.files,
      up: "not-run",
      down: "not-run",
      redo: "not-run",
      ms: 0
    });
  return {
    migrations,
    findings: [...findings, stop.finding],
    schema: makeSchema([]),
    touched: /* @__PURE__ */ new Map(),
    // Told by the replay as soon as its database was open, before any statement could be stopped.
    engine: engine ?? { name: job.options.engine === "native" ? "native" : "wasm", sqlite: "unknown" },
    timedOut: true
  };
}
function moduleFault(job, what) {
  return new LockstepError(
    "config",
    `database "${job.spec.name}": the "functions" module ${shownPath(job.cwd, resolvePath(job.spec.root, job.spec.config.functions ?? ""))} ${what}; fix the module`
  );
}
async function startWorker() {
  const early = takeEarlyThread();
  if (early) return early;
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new Worker(await sourceWorker());
  for (const candidate of ["./replay-worker.js", "../replay-worker.js"]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath2(url))) return new Worker(url, { env: withCompileCache(process.env) });
  }
  throw new LockstepError("internal", "replay-worker.js is missing beside the bundle; reinstall lockstep");
}

export {
  withCompileCache,
  sourceBundle,
  DEFAULT_TIMEOUT,
  replayWatched,
  prewarmThread
};
