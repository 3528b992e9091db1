import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-6R727NIM.js";
import "./chunk-35CVQCJ7.js";
import "./chunk-5MQY7YH4.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-MBQWPYDM.js";
import "./chunk-G2M362GD.js";
import "./chunk-4UFKAGQ3.js";
import "./chunk-LPXX3SYK.js";
import "./chunk-2S55YLDQ.js";
import "./chunk-SB34DSUF.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-OTHHKLPP.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-A7TPIUHB.js";
import "./chunk-USOH5WP4.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-XJBDMVNX.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
