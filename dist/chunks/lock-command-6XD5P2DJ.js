import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runLock
} from "./chunk-BJUN4ADH.js";
import {
  renderFindingText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-ILLIW43Z.js";
import "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/lock-command.ts
async function lockCommand(io, args) {
  const { results, notes } = await runLock({
    cwd: io.cwd,
    env: io.env,
    dir: args.dir,
    configPath: args.config,
    db: args.db,
    check: args.check,
    amend: args.amend
  });
  for (const note of notes) io.err(`lockstep: ${escapeControl(note)}
`);
  let errors = 0;
  for (const r of results) {
    for (const file of r.skipped)
      io.err(`lockstep: ${escapeControl(file)} cannot be read, so ${escapeControl(r.file)} does not cover it
`);
    if (r.status === "written") io.out(`wrote ${escapeControl(r.file)}
`);
    else if (r.status === "unchanged") io.out(`${escapeControl(r.file)} is up to date
`);
    else if (r.findings.length === 0) io.out(`${escapeControl(r.file)} matches the migrations
`);
    for (const f of r.findings) io.out(`${renderFindingText(f, io.style)}
`);
    errors += r.findings.filter((f) => f.severity === "error").length;
  }
  return errors > 0 ? 1 : 0;
}
export {
  lockCommand
};
