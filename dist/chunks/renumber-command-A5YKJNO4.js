import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runRenumber
} from "./chunk-JXTTIEXE.js";
import "./chunk-RL767TJW.js";
import "./chunk-2CJTS5TT.js";
import "./chunk-P2Z45EO7.js";
import "./chunk-BJUN4ADH.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-G2C637I4.js";
import "./chunk-LR4K5SKU.js";
import "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-UJ557UV3.js";
import "./chunk-ILLIW43Z.js";
import "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/renumber-command.ts
async function renumberCommand(io, args) {
  const result = await runRenumber({
    cwd: io.cwd,
    base: args.base,
    dryRun: args.dryRun,
    db: args.db,
    configPath: args.config
  });
  for (const note of result.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const against = result.base ? `applied means in ${result.base.frozenRef === "HEAD" ? "HEAD" : escapeControl(result.base.ref)} (${result.base.how})` : "no base branch found: applied means committed in HEAD";
  let problems = 0;
  for (const db of result.databases) {
    for (const move of db.moves) io.out(`${escapeControl(move.from)} -> ${escapeControl(move.to)}
`);
    for (const r of db.rewrites ?? [])
      io.out(`${escapeControl(r.file)}:${r.line}: down_revision ${escapeControl(r.from)} -> ${escapeControl(r.to)}
`);
    if (db.rewrites?.length === 0) {
      io.out(`${escapeControl(db.dir)}: nothing to renumber: every new revision follows the base's head
`);
    } else if (db.rewrites) {
      const count = `${db.migrations} revision${db.migrations === 1 ? "" : "s"}`;
      io.err(
        `lockstep: ${escapeControl(db.dir)}/: ${args.dryRun ? `dry run: would point the down_revision of ${count} at the base's head, rewrote nothing` : `pointed the down_revision of ${count} at the base's head`}; ${against}
`
      );
      if (db.lockFile)
        io.err(`lockstep: wrote ${escapeControl(db.lockFile)}${db.lockStaged ? " and staged it" : ""}
`);
    } else if (db.moves.length === 0) {
      const after = db.newestApplied ? ` or sorts at or before ${escapeControl(db.newestApplied)}, the newest applied` : "";
      io.out(`${escapeControl(db.dir)}: nothing to renumber: no new migration has a taken version${after}
`);
    } else {
      const count = `${db.migrations} migration${db.migrations === 1 ? "" : "s"}`;
      const did = args.dryRun ? `dry run: would move ${count}, renamed nothing` : `moved ${count}`;
      io.err(`lockstep: ${escapeControl(db.dir)}/: ${did}; ${against}
`);
      if (db.lockFile)
        io.err(`lockstep: wrote ${escapeControl(db.lockFile)}${db.lockStaged ? " and staged it" : ""}
`);
    }
    for (const version of db.appliedDuplicates) {
      problems++;
      io.err(
        `lockstep: ${escapeControl(db.dir)}/: version ${escapeControl(version)} is claimed by more than one applied migration; renumber only moves new ones, so fix this where it was merged
`
      );
    }
  }
  return problems > 0 ? 1 : 0;
}
export {
  renumberCommand
};
