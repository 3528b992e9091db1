import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-R5GQMT7H.js";
import "./chunk-WH4TYW5L.js";
import "./chunk-ASVXRW5M.js";
import "./chunk-XRG6IKB2.js";
import "./chunk-OU2U5KGJ.js";
import "./chunk-WI2ZW36K.js";
import "./chunk-UWWTH25P.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
