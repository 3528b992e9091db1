import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-JXTTIEXE.js";
import "./chunk-RL767TJW.js";
import "./chunk-2CJTS5TT.js";
import "./chunk-P2Z45EO7.js";
import "./chunk-BJUN4ADH.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-G2C637I4.js";
import "./chunk-LR4K5SKU.js";
import "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-UJ557UV3.js";
import "./chunk-ILLIW43Z.js";
import "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/new-command.ts
async function newCommand(io, args) {
  const { from, to } = args;
  if (from === void 0 !== (to === void 0))
    throw new LockstepError(
      "usage",
      `new: --${from === void 0 ? "to" : "from"} needs --${from === void 0 ? "from" : "to"}: name both database files, --from A.db (the schema now) and --to B.db (the schema wanted)`
    );
  const schemas = from !== void 0 && to !== void 0 ? { from, to } : void 0;
  const result = await runNew({
    cwd: io.cwd,
    name: args.name,
    db: args.db,
    configPath: args.config,
    schemas
  });
  if (result.equal) {
    io.err("lockstep: nothing to write: the schemas are equal\n");
    return 1;
  }
  for (const note of result.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  for (const path of result.created) io.out(`${escapeControl(path)}
`);
  if (result.lockFile) io.err(`lockstep: updated ${escapeControl(result.lockFile)}
`);
  return 0;
}
export {
  newCommand
};
