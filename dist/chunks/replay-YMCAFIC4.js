import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-5OC2WD3E.js";
import "./chunk-HS5RU556.js";
import "./chunk-7HVCTHPG.js";
import "./chunk-BAILF4VP.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-TH7R5EKG.js";
import "./chunk-WBG73DPQ.js";
import "./chunk-5RC7M3UC.js";
import "./chunk-2J7CNO2N.js";
import "./chunk-I7OISHKV.js";
import "./chunk-CELOQ5GG.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-GTLICDIX.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-Z3PMPGCH.js";
import "./chunk-WR5YIZ6K.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-YZCTIH3S.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
