import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-JDD2PEG3.js";
import "./chunk-QZWQQQT5.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-AHOLNJQG.js";
import "./chunk-TONVTDYS.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-VWWSICMU.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-RFPK37MZ.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-QVBBGPNI.js";
import "./chunk-ZYIPRRHX.js";
import "./chunk-OVHAMPF4.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-A6ESLOQF.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-QM74PCI7.js";
import "./chunk-T6P2CTWY.js";
import "./chunk-I7OISHKV.js";
import "./chunk-AVXSGVIB.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
