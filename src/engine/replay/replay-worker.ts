// The replay's own thread: the main thread watches it and ends it when a statement runs past its budget.
import { parentPort } from "node:worker_threads";
import { type EngineName, loadEngine } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import type { MigrationScript } from "../../core/migration.js";
import { loadFunctions, makeRewrite } from "../workspace/databases.js";
import { type Job, Phase, Slot, scriptIds, type WorkerMessage } from "./replay-position.js";
import { replaySet } from "./replay-set.js";

let position: Int32Array<ArrayBufferLike> = new Int32Array(1);
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/** Cheap enough for every statement: a few stores the main thread can read while this thread is stuck. */
function mark(phase: Phase, script = -2, chunk = 0, offset = 0, length = 0, again = false): void {
  position[Slot.Phase] = phase;
  position[Slot.Again] = again ? 1 : 0;
  position[Slot.Script] = script;
  position[Slot.Chunk] = chunk;
  position[Slot.Offset] = offset;
  position[Slot.Length] = length;
  Atomics.add(position, Slot.Seq, 1);
}

async function run(job: Job): Promise<void> {
  position = new Int32Array(job.position);
  const ids = scriptIds(job.set, job.options.baseline);
  const idOf = (script: MigrationScript) => ids.get(script) ?? -2;
  const ran = new Set<MigrationScript>();
  mark(Phase.Importing);
  const functions = await loadFunctions(job.spec, job.cwd);
  mark(Phase.Checking);
  // The module's own zero-delay timers get their turn before the replay, which on node:sqlite can finish
  // without ever yielding: one that throws is then the module's fault, as on the wasm engine.
  if (job.spec.config.functions) await new Promise((resolve) => setTimeout(resolve, 0));
  let postedMigrations = 0;
  let postedFindings = 0;
  const result = await replaySet(job.set, {
    ...job.options,
    functions,
    functionsModule: job.spec.config.functions,
    rewrite: makeRewrite(job.spec),
    trace: {
      statement: (script, chunk, offset, length) =>
        mark(Phase.Statement, idOf(script), chunk, offset, length, ran.has(script)),
      settled: (script) => {
        ran.add(script);
        mark(Phase.Checking, idOf(script));
      },
    },
    onProgress: (done, total, partial) => {
      // What is done so far crosses over as it goes: a replay stopped later still reports it.
      post({
        type: "progress",
        done,
        total,
        migrations: partial.migrations.slice(postedMigrations),
        findings: partial.findings.slice(postedFindings),
        engine: partial.engine,
      });
      postedMigrations = partial.migrations.length;
      postedFindings = partial.findings.length;
    },
  });
  mark(Phase.Done);
  // The reader's layered map is a class: a plain Map is what survives the clone.
  post({ type: "done", result: { ...result, schema: { objects: new Map(result.schema.objects) } } });
}

// One replay at a time; the thread is kept for the next one unless it was stopped. A thread started ahead
// of its first replay is told the engine to load meanwhile.
parentPort?.on("message", (job: Job | { preload: EngineName }) => {
  if ("preload" in job) {
    // A failure to load is the replay's to report, when it asks for the engine again.
    loadEngine(job.preload).catch(() => undefined);
    return;
  }
  run(job).catch((error: unknown) => {
    const kind = error instanceof LockstepError ? error.kind : "internal";
    const message = error instanceof Error ? error.message : String(error);
    post({ type: "fault", kind, message, stack: error instanceof Error ? error.stack : undefined });
  });
});
