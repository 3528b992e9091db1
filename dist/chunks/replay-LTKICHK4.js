import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-IM7AE556.js";
import "./chunk-Q5EB4RDS.js";
import "./chunk-VMPOU4YR.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-7EHHRWSV.js";
import "./chunk-DGP3YP7L.js";
import "./chunk-G2C637I4.js";
import "./chunk-EUAM24UZ.js";
import "./chunk-5VBBFF2Z.js";
import "./chunk-IH7GLSXI.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
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
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
