import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  replayChoices
} from "./chunk-5ZYM57CX.js";
import {
  renderComment,
  runCheck
} from "./chunk-ROJ5IE7Z.js";
import "./chunk-T6ZHBBNA.js";
import "./chunk-P2Z45EO7.js";
import "./chunk-BJUN4ADH.js";
import "./chunk-2YUL4XKB.js";
import "./chunk-46T76R5N.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import "./chunk-3YNM6M3L.js";
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
import {
  isEmptyDiff,
  renderDiffText,
  summarizeDiff
} from "./chunk-ODQ3WMNU.js";
import {
  VERSION
} from "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
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
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/check-command.ts
import { resolve } from "node:path";
async function checkCommand(io, args) {
  const outcome = await runCheck({
    cwd: io.cwd,
    env: io.env,
    base: args.base,
    configPath: args.config,
    db: args.db,
    ...replayChoices(args)
  });
  for (const note of outcome.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const { report, base } = outcome;
  const against = escapeControl(`${base.ref} (${base.how})`);
  const markdown = () => renderComment({ report, base: base.ref, baseSha: outcome.baseSha, version: VERSION });
  const json = () => `${JSON.stringify({ ...report, base: base.ref }, null, 2)}
`;
  write(io, args.jsonOut, json);
  write(io, args.markdownOut, markdown);
  if (args.format === "json") io.out(json());
  else if (args.format === "markdown") io.out(markdown());
  else {
    io.out(`checked HEAD against ${against}

`);
    io.out(renderReportText(report, io.style));
    for (const db of report.databases) {
      if (!db.diff) continue;
      io.out(`
${io.style.bold(`schema diff ${escapeControl(base.ref)} \u2192 HEAD (${escapeControl(db.name)})`)}
`);
      io.out(
        isEmptyDiff(db.diff) ? `${escapeControl(summarizeDiff(db.diff))}
` : `${renderDiffText(db.diff)}

${escapeControl(summarizeDiff(db.diff))}
`
      );
    }
  }
  return report.ok ? 0 : 1;
}
function write(io, path, text) {
  if (!path) return;
  try {
    writeFileAtomic(resolve(io.cwd, path), text());
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${path} (${cause.code ?? "error"})`,
      { cause }
    );
  }
}
export {
  checkCommand
};
