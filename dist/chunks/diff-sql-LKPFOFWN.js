import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-AZI5ILNU.js";
import "./chunk-JWXP7MPW.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-JEI5INWX.js";
import "./chunk-YHF7C3NI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-Z4V56CBB.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-PVSADWPN.js";
import "./chunk-VK65DCYY.js";
import "./chunk-UQU72PK4.js";
import "./chunk-GIJIVTZ2.js";
import "./chunk-VOL3QQEX.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-JW3XPDM4.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-EQCEWGSS.js";
import "./chunk-NMWBOHVJ.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-PUPWOWAE.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
