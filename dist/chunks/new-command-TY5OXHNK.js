import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-JVQ6Y7XA.js";
import "./chunk-S4QEJ2P2.js";
import "./chunk-SODZKDDV.js";
import "./chunk-L777WZBW.js";
import "./chunk-CQLAKS2B.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2M362GD.js";
import "./chunk-SB34DSUF.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-ATO5M4XY.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-BSGDN2GG.js";
import "./chunk-UJ557UV3.js";
import "./chunk-C7XSC45V.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-UHGHVWWI.js";
import "./chunk-CVUXP45T.js";

// src/cli/new-command.ts
async function newCommand(io, args) {
  const result = await runNew({ cwd: io.cwd, name: args.name, db: args.db, configPath: args.config });
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
