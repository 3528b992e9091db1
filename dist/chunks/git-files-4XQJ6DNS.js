import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  displayOf,
  filesAt,
  submoduleNotes
} from "./chunk-DP7SMHJF.js";
import "./chunk-DGP3YP7L.js";
import "./chunk-DDE6UK47.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-CVUXP45T.js";
export {
  displayOf,
  filesAt,
  submoduleNotes
};
