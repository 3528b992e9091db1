import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  prewarmThread,
  replayWatched
} from "./chunk-HNTKQ7MF.js";
import "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-X7R4MUVV.js";
import "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/engine/replay/host-main.ts
var send = (message) => process.send?.(message);
async function run(request) {
  const result = await replayWatched(
    {
      ...request.job,
      onProgress: request.progress ? (done, total) => send({ type: "progress", done, total }) : void 0
    },
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
