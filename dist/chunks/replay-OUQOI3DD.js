import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-TY5KTXUO.js";
import "./chunk-7R7RDEQ3.js";
import "./chunk-M6SFYJNJ.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-BQWTIL24.js";
import "./chunk-KYMCQF72.js";
import "./chunk-GTUFZ4XT.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-IKVP3V2W.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-2UEZ7FYO.js";
import "./chunk-73PENYOA.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-LWTNB5XY.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
