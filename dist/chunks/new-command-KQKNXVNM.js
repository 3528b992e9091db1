import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-KXJMNZI5.js";
import "./chunk-J5PVUXK7.js";
import "./chunk-S6OO6ROA.js";
import "./chunk-AVMRFSQL.js";
import "./chunk-SBLVARYX.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-CJ2BOADH.js";
import "./chunk-EXMCYYTI.js";
import "./chunk-CZIUGIZJ.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-M7X62JYT.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-FUBDEBPJ.js";
import "./chunk-VK65DCYY.js";
import "./chunk-DHXASRTZ.js";
import "./chunk-GKBLBY46.js";
import "./chunk-WGWIJW6O.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-YFUYWVF6.js";
import "./chunk-P5PX6FAB.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-S24SNHS2.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-UJ557UV3.js";
import "./chunk-H2JTH3YR.js";
import "./chunk-HBEU5D6R.js";
import "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-V22566P4.js";
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
