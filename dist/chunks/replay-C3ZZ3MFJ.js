import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-HWCF6SWR.js";
import "./chunk-YMPPRDJS.js";
import "./chunk-ISIEY7XS.js";
import "./chunk-GAY5MXGX.js";
import "./chunk-OU2U5KGJ.js";
import "./chunk-YV5NQJMZ.js";
import "./chunk-UWWTH25P.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
