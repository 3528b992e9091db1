import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-AV2H3JRT.js";
import "./chunk-22LT55D2.js";
import "./chunk-R6COOLY6.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-TNJSLVYV.js";
import "./chunk-WOTIO25Z.js";
import "./chunk-7NNXFIMV.js";
import "./chunk-WD4D2WSJ.js";
import "./chunk-X66W3JWU.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-VWYF7BGG.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-QNV2EGDP.js";
import "./chunk-6Y26ABH6.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-IO3NYZTS.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
