import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-UAXCAKMP.js";
import "./chunk-UXP4G2GG.js";
import "./chunk-ZHGVCWFA.js";
import "./chunk-SALRE7GV.js";
import "./chunk-MXMU4MGR.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-CHCKWS7E.js";
import "./chunk-ZQWHUZLL.js";
import "./chunk-I7OISHKV.js";
import "./chunk-DFXCLHQK.js";
import "./chunk-QNOSOVEJ.js";
import "./chunk-KSWA4IWM.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
