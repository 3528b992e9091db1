import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  renderReportMarkdown
} from "./chunk-2UZMU7IW.js";
import {
  replayChoices
} from "./chunk-5ZYM57CX.js";
import "./chunk-46T76R5N.js";
import {
  runReplay
} from "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import {
  renderReportText
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

// src/cli/replay-command.ts
async function replayCommand(io, args) {
  let started;
  let progressShown = false;
  const outcome = await runReplay({
    cwd: io.cwd,
    env: io.env,
    dir: args.dir,
    configPath: args.config,
    db: args.db,
    ...replayChoices(args),
    onProgress: io.progress ? (name, done, total) => {
      started ??= Date.now();
      if (Date.now() - started > 1e3) {
        progressShown = true;
        io.progress?.(done < total ? `replaying ${escapeControl(name)}: ${done}/${total}` : "");
      }
    } : void 0
  });
  if (progressShown) io.progress?.("");
  for (const note of outcome.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const { report } = outcome;
  if (args.format === "json") io.out(`${JSON.stringify(report, null, 2)}
`);
  else if (args.format === "markdown") io.out(renderReportMarkdown(report));
  else {
    const view = { mode: args.known ? "inline" : "hide", knownFile: outcome.known.shown };
    io.out(renderReportText(report, io.style, view));
  }
  return report.ok ? 0 : 1;
}
export {
  replayCommand
};
