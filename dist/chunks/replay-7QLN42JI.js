import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-MUIJVZFW.js";
import "./chunk-2GFGZVME.js";
import "./chunk-I7OISHKV.js";
import "./chunk-C4UAGEJZ.js";
import "./chunk-K4ATIF5S.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-LIGOKWFV.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
