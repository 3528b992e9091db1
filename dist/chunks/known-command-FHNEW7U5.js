import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  listKnown,
  updateKnownFile
} from "./chunk-LXUX3GYQ.js";
import {
  replayChoices
} from "./chunk-5ZYM57CX.js";
import "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import {
  plural
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
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
import "./chunk-ILLIW43Z.js";
import "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/known-command.ts
async function knownCommand(io, args) {
  const request = { cwd: io.cwd, env: io.env, configPath: args.config, db: args.db };
  if (!args.update) {
    const { place, entries, exists } = listKnown(request);
    const file2 = escapeControl(place.shown);
    if (!exists) {
      io.out(`no ${file2}: no finding is known; lockstep known --update records the current ones
`);
      return 0;
    }
    const listed = args.db ? entries.filter((e) => e.database === args.db) : entries;
    io.out(`${file2}: ${plural(listed.length, "known finding")}
`);
    for (const e of listed) io.out(entryText(e, io));
    return 0;
  }
  const { timeout, engine, cache } = replayChoices({ ...args, down: "all" });
  const outcome = await updateKnownFile({ ...request, timeout, engine, cache });
  for (const note of outcome.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const file = escapeControl(outcome.place.shown);
  for (const e of outcome.added) io.out(`+ ${entryText(e, io).trimStart()}`);
  for (const e of outcome.removed) io.out(`- ${entryText(e, io).trimStart()}`);
  const total = plural(outcome.entries.length, "known finding");
  const counts = `${outcome.added.length} added, ${outcome.removed.length} removed`;
  if (outcome.written) io.out(`wrote ${file}: ${counts} (${total}); commit it
`);
  else if (outcome.entries.length === 0) io.out(`no findings: ${file} not written
`);
  else io.out(`${file} is up to date (${total})
`);
  return 0;
}
function entryText(e, io) {
  const where = [e.database, e.version, e.file].filter((part) => part !== void 0).map(escapeControl);
  return `  ${io.style.bold(e.rule)}  ${where.join("  ")}  ${io.style.dim(e.fingerprint)}
          ${escapeControl(e.message)}
`;
}
export {
  knownCommand
};
