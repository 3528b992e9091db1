import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-ZW4BJWBY.js";
import "./chunk-MKRYDVZY.js";
import "./chunk-KNALGUZM.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-SVPI3VOG.js";
import "./chunk-G2M362GD.js";
import "./chunk-6ZYJPCG2.js";
import "./chunk-HMOA662R.js";
import "./chunk-NRYISIWM.js";
import "./chunk-SB34DSUF.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-NE5QHB75.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-HA6C4MEM.js";
import "./chunk-S7E3QBTJ.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-XJSYZQJS.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
