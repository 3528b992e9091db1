import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-FMXVY7CJ.js";
import "./chunk-VLIS4OVD.js";
import "./chunk-IUW3FRRF.js";
import "./chunk-DA2BZN32.js";
import "./chunk-6RFJTOA6.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-5QLR34O4.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-QXNGSEYB.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-DFXCLHQK.js";
import "./chunk-PB3FNGHD.js";
import "./chunk-IKS4B5YK.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-VZ4ZRTPL.js";
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
