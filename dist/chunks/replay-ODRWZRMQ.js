import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-Y7VJSKFR.js";
import "./chunk-DA2BZN32.js";
import "./chunk-6RFJTOA6.js";
import "./chunk-K7LMF4C3.js";
import "./chunk-MWUJ26V3.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-QXNGSEYB.js";
import "./chunk-5EGT4IKB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-DFXCLHQK.js";
import "./chunk-PB3FNGHD.js";
import "./chunk-IKS4B5YK.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
