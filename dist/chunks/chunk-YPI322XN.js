import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  PLAIN
} from "./chunk-BAIZEYCI.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";

// src/core/report.ts
function isNew(f) {
  return f.status === void 0;
}
function countFindings(report) {
  let errors = 0;
  let warnings = 0;
  for (const db of report.databases) {
    for (const f of db.findings) {
      if (!isNew(f)) continue;
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

// src/core/render/engine-line.ts
var BUILDS = {
  native: "node:sqlite",
  wasm: "SQLite's WebAssembly build"
};
function engineLine(engine) {
  return engine ? `replayed on SQLite ${engine.sqlite} (${engine.name}: ${BUILDS[engine.name]})` : "";
}

// src/core/render/report-text.ts
var LIST_ALL_UP_TO = 30;
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function where(f) {
  if (!f.file) return "";
  const file = escapeControl(f.file);
  return f.line ? `${file}:${f.line}${f.column ? `:${f.column}` : ""}` : file;
}
function renderFindingText(f, style = PLAIN) {
  const label = f.severity === "error" ? style.red("error  ") : style.yellow("warning");
  const loc = where(f);
  const detail = f.detail ? f.detail.split("\n").map((line) => `
          ${escapeControl(line)}`) : [];
  return `  ${label} ${style.bold(f.rule)}${loc ? `  ${loc}` : ""}
          ${escapeControl(f.message)}${detail.join("")}`;
}
function stepMark(state, style) {
  if (state === "ok") return style.green("\u2713");
  if (state === "not-run") return style.dim("\u2013");
  return state === "missing" ? style.yellow("missing") : style.red("\u2717");
}
function migrationLine(m, width, style) {
  const full = escapeControl(`${m.version} ${m.name}`);
  const label = (full.length > width ? `${full.slice(0, width - 1)}\u2026` : full).padEnd(width);
  const time = m.up === "ok" ? style.dim(`${m.ms.toFixed(1)} ms`) : "";
  return `  ${label}  up ${stepMark(m.up, style)}  down ${stepMark(m.down, style)}  redo ${stepMark(m.redo, style)}  ${time}`.trimEnd();
}
function renderDatabaseText(db, style = PLAIN) {
  const lines = [];
  lines.push(
    `${style.bold(escapeControl(db.name))} \xB7 ${escapeControl(db.dir)}/ \xB7 ${plural(db.migrations.length, "migration")} \xB7 ${db.format}: ${style.dim(escapeControl(db.formatReason))}`
  );
  const flagged = new Set(db.findings.map((f) => f.version));
  const listed = db.migrations.length <= LIST_ALL_UP_TO ? db.migrations : db.migrations.filter((m) => flagged.has(m.version));
  const width = Math.min(48, Math.max(0, ...listed.map((m) => escapeControl(`${m.version} ${m.name}`).length)));
  for (const m of listed) lines.push(migrationLine(m, width, style));
  if (listed.length < db.migrations.length) {
    lines.push(
      style.dim(
        `  \u2026 ${plural(db.migrations.length - listed.length, "more migration")} with nothing to report`
      )
    );
  }
  const ordered = [...db.findings].sort(
    (a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  if (ordered.length > 0) lines.push("");
  for (const f of ordered) lines.push(renderFindingText(f, style));
  return lines.join("\n");
}
function replayedSummary(report) {
  const migrations = report.databases.flatMap((d) => d.migrations);
  const verified = migrations.filter((m) => m.down !== "not-run" && m.down !== "missing").length;
  const what = plural(migrations.length, "migration");
  if (verified === migrations.length && verified > 0) return `${what} replayed up, down and up again`;
  if (verified === 0) return `${what} replayed (no downs checked)`;
  return `${what} replayed, ${verified} of them also down and up again`;
}
function renderVerdictText(report, style = PLAIN) {
  const { errors, warnings } = countFindings(report);
  if (errors === 0 && warnings === 0) return style.green(`\u2713 ${replayedSummary(report)}: no problems found`);
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  return errors > 0 ? style.red(`\u2717 ${counts}`) : style.yellow(`\u2713 no errors; ${counts}`);
}
function renderReportText(report, style = PLAIN) {
  const header = engineLine(report.engine);
  const parts = [
    ...header ? [style.dim(header)] : [],
    ...report.databases.map((db) => renderDatabaseText(db, style))
  ];
  parts.push(renderVerdictText(report, style));
  return `${parts.join("\n\n")}
`;
}

export {
  countFindings,
  engineLine,
  plural,
  renderFindingText,
  replayedSummary,
  renderReportText
};
