import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-SP4NUP5L.js";
import "./chunk-7BBL6JR3.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-XHURXQII.js";
import "./chunk-GOPZSLCA.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-MR57W3S2.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-YHA75P4T.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-OX6DW6PB.js";
import "./chunk-V4TFGQIN.js";
import "./chunk-3SBKKMGQ.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-OARPHFSV.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-WQGWOCW4.js";
import "./chunk-DSBU6LWR.js";
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
