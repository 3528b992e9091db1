import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runGuard
} from "./chunk-P2Z45EO7.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import {
  renderFindingText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-UJ557UV3.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-CVUXP45T.js";

// src/cli/guard-command.ts
var APPLIED_RULES = /* @__PURE__ */ new Set([
  "locked-modified",
  "locked-deleted",
  "locked-renamed",
  "lockfile-tampered",
  "out-of-order"
]);
async function guardCommand(io, args) {
  if (io.env.LOCKSTEP_SKIP === "1") {
    io.err("lockstep: LOCKSTEP_SKIP=1, guard skipped (CI still checks)\n");
    return 0;
  }
  const result = await runGuard({
    cwd: io.cwd,
    env: io.env,
    base: args.base,
    configPath: args.config,
    db: args.db
  });
  let errors = 0;
  let aboutApplied = true;
  if (result.databases.length > 0) for (const note of result.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  for (const db of result.databases) {
    for (const f of db.findings) io.err(`${renderFindingText(f, io.style)}
`);
    const refused = db.findings.filter((f) => f.severity === "error");
    errors += refused.length;
    aboutApplied &&= refused.every((f) => APPLIED_RULES.has(f.rule));
    if (db.lockStaged) io.err(`lockstep: updated and staged ${escapeControl(db.lockStaged)}
`);
  }
  if (errors > 0) {
    const against = result.base ? `applied means in ${result.base.frozenRef === "HEAD" ? "HEAD" : escapeControl(result.base.ref)} (${result.base.how})` : "applied means committed in HEAD (no base branch found)";
    io.err(
      `lockstep: commit refused, ${errors} problem${errors === 1 ? "" : "s"} ${aboutApplied ? "with applied migrations" : "in the staged migrations"}; ${against}. LOCKSTEP_SKIP=1 or git commit --no-verify skips this check; CI still runs it.
`
    );
    return 1;
  }
  return 0;
}
export {
  guardCommand
};
