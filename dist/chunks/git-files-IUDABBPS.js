import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  displayOf,
  filesAt,
  submoduleNotes
} from "./chunk-KLM6TGC2.js";
import "./chunk-KEUQJV75.js";
import "./chunk-GXB7DCRG.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-CVUXP45T.js";
export {
  displayOf,
  filesAt,
  submoduleNotes
};
