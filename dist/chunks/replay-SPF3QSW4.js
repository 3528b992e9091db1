import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-P3TEJAU3.js";
import "./chunk-PPE57OBF.js";
import "./chunk-YQQQ6G2N.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-KLM6TGC2.js";
import "./chunk-KEUQJV75.js";
import "./chunk-G2C637I4.js";
import "./chunk-D256OFLM.js";
import "./chunk-XBMZB5PI.js";
import "./chunk-YVCCOG25.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-GXB7DCRG.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-BFRFBM5V.js";
import "./chunk-PLNMKAPZ.js";
import "./chunk-5OGJ6SNL.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
