import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  discoverSets
} from "./chunk-PHSNH562.js";
import "./chunk-UJ557UV3.js";
import "./chunk-BFRFBM5V.js";
import "./chunk-PLNMKAPZ.js";
import "./chunk-5OGJ6SNL.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  discoverSets
};
