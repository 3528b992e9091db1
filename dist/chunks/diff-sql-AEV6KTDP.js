import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-DHHC7P2G.js";
import "./chunk-2ANMLT6F.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-DUEGHZZN.js";
import "./chunk-6QD36VMG.js";
import "./chunk-WD5GBYVN.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-AFWG5PRK.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-SM3BVP64.js";
import "./chunk-6SXV5I4J.js";
import "./chunk-2RE2OQRL.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-DDE6UK47.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-YHFC2QG4.js";
import "./chunk-QWFTYCWX.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
