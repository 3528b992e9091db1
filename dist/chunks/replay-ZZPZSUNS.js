import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-SP2APR4W.js";
import "./chunk-7MUHPXK5.js";
import "./chunk-RSNYL6WD.js";
import "./chunk-HS5RU556.js";
import "./chunk-O7355HEE.js";
import "./chunk-ZCNWIJOX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-6XCSEPQA.js";
import "./chunk-ZQWHUZLL.js";
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
