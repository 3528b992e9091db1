import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  discoverSets
} from "./chunk-LDD26S65.js";
import "./chunk-BSGDN2GG.js";
import "./chunk-UJ557UV3.js";
import "./chunk-C7XSC45V.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-UHGHVWWI.js";
import "./chunk-CVUXP45T.js";
export {
  discoverSets
};
