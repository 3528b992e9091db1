import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  replayChoices
} from "./chunk-ZUF6FO32.js";
import {
  runReplay
} from "./chunk-5OC2WD3E.js";
import {
  engineLine,
  plural,
  renderReportText,
  replayedSummary
} from "./chunk-WIRMGZNN.js";
import "./chunk-BAIZEYCI.js";
import {
  countFindings,
  isNew
} from "./chunk-HS5RU556.js";
import "./chunk-7HVCTHPG.js";
import "./chunk-BAILF4VP.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-TH7R5EKG.js";
import "./chunk-WBG73DPQ.js";
import {
  escapeMarkdown,
  escapeProse
} from "./chunk-5RC7M3UC.js";
import "./chunk-2J7CNO2N.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-CELOQ5GG.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-GTLICDIX.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-Z3PMPGCH.js";
import "./chunk-WR5YIZ6K.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-YZCTIH3S.js";
import "./chunk-CVUXP45T.js";

// src/core/render/report-markdown.ts
var MARK = { ok: "\u2705", failed: "\u274C", mismatch: "\u274C", missing: "\u26A0\uFE0F", "not-run": "\u2014" };
function findingLine(f) {
  const loc = f.file ? ` \u2014 ${escapeMarkdown(f.line ? `${f.file}:${f.line}` : f.file)}` : "";
  return `- **${f.rule}**${loc}: ${escapeProse(f.message)}`;
}
function renderDatabaseMarkdown(db) {
  const lines = [
    `### ${escapeMarkdown(db.name)} \u2014 ${escapeMarkdown(db.dir)} (${db.format}, ${plural(db.migrations.length, "migration")})`,
    ""
  ];
  if (db.migrations.length > 0) {
    lines.push("| version | name | up | down | redo | ms |", "|---|---|:-:|:-:|:-:|--:|");
    for (const m of db.migrations) {
      lines.push(
        `| ${escapeMarkdown(m.version)} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`
      );
    }
    lines.push("");
  }
  for (const severity of ["error", "warning"]) {
    const group = db.findings.filter((f) => f.severity === severity && isNew(f));
    if (group.length === 0) continue;
    lines.push(`**${plural(group.length, severity)}**`, "", ...group.map(findingLine), "");
  }
  const known = db.findings.filter((f) => !isNew(f));
  if (known.length > 0) {
    lines.push(
      `<details><summary>${plural(known.length, "known finding")} (in lockstep.known.json), not counted</summary>`,
      "",
      ...known.map((f) => `${findingLine(f)} _(${f.status})_`),
      "",
      "</details>",
      ""
    );
  }
  return lines.join("\n");
}
function renderReportMarkdown(report) {
  const { errors, warnings } = countFindings(report);
  const verdict = errors > 0 ? `\u274C **lockstep: ${plural(errors, "error")}, ${plural(warnings, "warning")}**` : `\u2705 **lockstep: ${replayedSummary(report)}, no errors**${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}`;
  const engine = engineLine(report.engine);
  const body = [verdict, "", ...report.databases.map(renderDatabaseMarkdown)].join("\n").trimEnd();
  return `${body}
${engine ? `
<sub>${escapeMarkdown(engine)}</sub>
` : ""}`;
}

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
