import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-EXMCYYTI.js";
import "./chunk-CZIUGIZJ.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-M7X62JYT.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-FUBDEBPJ.js";
import "./chunk-VK65DCYY.js";
import "./chunk-DHXASRTZ.js";
import "./chunk-GKBLBY46.js";
import "./chunk-WGWIJW6O.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import "./chunk-I7OISHKV.js";
import "./chunk-S24SNHS2.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-H2JTH3YR.js";
import "./chunk-HBEU5D6R.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-V22566P4.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
