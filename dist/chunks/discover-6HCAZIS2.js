import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  discoverSets
} from "./chunk-WRP5VWN5.js";
import "./chunk-UJ557UV3.js";
import "./chunk-H2JTH3YR.js";
import "./chunk-HBEU5D6R.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-V22566P4.js";
import "./chunk-CVUXP45T.js";
export {
  discoverSets
};
