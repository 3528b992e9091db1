import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runDiff
} from "./chunk-6OKD2WFL.js";
import "./chunk-S4UUAWNN.js";
import "./chunk-5OQUSBGD.js";
import "./chunk-P3TEJAU3.js";
import "./chunk-PPE57OBF.js";
import {
  renderFindingText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-YQQQ6G2N.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-KLM6TGC2.js";
import "./chunk-KEUQJV75.js";
import "./chunk-G2C637I4.js";
import "./chunk-D256OFLM.js";
import {
  isEmptyDiff,
  renderDiffMarkdown,
  renderDiffText,
  summarizeDiff
} from "./chunk-XBMZB5PI.js";
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
import "./chunk-BFRFBM5V.js";
import "./chunk-PLNMKAPZ.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/cli/diff-command.ts
async function diffCommand(io, args) {
  if (args.data) {
    const { diffDataCommand } = await import("./diff-data-command-3PDVQXZ4.js");
    return diffDataCommand(io, args);
  }
  if (args.format === "sql") {
    const { runDiffSql } = await import("./diff-sql-7ZEVHYZ3.js");
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
