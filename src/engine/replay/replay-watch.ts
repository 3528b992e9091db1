import { existsSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EngineName } from "../../adapters/sqlite/engine.js";
import type { EngineInfo } from "../../adapters/sqlite/types.js";
import { LockstepError } from "../../core/errors.js";
import type { Finding } from "../../core/finding.js";
import type { MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import { makeSchema, schemaOf } from "../../core/schema/index.js";
import { type DatabaseSpec, makeRewrite, shownPath } from "../workspace/databases.js";
import { withCompileCache } from "./compile-cache.js";
import { takeEarlyThread } from "./early-thread.js";
import { describeThrown } from "./functions-module.js";
import {
  type Job,
  Phase,
  readPosition,
  SLOTS,
  Slot,
  timeoutFinding,
  type WorkerMessage,
} from "./replay-position.js";
import type { ReplaySetResult } from "./replay-set.js";
import { sourceWorker } from "./source-worker.js";

/** Seconds a statement may run when neither the config nor --timeout says. */
export const DEFAULT_TIMEOUT = 60;
// Starting a thread and loading SQLite's wasm is lockstep's own work, slower on a busy runner.
const STARTUP_MS = 60_000;

export interface WatchedReplay {
  set: MigrationSet;
  options: Job["options"];
  spec: DatabaseSpec;
  cwd: string;
  /** Seconds each statement (and the `functions` module's import) may take. */
  timeout: number;
  onProgress?: (done: number, total: number) => void;
}

/** The replay's result; `timedOut`: it was stopped, so its schema is not the set's final schema. */
export type WatchedResult = ReplaySetResult & { timedOut?: boolean };

/**
 * Replays the set on a worker thread and watches it: neither engine offers lockstep a progress handler, so a
 * statement that never returns can only be stopped by ending its thread (and, for node:sqlite, which
 * ending a thread cannot reach, its process: see replay-process.ts). The worker writes where it is into
 * shared memory before every statement, and that is what the `timeout` finding names.
 */
export async function replayWatched(
  job: WatchedReplay,
  host: { workerUrl?: string; abandonStopped?: boolean } = {},
): Promise<WatchedResult> {
  const position = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const data: Job = {
    set: job.set,
    options: job.options,
    spec: job.spec,
    cwd: job.cwd,
    position: position.buffer as SharedArrayBuffer,
  };
  const worker = await acquire(host.workerUrl);
  const budgetMs = job.timeout * 1000;
  const migrations: MigrationReport[] = [];
  const findings: Finding[] = [];
  let engine: EngineInfo | undefined;
  return new Promise<WatchedResult>((resolve, reject) => {
    let seq = -1;
    let since = performance.now();
    let settled = false;
    /** `keep`: the thread finished its replay and can take the next one. */
    const finish = (outcome: () => void, keep = false) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      // Only these: the worker's own listeners keep its message port referenced.
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (keep) {
        release(worker);
        outcome();
      } else if (host.abandonStopped) {
        // A thread stuck in node:sqlite never ends: the process that hosts it is ended instead.
        void worker.terminate();
        outcome();
      } else void worker.terminate().then(outcome, outcome);
    };
    const watch = setInterval(
      () => {
        const now = performance.now();
        const current = Atomics.load(position, Slot.Seq);
        if (current !== seq) {
          seq = current;
          since = now;
          return;
        }
        const at = readPosition(position);
        const limit = at.phase === Phase.Starting ? STARTUP_MS : budgetMs;
        if (now - since <= limit) return;
        finish(() => {
          if (at.phase === Phase.Starting)
            reject(new LockstepError("internal", "the replay thread did not start within a minute"));
          else if (at.phase === Phase.Importing)
            reject(
              moduleFault(
                job,
                `did not finish loading within ${job.timeout} s (its top-level code is still running or waiting)`,
              ),
            );
          else resolve(stopped(job, at, migrations, findings, engine));
        });
      },
      Math.min(Math.max(budgetMs / 10, 10), 250),
    );
    const onMessage = (message: WorkerMessage) => {
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
          () =>
            reject(
              message.kind === "internal"
                ? Object.assign(new Error(message.message), { stack: message.stack })
                : new LockstepError(message.kind, message.message),
            ),
          true,
        );
    };
    const onError = (error: Error) => {
      const phase = readPosition(position).phase;
      // Only the module's own code runs outside the replay's try/catch: a timer or a promise it started.
      const fault =
        phase === Phase.Importing
          ? moduleFault(job, `cannot be loaded: it threw ${describeThrown(error)}`)
          : job.spec.config.functions
            ? moduleFault(
                job,
                `threw outside a SQL call (in a timer or promise of its own): ${describeThrown(error)}`,
              )
            : error;
      finish(() => reject(fault));
    };
    const onExit = (code: number) => {
      const phase = readPosition(position).phase;
      finish(() =>
        reject(
          phase === Phase.Importing
            ? moduleFault(job, `ended the replay's thread while loading (exit code ${code})`)
            : new LockstepError("internal", `the replay thread stopped without a result (exit code ${code})`),
        ),
      );
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(data);
  });
}

// Threads that finished a replay, for the next (`check` replays HEAD, the base and the fork point), each with
// the listener that drops it if it fails while idle.
const idle = new Map<Worker, () => void>();

/** A thread being started ahead of the first replay (see prewarmThread). */
let warming: Promise<void> | undefined;

/**
 * Starts a replay thread and has it load `engine` while the caller still reads the trees it will replay:
 * the first replay then finds it idle and ready. Nothing happens if a thread is idle already.
 */
export function prewarmThread(engine: EngineName): void {
  if (idle.size > 0 || warming) return;
  warming = (async () => {
    const worker = await startWorker();
    worker.postMessage({ preload: engine });
    release(worker);
  })().catch(() => undefined);
}

async function acquire(workerUrl?: string): Promise<Worker> {
  // A thread started from another bundle (the host's from source) is not that one.
  if (warming && !workerUrl) await warming;
  warming = undefined;
  const [entry] = idle;
  if (!entry) return workerUrl ? new Worker(new URL(workerUrl)) : startWorker();
  const [worker, drop] = entry;
  idle.delete(worker);
  worker.off("error", drop);
  worker.off("exit", drop);
  worker.ref();
  return worker;
}

/** An idle thread never keeps the process alive; one that fails while idle is dropped. */
function release(worker: Worker): void {
  const drop = () => {
    idle.delete(worker);
    void worker.terminate();
  };
  worker.unref();
  idle.set(worker, drop);
  worker.on("error", drop);
  worker.on("exit", drop);
}

function stopped(
  job: WatchedReplay,
  at: ReturnType<typeof readPosition>,
  done: MigrationReport[],
  findings: Finding[],
  engine: EngineInfo | undefined,
): WatchedResult {
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
      ms: 0,
    });
  return {
    migrations,
    findings: [...findings, stop.finding],
    schema: makeSchema([]),
    touched: new Map(),
    // Told by the replay as soon as its database was open, before any statement could be stopped.
    engine: engine ?? { name: job.options.engine === "native" ? "native" : "wasm", sqlite: "unknown" },
    timedOut: true,
  };
}

function moduleFault(job: WatchedReplay, what: string): LockstepError {
  return new LockstepError(
    "config",
    `database "${job.spec.name}": the "functions" module ${shownPath(job.cwd, resolvePath(job.spec.root, job.spec.config.functions ?? ""))} ${what}; fix the module`,
  );
}

/** dist/replay-worker.js beside the bundle's entries (this code sits in dist/ or dist/chunks/). */
async function startWorker(): Promise<Worker> {
  const early = takeEarlyThread();
  if (early) return early;
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new Worker(await sourceWorker());
  for (const candidate of ["./replay-worker.js", "../replay-worker.js"]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return new Worker(url, { env: withCompileCache(process.env) });
  }
  throw new LockstepError("internal", "replay-worker.js is missing beside the bundle; reinstall lockstep");
}
