import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-OLMGF5LX.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-4SWIL6AT.js";
import "./chunk-3IUPCQ4L.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-ELXH56KB.js";
import "./chunk-5XVE6VB3.js";
import "./chunk-ZTJVCKZ2.js";
import "./chunk-TPNI2MT2.js";
import "./chunk-VKMQKD47.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-P34DZR23.js";
import "./chunk-I7OISHKV.js";
import "./chunk-BCRJXBLX.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-ZN3DV6XH.js";
import "./chunk-ZSYM6HFY.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-VD4JFQKR.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
