import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  prewarmThread,
  replayWatched
} from "./chunks/chunk-KH5L7SP6.js";
import "./chunks/chunk-KL3UDGXN.js";
import "./chunks/chunk-HCNEHTPB.js";
import "./chunks/chunk-TR7J7TJX.js";
import "./chunks/chunk-5RV7R7RT.js";
import "./chunks/chunk-FTWE2UU2.js";
import "./chunks/chunk-2YOQCJGH.js";
import "./chunks/chunk-NTD3TKN5.js";
import "./chunks/chunk-UJ4G5TDP.js";
import "./chunks/chunk-YBKIMZXO.js";
import "./chunks/chunk-AS75FC3M.js";
import "./chunks/chunk-JSHXDXIC.js";
import "./chunks/chunk-AVXSGVIB.js";
import {
  LockstepError
} from "./chunks/chunk-HVSG2UMJ.js";
import "./chunks/chunk-J4JBNE5M.js";
import "./chunks/chunk-CVUXP45T.js";

// src/engine/replay/replay-host.ts
var send = (message) => process.send?.(message);
async function run(request) {
  const result = await replayWatched(
    { ...request.job, onProgress: (done, total) => send({ type: "progress", done, total }) },
    { workerUrl: request.workerUrl, abandonStopped: true }
  );
  send({ type: "done", result: { ...result, schema: { objects: new Map(result.schema.objects) } } });
}
process.on("message", (request) => {
  run(request).catch((error) => {
    const kind = error instanceof LockstepError ? error.kind : "internal";
    const message = error instanceof Error ? error.message : String(error);
    send({ type: "fault", kind, message, stack: error instanceof Error ? error.stack : void 0 });
  });
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
if (!import.meta.url.endsWith(".ts")) prewarmThread("native");
