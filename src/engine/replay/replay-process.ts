import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LockstepError, type LockstepErrorKind } from "../../core/errors.js";
import { schemaOf } from "../../core/schema/index.js";
import { withCompileCache } from "./compile-cache.js";
import type { ReplaySetResult } from "./replay-set.js";
import type { WatchedReplay, WatchedResult } from "./replay-watch.js";
import { sourceBundle } from "./source-worker.js";

/** What the replay's process is asked: the job without its callback, and the worker to start from source. */
export interface HostRequest {
  job: Omit<WatchedReplay, "onProgress">;
  workerUrl?: string;
  /** The parent shows progress: without it the process sends none (a message a migration, for nothing). */
  progress?: boolean;
}

export type HostMessage =
  | { type: "ready" }
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: WatchedResult }
  | { type: "fault"; kind: LockstepErrorKind; message: string; stack?: string };

// Loads the module whose URL comes first, as the bundle from source cannot be a file argument.
const BOOT = 'process.once("message", (m) => import(m.url))';

/** A process that finished a replay, kept for the next one (`check` replays HEAD, the base and the fork point). */
let idle: ChildProcess | undefined;
/** A process being started ahead of the first replay (see prewarmHost). */
let starting: Promise<void> | undefined;

/** A process kept for the next replay never keeps this one alive. */
function park(child: ChildProcess): void {
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  idle = child;
}

/** Starts the replay's process while the caller still reads the trees it will replay. */
export function prewarmHost(): void {
  if (idle || starting) return;
  starting = startHost().then(park, () => undefined);
}

/**
 * Replays on the native engine in a process of its own, which is ended if a statement runs past its budget:
 * a thread blocked in node:sqlite cannot be ended, nor can a process that waits for it.
 */
export async function replayInProcess(job: WatchedReplay): Promise<WatchedResult> {
  if (starting) await starting;
  starting = undefined;
  const child = idle ?? (await startHost());
  idle = undefined;
  child.ref();
  const { onProgress, ...rest } = job;
  const fromSource = import.meta.url.endsWith(".ts");
  const request: HostRequest = {
    job: rest,
    workerUrl: fromSource ? (await sourceBundle("./replay-worker.ts")).href : undefined,
    progress: onProgress !== undefined,
  };
  return new Promise<WatchedResult>((resolve, reject) => {
    const done = (keep: boolean, outcome: () => void) => {
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (keep) park(child);
      else child.kill("SIGKILL");
      outcome();
    };
    const onMessage = (message: HostMessage) => {
      if (message.type === "progress") onProgress?.(message.done, message.total);
      else if (message.type === "done") {
        const result = message.result as ReplaySetResult & { timedOut?: boolean };
        // A stopped replay leaves its thread stuck in SQLite: only ending the process frees it.
        done(!result.timedOut, () => resolve({ ...result, schema: schemaOf(result.schema.objects) }));
      } else if (message.type === "fault")
        done(false, () =>
          reject(
            message.kind === "internal"
              ? Object.assign(new Error(message.message), { stack: message.stack })
              : new LockstepError(message.kind, message.message),
          ),
        );
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(false, () =>
        reject(
          new LockstepError(
            "internal",
            `the replay process stopped without a result (${signal ?? `exit code ${code}`})`,
          ),
        ),
      );
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.send(request);
  });
}

/** dist/replay-host.js beside the bundle's entries; from source, the host bundled on the fly. */
async function startHost(): Promise<ChildProcess> {
  const here = import.meta.url;
  const fromSource = here.endsWith(".ts");
  let file: string | undefined;
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
    serialization: "advanced",
  });
  if (fromSource) child.send({ url: (await sourceBundle("./replay-host.ts")).href });
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: HostMessage) => {
      if (m.type !== "ready") return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve();
    };
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new LockstepError("internal", `the replay process did not start (exit code ${code})`));
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
  return child;
}
