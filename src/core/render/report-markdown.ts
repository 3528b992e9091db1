import type { Finding } from "../finding.js";
import type { DatabaseReport, ReplayReport } from "../report.js";
import { countFindings, isAllowed, isNew } from "../report.js";
import { allowedNote } from "./comment-parts.js";
import { engineLine } from "./engine-line.js";
import { escapeMarkdown, escapeProse } from "./markdown-text.js";
import { plural, replayedSummary } from "./report-text.js";

export { escapeMarkdown, escapeProse };

const MARK: Record<string, string> = { ok: "✅", failed: "❌", mismatch: "❌", missing: "⚠️", "not-run": "—" };

function findingLine(f: Finding): string {
  const loc = f.file ? ` — ${escapeMarkdown(f.line ? `${f.file}:${f.line}` : f.file)}` : "";
  return `- **${f.rule}**${loc}: ${escapeProse(f.message)}`;
}

export function renderDatabaseMarkdown(db: DatabaseReport): string {
  const lines = [
    `### ${escapeMarkdown(db.name)} — ${escapeMarkdown(db.dir)} (${db.format}, ${plural(db.migrations.length, "migration")})`,
    "",
  ];
  if (db.migrations.length > 0) {
    lines.push("| version | name | up | down | redo | ms |", "|---|---|:-:|:-:|:-:|--:|");
    for (const m of db.migrations) {
      lines.push(
        `| ${escapeMarkdown(m.version)} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`,
      );
    }
    lines.push("");
  }
  for (const severity of ["error", "warning"] as const) {
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
      "",
    );
  // Known ones are old news: folded, so the new ones are what a reader sees.
  const known = db.findings.filter((f) => !isNew(f) && !isAllowed(f));
  if (known.length > 0) {
    lines.push(
      `<details><summary>${plural(known.length, "known finding")} (in lockstep.known.json), not counted</summary>`,
      "",
      ...known.map((f) => `${findingLine(f)} _(${f.status})_`),
      "",
      "</details>",
      "",
    );
  }
  return lines.join("\n");
}

export function renderReportMarkdown(report: ReplayReport): string {
  const { errors, warnings } = countFindings(report);
  const verdict =
    errors > 0
      ? `❌ **lockstep: ${plural(errors, "error")}, ${plural(warnings, "warning")}**`
      : `✅ **lockstep: ${replayedSummary(report)}, no errors**${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}`;
  const engine = engineLine(report.engine, report.databases);
  const body = [verdict, "", ...report.databases.map(renderDatabaseMarkdown)].join("\n").trimEnd();
  return `${body}\n${engine ? `\n<sub>${escapeMarkdown(engine)}</sub>\n` : ""}`;
}
