import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
} from "./chunk-WURJDG7Q.js";
import "./chunk-5PY6424D.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-VGD5P27U.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-MPZD2IF3.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-WRMKBYHZ.js";
import "./chunk-IYWECWBZ.js";
import "./chunk-AYFTMZ77.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-I7OISHKV.js";
import "./chunk-RBLZPAMB.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-YTUG5NSO.js";
import "./chunk-5YFJ7SZK.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-4GCLQORO.js";
import "./chunk-CVUXP45T.js";
export {
  applyRules,
  prewarmReplay,
  replayDatabase,
  runReplay
};
