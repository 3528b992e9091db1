import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-45JV7TOU.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-XXXIXT6E.js";
import "./chunk-GWNVVNRA.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-CPS3JRBD.js";
import "./chunk-5C6G7LR2.js";
import "./chunk-6GJQZ7JT.js";
import "./chunk-C5Z3P557.js";
import "./chunk-B6OPVLFY.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-DQAM7RLY.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-I44WWFMU.js";
import "./chunk-6UE4LGNV.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-PUPWOWAE.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
