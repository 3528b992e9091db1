import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  replayChoices
} from "./chunk-KWK3HVAA.js";
import {
  allowedNote
} from "./chunk-OO6ZKJPM.js";
import {
  engineLine,
  plural,
  renderReportText,
  replayedSummary
} from "./chunk-ICEMCYO2.js";
import "./chunk-BAIZEYCI.js";
import {
  runReplay
} from "./chunk-ZW4BJWBY.js";
import "./chunk-MKRYDVZY.js";
import "./chunk-KNALGUZM.js";
import {
  countFindings,
  isAllowed,
  isNew
} from "./chunk-GV6QPZO7.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-SVPI3VOG.js";
import "./chunk-G2M362GD.js";
import "./chunk-6ZYJPCG2.js";
import {
  escapeMarkdown,
  escapeProse
} from "./chunk-HMOA662R.js";
import "./chunk-NRYISIWM.js";
import "./chunk-SB34DSUF.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-NE5QHB75.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-HA6C4MEM.js";
import "./chunk-S7E3QBTJ.js";
import "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-XJSYZQJS.js";
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
  const allowed = db.findings.filter(isAllowed);
  if (allowed.length > 0)
    lines.push(
      `**${plural(allowed.length, "finding")} allowed in the migrations' files**, not counted`,
      "",
      ...allowed.map((f) => `${findingLine(f)} _(${allowedNote(f)})_`),
      ""
    );
  const known = db.findings.filter((f) => !isNew(f) && !isAllowed(f));
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
  const engine = engineLine(report.engine, report.databases);
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
