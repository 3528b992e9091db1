import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  PLAIN
} from "./chunk-BAIZEYCI.js";
import {
  countAllowed,
  countFindings,
  countSetAside,
  isAllowed,
  isNew
} from "./chunk-GV6QPZO7.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";

// src/core/render/engine-line.ts
var BUILDS = {
  native: "node:sqlite",
  wasm: "SQLite's WebAssembly build"
};
function engineLine(engine, databases = []) {
  if (!engine) return "";
  const line = `replayed on SQLite ${engine.sqlite} (${engine.name}: ${BUILDS[engine.name]})`;
  const withData = databases.filter((d) => d.data).map((d) => d.name);
  if (withData.length === 0) return line;
  const which = withData.length === databases.length ? "" : ` (${withData.join(", ")})`;
  return `${line}, with generated rows in every table${which}`;
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
var APART = { mode: "apart" };
function renderFindingText(f, style = PLAIN) {
  const label = f.severity === "error" ? style.red("error  ") : style.yellow("warning");
  const loc = where(f);
  const mark = f.status ? style.dim(`  (${f.status})`) : "";
  const detail = f.detail ? f.detail.split("\n").map((line) => `
          ${escapeControl(line)}`) : [];
  const allowed = f.allowed ? `
          ${style.dim(allowedText(f.allowed))}` : "";
  return `  ${label} ${style.bold(f.rule)}${loc ? `  ${loc}` : ""}${mark}
          ${escapeControl(f.message)}${detail.join("")}${allowed}`;
}
function allowedText(a) {
  return `allowed at ${escapeControl(a.file)}:${a.line}: "${escapeControl(a.reason)}"`;
}
function setAsideLine(f, style) {
  const loc = where(f);
  return style.dim(`    ${f.severity === "error" ? "error  " : "warning"} ${f.rule}${loc ? `  ${loc}` : ""}`);
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
function renderDatabaseText(db, style = PLAIN, view = APART) {
  const lines = [];
  const shownInline = view.mode === "inline" ? db.findings : db.findings.filter(isNew);
  const allowed = view.mode === "inline" ? [] : db.findings.filter(isAllowed);
  const apart = view.mode === "apart" ? db.findings.filter((f) => !isNew(f) && !isAllowed(f)) : [];
  lines.push(
    `${style.bold(escapeControl(db.name))} \xB7 ${escapeControl(db.dir)}/ \xB7 ${plural(db.migrations.length, "migration")} \xB7 ${db.format}: ${style.dim(escapeControl(db.formatReason))}`
  );
  if (db.runner) lines.push(`  replayed on a throwaway SQLite file through ${escapeControl(db.runner)}`);
  const flagged = new Set(shownInline.map((f) => f.version));
  const listed = db.migrations.length <= LIST_ALL_UP_TO ? db.migrations : db.migrations.filter((m) => flagged.has(m.version) || m.up === "failed");
  const width = Math.min(48, Math.max(0, ...listed.map((m) => escapeControl(`${m.version} ${m.name}`).length)));
  for (const m of listed) lines.push(migrationLine(m, width, style));
  const inList = new Set(listed);
  const hidden = db.migrations.filter((m) => !inList.has(m));
  const notRun = hidden.filter((m) => m.up === "not-run").length;
  if (hidden.length > notRun) {
    lines.push(style.dim(`  \u2026 ${plural(hidden.length - notRun, "more migration")} with nothing to report`));
  }
  if (notRun > 0) lines.push(style.dim(`  \u2026 ${notRun} not run${stoppedAt(db)}`));
  const ordered = errorsFirst(shownInline);
  if (ordered.length > 0) lines.push("");
  for (const f of ordered) lines.push(renderFindingText(f, style));
  if (allowed.length > 0) {
    lines.push(
      "",
      style.dim(`  ${plural(allowed.length, "finding")} allowed in the migrations' files, not counted:`)
    );
    for (const f of errorsFirst(allowed)) lines.push(renderFindingText(f, style));
  }
  if (apart.length > 0) {
    lines.push(
      "",
      style.dim(
        `  ${plural(apart.length, "existing finding")} (on the base or in ${escapeControl(view.knownFile ?? "lockstep.known.json")}), not counted:`
      )
    );
    for (const f of errorsFirst(apart)) lines.push(setAsideLine(f, style));
  }
  return lines.join("\n");
}
function stoppedAt(db) {
  const stop = db.findings.find((f) => f.rule === "up-failed" || f.rule === "timeout");
  if (!stop) return "";
  return `: the replay stopped at ${stop.version ? escapeControl(stop.version) : `the baseline (${where(stop)})`}`;
}
function errorsFirst(findings) {
  return [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}
function replayedSummary(report) {
  const migrations = report.databases.flatMap((d) => d.migrations);
  const verified = migrations.filter((m) => m.down !== "not-run" && m.down !== "missing").length;
  const ran = migrations.filter((m) => m.up !== "not-run").length;
  const what = ran === migrations.length ? plural(ran, "migration") : `${ran} of ${plural(migrations.length, "migration")}`;
  if (verified === ran && verified > 0) return `${what} replayed up, down and up again`;
  if (verified === 0) return `${what} replayed (no downs checked)`;
  return `${what} replayed, ${verified} of them also down and up again`;
}
function renderVerdictText(report, style = PLAIN, view = APART) {
  const { errors, warnings } = countFindings(report);
  const aside = countSetAside(report);
  const allowed = countAllowed(report);
  const besides = [
    aside === 0 ? "" : `; ${plural(aside, view.mode === "apart" ? "existing finding" : "known finding")} not counted`,
    allowed === 0 ? "" : `; ${allowed} allowed in ${allowed === 1 ? "its file" : "their files"}`
  ].join("");
  if (errors === 0 && warnings === 0)
    return style.green(
      `\u2713 ${replayedSummary(report)}: no ${aside || allowed ? "new " : ""}problems found${besides}`
    );
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}${besides}`;
  return errors > 0 ? style.red(`\u2717 ${counts}`) : style.yellow(`\u2713 no errors; ${counts}`);
}
function renderReportText(report, style = PLAIN, view = APART) {
  const header = engineLine(report.engine, report.databases);
  const parts = [
    ...header ? [style.dim(header)] : [],
    ...report.databases.map((db) => renderDatabaseText(db, style, view))
  ];
  const hidden = view.mode === "hide" ? countSetAside(report) : 0;
  if (hidden > 0)
    parts.push(
      style.dim(
        `${plural(hidden, "known finding")} in ${escapeControl(view.knownFile ?? "lockstep.known.json")} not shown; --known shows them`
      )
    );
  parts.push(renderVerdictText(report, style, view));
  return `${parts.join("\n\n")}
`;
}

export {
  engineLine,
  plural,
  renderFindingText,
  replayedSummary,
  renderReportText
};
