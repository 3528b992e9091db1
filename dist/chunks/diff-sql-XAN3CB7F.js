import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-JBEEKWKV.js";
import "./chunk-UW5SNF2J.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-VDCG4PX7.js";
import "./chunk-46VPQHSI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-HRABOS6Y.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-3R2Q7PGF.js";
import "./chunk-VK65DCYY.js";
import "./chunk-5JVJJ74B.js";
import "./chunk-2WXLUXI6.js";
import "./chunk-7JURN623.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-DUARKV3H.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-S7NCO5UF.js";
import "./chunk-MKM35N3Y.js";
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
