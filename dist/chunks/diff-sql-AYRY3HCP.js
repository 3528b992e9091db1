import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-JZLQ6E6U.js";
import "./chunk-O6YUKKFQ.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-NJVI7ZL2.js";
import "./chunk-OOADVRCQ.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ZD74ABP4.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-F7EMZ4QG.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-CXHFZR7R.js";
import "./chunk-EWAH67HU.js";
import "./chunk-PGNOCMX2.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-TFIA5J6L.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-F7WZ72VU.js";
import "./chunk-Q6P2RXRD.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-3VPQ7E7R.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
