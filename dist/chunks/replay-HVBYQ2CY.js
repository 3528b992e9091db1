import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-JTKS7JK3.js";
import "./chunk-MEOCLBEK.js";
import "./chunk-KZ57DSIG.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-OBUXJUDP.js";
import "./chunk-DGP3YP7L.js";
import "./chunk-G2C637I4.js";
import "./chunk-5XMPS4OV.js";
import "./chunk-M6BDOKTW.js";
import "./chunk-D5RJSSTG.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-C7ECVRTA.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-GEAABPKL.js";
import "./chunk-W224DENI.js";
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
