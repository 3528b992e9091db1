import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-FZUGMJMT.js";
import "./chunk-TRN6TISZ.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-6B4VALGJ.js";
import "./chunk-DCTNMA2H.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-UC5NBNOT.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-OFBTQGTZ.js";
import "./chunk-VK65DCYY.js";
import "./chunk-KAYKUOQ4.js";
import "./chunk-I6ODBN45.js";
import "./chunk-GY7GP6QB.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-R6D72WYS.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-AZ6VQPTV.js";
import "./chunk-N3653PRS.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-XDSL7GLM.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
