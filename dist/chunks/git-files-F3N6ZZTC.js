import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  filesAt,
  submoduleNotes
} from "./chunk-RSNYL6WD.js";
import "./chunk-6XCSEPQA.js";
import "./chunk-DFXCLHQK.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-CVUXP45T.js";
export {
  filesAt,
  submoduleNotes
};
