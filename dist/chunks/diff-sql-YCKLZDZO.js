import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
} from "./chunk-3VL5KIVJ.js";
import "./chunk-2HC2MBOA.js";
import "./chunk-33GMORWN.js";
import "./chunk-JQBW7WOO.js";
import "./chunk-CBX3YRLW.js";
import "./chunk-624WEAMP.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-OLO5JJKZ.js";
import "./chunk-DGP3YP7L.js";
import "./chunk-G2C637I4.js";
import "./chunk-DQ7T5QMP.js";
import "./chunk-TVIYG6ET.js";
import "./chunk-RQ3LG3KW.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-L7SXOYYH.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-WQMJWBJG.js";
import "./chunk-AS75FC3M.js";
import "./chunk-JSHXDXIC.js";
import "./chunk-AVXSGVIB.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";
export {
  bothDatabaseFiles,
  runDiffSql,
  sourceOf
};
