import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  replaySet
} from "./chunks/chunk-LR4K5SKU.js";
import {
  scriptIds
} from "./chunks/chunk-ODQ3WMNU.js";
import "./chunks/chunk-CFAGLQ5I.js";
import "./chunks/chunk-TR7J7TJX.js";
import "./chunks/chunk-5RV7R7RT.js";
import {
  loadEngine
} from "./chunks/chunk-FTWE2UU2.js";
import "./chunks/chunk-IPJJON7X.js";
import "./chunks/chunk-JCJLY7EN.js";
import {
  loadFunctions,
  makeRewrite
} from "./chunks/chunk-WWXHY5GU.js";
import "./chunks/chunk-UJ4G5TDP.js";
import "./chunks/chunk-YBKIMZXO.js";
import "./chunks/chunk-X7R4MUVV.js";
import "./chunks/chunk-5OGJ6SNL.js";
import "./chunks/chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunks/chunk-HVSG2UMJ.js";
import "./chunks/chunk-J4JBNE5M.js";
import "./chunks/chunk-CVUXP45T.js";

// src/engine/replay/replay-worker.ts
import { parentPort } from "node:worker_threads";
var position = new Int32Array(1);
var post = (message) => parentPort?.postMessage(message);
function mark(phase, script = -2, chunk = 0, offset = 0, length = 0, again = false) {
  position[1 /* Phase */] = phase;
  position[6 /* Again */] = again ? 1 : 0;
  position[2 /* Script */] = script;
  position[3 /* Chunk */] = chunk;
  position[4 /* Offset */] = offset;
  position[5 /* Length */] = length;
  Atomics.add(position, 0 /* Seq */, 1);
}
async function run(job) {
  position = new Int32Array(job.position);
  const ids = scriptIds(job.set, job.options.baseline);
  const idOf = (script) => ids.get(script) ?? -2;
  const ran = /* @__PURE__ */ new Set();
  mark(1 /* Importing */);
  const functions = await loadFunctions(job.spec, job.cwd);
  mark(3 /* Checking */);
  if (job.spec.config.functions) await new Promise((resolve) => setTimeout(resolve, 0));
  let postedMigrations = 0;
  let postedFindings = 0;
  const result = await replaySet(job.set, {
    ...job.options,
    functions,
    functionsModule: job.spec.config.functions,
    rewrite: makeRewrite(job.spec),
    trace: {
      statement: (script, chunk, offset, length) => mark(2 /* Statement */, idOf(script), chunk, offset, length, ran.has(script)),
      settled: (script) => {
        ran.add(script);
        mark(3 /* Checking */, idOf(script));
      }
    },
    onProgress: (done, total, partial) => {
      post({
        type: "progress",
        done,
        total,
        migrations: partial.migrations.slice(postedMigrations),
        findings: partial.findings.slice(postedFindings),
        engine: partial.engine
      });
      postedMigrations = partial.migrations.length;
      postedFindings = partial.findings.length;
    }
  });
  mark(4 /* Done */);
  post({ type: "done", result: { ...result, schema: { objects: new Map(result.schema.objects) } } });
}
parentPort?.on("message", (job) => {
  if ("preload" in job) {
    loadEngine(job.preload).catch(() => void 0);
    return;
  }
  run(job).catch((error) => {
    const kind = error instanceof LockstepError ? error.kind : "internal";
    const message = error instanceof Error ? error.message : String(error);
    post({ type: "fault", kind, message, stack: error instanceof Error ? error.stack : void 0 });
  });
});
