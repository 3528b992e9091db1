import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-EE47SFLF.js";
import "./chunk-ICMZNNJY.js";
import "./chunk-OMTG63DB.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-YOIM3XZQ.js";
import "./chunk-5KJE5QIT.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-H3DQSXHO.js";
import "./chunk-5UZ3F3RE.js";
import "./chunk-I7OISHKV.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-PQTOW6JS.js";
import "./chunk-DWC7GDUM.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
