import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-JGZIK7L2.js";
import "./chunk-BMNDGQMD.js";
import "./chunk-NI55PCU4.js";
import "./chunk-BBQGBFHJ.js";
import "./chunk-ACSV2ULV.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-VPJ62SOJ.js";
import "./chunk-JPMREDHX.js";
import "./chunk-J24BERHA.js";
import "./chunk-FXBUNWIZ.js";
import "./chunk-TOJQITL6.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-4IC3GJGF.js";
import "./chunk-SZAJJULD.js";
import "./chunk-G2C637I4.js";
import "./chunk-7KI3BYUL.js";
import "./chunk-4XT556VW.js";
import "./chunk-GJWZUD4C.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-5QFZSIP7.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-UJ557UV3.js";
import "./chunk-BFRFBM5V.js";
import "./chunk-PLNMKAPZ.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-XEVHRPGF.js";
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
