import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  startEarlyThread
} from "./chunks/chunk-X42F5YEA.js";
import "./chunks/chunk-CVUXP45T.js";

// src/engine/replay/replay-host.ts
if (!import.meta.url.endsWith(".ts")) startEarlyThread(new URL("./replay-worker.js", import.meta.url));
await import("./chunks/host-main-LO4NU6TE.js");
