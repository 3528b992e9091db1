import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-UO54QESF.js";
import "./chunk-5EYLOQQM.js";
import "./chunk-JU6VLLNC.js";
import "./chunk-YIWCN5IM.js";
import "./chunk-ASVXRW5M.js";
import "./chunk-XRG6IKB2.js";
import {
  escapeControl
} from "./chunk-OU2U5KGJ.js";
import "./chunk-WI2ZW36K.js";
import "./chunk-UWWTH25P.js";

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
