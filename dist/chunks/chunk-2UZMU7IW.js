import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  allowedNote
} from "./chunk-46T76R5N.js";
import {
  engineLine,
  plural,
  replayedSummary
} from "./chunk-OG4VZJVS.js";
import {
  countFindings,
  isAllowed,
  isNew
} from "./chunk-GV6QPZO7.js";
import {
  escapeMarkdown,
  escapeProse
} from "./chunk-ODQ3WMNU.js";

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

export {
  renderReportMarkdown
};
