import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-J24BERHA.js";
import "./chunk-FXBUNWIZ.js";
import "./chunk-TOJQITL6.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-4IC3GJGF.js";
import "./chunk-SZAJJULD.js";
import "./chunk-G2C637I4.js";
import "./chunk-7KI3BYUL.js";
import "./chunk-4XT556VW.js";
import "./chunk-GJWZUD4C.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-5QFZSIP7.js";
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
