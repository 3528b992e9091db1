import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// A replay thread started by the replay's process before it loads the rest of itself: the thread's own
// start-up (a new V8 isolate, Node's internals, its modules) then runs beside that loading, not after it.

let early: { worker: Worker; forget: () => void } | undefined;

/** Starts dist/replay-worker.js (`url`) if it is there; a thread that fails before it is taken is dropped. */
export function startEarlyThread(url: URL): void {
  if (early || !existsSync(fileURLToPath(url))) return;
  const worker = new Worker(url);
  const forget = () => {
    if (early?.worker === worker) early = undefined;
  };
  worker.on("error", forget);
  worker.on("exit", forget);
  early = { worker, forget };
}

/** The thread startEarlyThread started, once, or undefined (never started, or it failed meanwhile). */
export function takeEarlyThread(): Worker | undefined {
  const taken = early;
  early = undefined;
  if (!taken) return undefined;
  taken.worker.off("error", taken.forget);
  taken.worker.off("exit", taken.forget);
  return taken.worker;
}
