import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-N5AOEYK6.js";
import "./chunk-IAVCW6IK.js";
import "./chunk-JMIYWOFL.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-2IPFOKRV.js";
import "./chunk-4GVFU47G.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-ZNIXDZ3E.js";
import "./chunk-5UZ3F3RE.js";
import "./chunk-I7OISHKV.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-LWTIBDHG.js";
import "./chunk-WZENEWFI.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-LWTNB5XY.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
