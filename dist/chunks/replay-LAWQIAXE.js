import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  replayDatabase,
  runReplay
} from "./chunk-BG62CMBN.js";
import "./chunk-IXXFOQ6A.js";
import "./chunk-NTHUPPDO.js";
import "./chunk-735GAR4Q.js";
import "./chunk-OU2U5KGJ.js";
import "./chunk-6MLLIMV6.js";
import "./chunk-UWWTH25P.js";
export {
  applyRules,
  replayDatabase,
  runReplay
};
