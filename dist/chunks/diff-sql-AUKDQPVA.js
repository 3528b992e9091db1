import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-BJYXI4Y6.js";
import "./chunk-ENQOG5ID.js";
import "./chunk-JWP3TNA4.js";
import "./chunk-YP4MOLQI.js";
import "./chunk-2P44GOYY.js";
import "./chunk-QQHUXFFO.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-M6SO7QYI.js";
import "./chunk-SZAJJULD.js";
import "./chunk-G2C637I4.js";
import "./chunk-ODF5CSNN.js";
import "./chunk-WTD2BLVX.js";
import "./chunk-YZAAH7QV.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-ZG6JHZ5P.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-63WR3TGS.js";
import "./chunk-J4CSG7SS.js";
import "./chunk-UEF22DLU.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
