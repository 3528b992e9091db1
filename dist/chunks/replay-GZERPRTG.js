import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-4VGRG4UM.js";
import "./chunk-QYYSOGQZ.js";
import "./chunk-I7OISHKV.js";
import "./chunk-V3E4BTS3.js";
import "./chunk-5LO7KLKU.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-YV5NQJMZ.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
