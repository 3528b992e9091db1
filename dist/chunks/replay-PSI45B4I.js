import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-QV2DPDCA.js";
import "./chunk-OCGMJZQX.js";
import "./chunk-I7OISHKV.js";
import "./chunk-CFCCHNXO.js";
import "./chunk-JTCJ3LMC.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-LIGOKWFV.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
