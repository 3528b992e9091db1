import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-L4INM73I.js";
import "./chunk-BHWGI7KD.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-ZSRDYHWY.js";
import "./chunk-3MOFF6VH.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-IS4RUUWE.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-YDJFV5NB.js";
import "./chunk-5C6G7LR2.js";
import "./chunk-UUMSKWDT.js";
import "./chunk-42PAOVD4.js";
import "./chunk-NQSIP5OK.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5WLZ7FKZ.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-7RU5DUJB.js";
import "./chunk-JW2XH6N7.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-PUPWOWAE.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
