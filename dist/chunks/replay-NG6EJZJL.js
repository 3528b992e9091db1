import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-WLO2MXRU.js";
import "./chunk-24ILQ44D.js";
import "./chunk-ZZUKEG6C.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-7U3TCUJX.js";
import "./chunk-BK72GBXJ.js";
import "./chunk-BT6WAHMZ.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-RQ7EDHKR.js";
import "./chunk-5UZ3F3RE.js";
import "./chunk-I7OISHKV.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-EIB6CSVR.js";
import "./chunk-M5LMBUXU.js";
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
