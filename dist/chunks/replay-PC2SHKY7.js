import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-FWWCXDBK.js";
import "./chunk-IIBQKHXR.js";
import "./chunk-N5RHZ7P4.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-R6KZKOO4.js";
import "./chunk-LHT74EUC.js";
import "./chunk-Z7JO3EWS.js";
import "./chunk-LUCARLON.js";
import "./chunk-X66W3JWU.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-MX5B3WSB.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-Q5BK37JH.js";
import "./chunk-3YUIE4X5.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-M4GB63FT.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
