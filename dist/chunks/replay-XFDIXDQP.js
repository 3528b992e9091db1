import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-623UW3MK.js";
import "./chunk-YXHRR3ST.js";
import "./chunk-WUVRSID5.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-CT2PQZDQ.js";
import "./chunk-JH4IH4JS.js";
import "./chunk-5JCFMZFG.js";
import "./chunk-44XKOSJO.js";
import "./chunk-P6BTJHDL.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-MWXDUOI4.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-TB6BACV5.js";
import "./chunk-TVJNDH33.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-MXKZ7EFD.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
