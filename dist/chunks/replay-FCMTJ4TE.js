import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-U3CRAQP7.js";
import "./chunk-HS5RU556.js";
import "./chunk-G6UR7PK2.js";
import "./chunk-SPOYZUFN.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-7U5LMB62.js";
import "./chunk-2LDDCFS3.js";
import "./chunk-SEDDAWTC.js";
import "./chunk-K3PRMLFO.js";
import "./chunk-F2SN3MN7.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-3KFSGBYG.js";
import "./chunk-I7OISHKV.js";
import "./chunk-DECCSIQ6.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-LEWRZYRU.js";
import "./chunk-ZKC3YXVY.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-Y3KLY6BX.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
