import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-6CBFTO3P.js";
import "./chunk-MM7L7PHR.js";
import "./chunk-HBVHP6QY.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-TVL365EP.js";
import "./chunk-IRO5YSAM.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-WHUVB766.js";
import "./chunk-M57VCG7M.js";
import "./chunk-I7OISHKV.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-W4XGDPOQ.js";
import "./chunk-GYOGSHAP.js";
import "./chunk-3HSR7EDI.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
