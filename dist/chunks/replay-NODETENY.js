import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-FAOLHE3W.js";
import "./chunk-S5JUXZQQ.js";
import "./chunk-5C35RQHP.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-2DZAJ2LP.js";
import "./chunk-5QL4QTKP.js";
import "./chunk-5UZ3F3RE.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-BUAU7G5S.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-6H5ZR6XF.js";
import "./chunk-5E2CUYR4.js";
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
