import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-JKFYX5AD.js";
import "./chunk-L777WZBW.js";
import "./chunk-CQLAKS2B.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-EFVPCM3D.js";
import "./chunk-G2M362GD.js";
import "./chunk-2JL7TZVJ.js";
import "./chunk-2SSXICKE.js";
import "./chunk-25HNTWDI.js";
import "./chunk-SB34DSUF.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-ATO5M4XY.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-BSGDN2GG.js";
import "./chunk-C7XSC45V.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-UHGHVWWI.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
