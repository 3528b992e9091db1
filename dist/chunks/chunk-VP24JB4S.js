import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  codeSpan
} from "./chunk-CDBE52MH.js";
import {
  countFindings,
  plural,
  replayedSummary
} from "./chunk-OBRLQUVM.js";

// src/core/render/report-markdown.ts
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([\\`*_[\]#~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function escapeProse(text) {
  return text.split("`").map((part, i) => i % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)).join("");
}
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
    const group = db.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`**${plural(group.length, severity)}**`, "", ...group.map(findingLine), "");
  }
  return lines.join("\n");
}
function renderReportMarkdown(report) {
  const { errors, warnings } = countFindings(report);
  const verdict = errors > 0 ? `\u274C **lockstep: ${plural(errors, "error")}, ${plural(warnings, "warning")}**` : `\u2705 **lockstep: ${replayedSummary(report)}, no errors**${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}`;
  return `${[verdict, "", ...report.databases.map(renderDatabaseMarkdown)].join("\n").trimEnd()}
`;
}

export {
  escapeMarkdown,
  escapeProse,
  renderReportMarkdown
};
