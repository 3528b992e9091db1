import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-OME53PMF.js";
import "./chunk-FEKMPCJR.js";
import "./chunk-KW47OM5R.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-LUJO7C67.js";
import "./chunk-2ZE7BSQE.js";
import "./chunk-5UZ3F3RE.js";
import "./chunk-BT6WAHMZ.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-7EH6V67V.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-ONK5TQI7.js";
import "./chunk-ADDMN36A.js";
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
