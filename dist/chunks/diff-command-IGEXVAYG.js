import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runDiff
} from "./chunk-2CJTS5TT.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import {
  renderFindingText
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
  renderDiffMarkdown,
  renderDiffText,
  summarizeDiff
} from "./chunk-ODQ3WMNU.js";
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

// src/cli/diff-command.ts
async function diffCommand(io, args) {
  if (args.data) {
    const { diffDataCommand } = await import("./diff-data-command-LRAMARZD.js");
    return diffDataCommand(io, args);
  }
  if (args.format === "sql") {
    const { runDiffSql } = await import("./diff-sql-77PUJQYP.js");
    const { statements } = await runDiffSql({
      cwd: io.cwd,
      from: args.from,
      to: args.to,
      engine: args.engine === "auto" ? void 0 : args.engine
    });
    io.out(statements.length > 0 ? `${statements.join("\n")}
` : "-- the schemas are the same\n");
    return 0;
  }
  const result = await runDiff({
    cwd: io.cwd,
    from: args.from,
    to: args.to,
    engine: args.engine === "auto" ? void 0 : args.engine
  });
  const findings = [...result.from.findings, ...result.to.findings];
  const errors = findings.filter((f) => f.severity === "error");
  if (args.format === "json") {
    const { from, to, diff } = result;
    const side = (s) => ({ source: s.source, kind: s.kind, findings: s.findings });
    io.out(
      `${JSON.stringify({ version: 1, ok: errors.length === 0, from: side(from), to: side(to), diff }, null, 2)}
`
    );
  } else if (args.format === "markdown") {
    io.out(`${renderDiffMarkdown(result.diff).trimEnd()}
`);
  } else {
    io.out(`${io.style.bold(`schema diff ${escapeControl(args.from)} \u2192 ${escapeControl(args.to)}`)}
`);
    if (isEmptyDiff(result.diff)) io.out(`${escapeControl(summarizeDiff(result.diff))}
`);
    else io.out(`${renderDiffText(result.diff)}

${escapeControl(summarizeDiff(result.diff))}
`);
    for (const f of errors) io.err(`${renderFindingText(f, io.style)}
`);
  }
  if (errors.length > 0) {
    io.err(
      `lockstep: the replay behind this diff hit ${errors.length} error(s); the diff shows the schema as far as it got
`
    );
    return 1;
  }
  return 0;
}
export {
  diffCommand
};
