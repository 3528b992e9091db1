import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-3LH2F4JP.js";
import "./chunk-5SLEBWXU.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-LDQAA5Y7.js";
import "./chunk-7HVCTHPG.js";
import "./chunk-BAILF4VP.js";
import "./chunk-RCIOBLM7.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-CELOQ5GG.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-GTLICDIX.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-UJ557UV3.js";
import "./chunk-Z3PMPGCH.js";
import "./chunk-WR5YIZ6K.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-YZCTIH3S.js";
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
