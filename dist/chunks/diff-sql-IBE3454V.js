import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-RGKRXV73.js";
import "./chunk-7HOCV372.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-VMN4QLO7.js";
import "./chunk-HF6DETXZ.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-OSXN3N6B.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-4TMWVG6C.js";
import "./chunk-VK65DCYY.js";
import "./chunk-LHDVI6JK.js";
import "./chunk-4L5QS7IL.js";
import "./chunk-XDLT36BB.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-VAND7VDZ.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-QYA4WZBR.js";
import "./chunk-SS2QV523.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-PUPWOWAE.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
