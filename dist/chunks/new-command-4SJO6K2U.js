import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-ZWEYALRW.js";
import "./chunk-ANHEPWEQ.js";
import "./chunk-6OKD2WFL.js";
import "./chunk-JBDAWKGE.js";
import "./chunk-SX27RWT7.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-S4UUAWNN.js";
import "./chunk-5OQUSBGD.js";
import "./chunk-P3TEJAU3.js";
import "./chunk-PPE57OBF.js";
import "./chunk-YQQQ6G2N.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-KLM6TGC2.js";
import "./chunk-KEUQJV75.js";
import "./chunk-G2C637I4.js";
import "./chunk-D256OFLM.js";
import "./chunk-XBMZB5PI.js";
import "./chunk-YVCCOG25.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-GXB7DCRG.js";
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
