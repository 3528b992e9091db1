import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runDiffSql
} from "./chunk-5JTXJALC.js";
import "./chunk-SEOY5EQB.js";
import "./chunk-N4TWXMS7.js";
import "./chunk-LTMJRQNT.js";
import "./chunk-CE5AM7T2.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-KSWMQAP2.js";
import "./chunk-ADQXU3RV.js";
import "./chunk-CWI6P5CI.js";
import "./chunk-YDSK3MHR.js";
import "./chunk-CELOQ5GG.js";
import "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-ZK6D5OMD.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-OD4DC5I4.js";
import "./chunk-5QMRCAHC.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-YZCTIH3S.js";
import "./chunk-CVUXP45T.js";
export {
  runDiffSql
};
