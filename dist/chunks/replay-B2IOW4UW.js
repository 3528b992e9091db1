import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-ID2DQIUP.js";
import "./chunk-K3EKP4L5.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-XALYGFFL.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-2D57GF46.js";
import "./chunk-VK65DCYY.js";
import "./chunk-IR2Q6HA3.js";
import "./chunk-ZZ4EE6O4.js";
import "./chunk-U3HLUM2U.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-242PKYQU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-JSLSBCXI.js";
import "./chunk-VLOARFGP.js";
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
