import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runNew
} from "./chunk-CFU2GMNJ.js";
import "./chunk-BJYXI4Y6.js";
import "./chunk-ENQOG5ID.js";
import "./chunk-QBNHXOKK.js";
import "./chunk-LNR26NXB.js";
import "./chunk-QDHQ2QAC.js";
import "./chunk-JWP3TNA4.js";
import "./chunk-YP4MOLQI.js";
import "./chunk-2P44GOYY.js";
import "./chunk-QQHUXFFO.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-M6SO7QYI.js";
import "./chunk-SZAJJULD.js";
import "./chunk-G2C637I4.js";
import "./chunk-ODF5CSNN.js";
import "./chunk-WTD2BLVX.js";
import "./chunk-YZAAH7QV.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import "./chunk-ZG6JHZ5P.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-UJ557UV3.js";
import "./chunk-63WR3TGS.js";
import "./chunk-J4CSG7SS.js";
import {
  escapeControl
} from "./chunk-UEF22DLU.js";
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
