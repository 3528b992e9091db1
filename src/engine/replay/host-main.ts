// A native replay's own process (its entry is replay-host.ts). node:sqlite runs a statement in C, where
// ending its thread cannot reach it: this process watches the replay as replayWatched does on any engine,
// and the parent ends it when a statement ran past its budget (see replay-process.ts).
import { LockstepError } from "../../core/errors.js";
import type { HostMessage, HostRequest } from "./replay-process.js";
import { prewarmThread, replayWatched } from "./replay-watch.js";

const send = (message: HostMessage) => process.send?.(message);

async function run(request: HostRequest): Promise<void> {
  const result = await replayWatched(
    {
      ...request.job,
      onProgress: request.progress ? (done, total) => send({ type: "progress", done, total }) : undefined,
    },
    { workerUrl: request.workerUrl, abandonStopped: true },
  );
  // The schema's layered map is a class: a plain Map is what survives the clone.
  send({ type: "done", result: { ...result, schema: { objects: new Map(result.schema.objects) } } });
}

process.on("message", (request: HostRequest) => {
  run(request).catch((error: unknown) => {
    const kind = error instanceof LockstepError ? error.kind : "internal";
    const message = error instanceof Error ? error.message : String(error);
    send({ type: "fault", kind, message, stack: error instanceof Error ? error.stack : undefined });
  });
});
// The parent is gone: nothing is left to replay for.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
// Bundled (not from source, where the parent names the thread's bundle), its thread (the one the entry
// started, if it is still there) loads node:sqlite now.
if (!import.meta.url.endsWith(".ts")) prewarmThread("native");
