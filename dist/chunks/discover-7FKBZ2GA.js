import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  discoverSets
} from "./chunk-LV3AMTCQ.js";
import "./chunk-UJ557UV3.js";
import "./chunk-GEAABPKL.js";
import "./chunk-W224DENI.js";
import "./chunk-UEF22DLU.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  discoverSets
};
