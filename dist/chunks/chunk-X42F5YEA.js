import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/engine/replay/early-thread.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var early;
function startEarlyThread(url) {
  if (early || !existsSync(fileURLToPath(url))) return;
  const worker = new Worker(url);
  const forget = () => {
    if (early?.worker === worker) early = void 0;
  };
  worker.on("error", forget);
  worker.on("exit", forget);
  early = { worker, forget };
}
function takeEarlyThread() {
  const taken = early;
  early = void 0;
  if (!taken) return void 0;
  taken.worker.off("error", taken.forget);
  taken.worker.off("exit", taken.forget);
  return taken.worker;
}

export {
  startEarlyThread,
  takeEarlyThread
};
