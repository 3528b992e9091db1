import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-GVDM46EV.js";
import "./chunk-4LS7LQXJ.js";
import "./chunk-O4NPCGI5.js";
import "./chunk-7MUHPXK5.js";
import "./chunk-RSNYL6WD.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-5QLR34O4.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-6XCSEPQA.js";
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
