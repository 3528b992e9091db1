import type { Allowance, Finding } from "../finding.js";
import type { DatabaseReport, MigrationReport, ReplayReport } from "../report.js";
import { countAllowed, countFindings, countSetAside, isAllowed, isNew } from "../report.js";
import { engineLine } from "./engine-line.js";
import { PLAIN, type Style } from "./style.js";
import { escapeControl as shown } from "./terminal-text.js";

/** Short sets are listed migration by migration; long ones only where something needs attention. */
const LIST_ALL_UP_TO = 30;

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function where(f: Finding): string {
  if (!f.file) return "";
  const file = shown(f.file);
  return f.line ? `${file}:${f.line}${f.column ? `:${f.column}` : ""}` : file;
}

/**
 * How known and existing findings (see Finding.status) are shown: `hide` counts them in one line (replay),
 * `inline` lists them with the others, marked (replay --known), `apart` lists them in a short section after
 * the new ones (check, the Action's log).
 */
export interface SetAsideView {
  mode: "hide" | "inline" | "apart";
  /** The known file as shown, for the line that counts hidden ones. */
  knownFile?: string;
}

const APART: SetAsideView = { mode: "apart" };

export function renderFindingText(f: Finding, style: Style = PLAIN): string {
  const label = f.severity === "error" ? style.red("error  ") : style.yellow("warning");
  const loc = where(f);
  const mark = f.status ? style.dim(`  (${f.status})`) : "";
  const detail = f.detail ? f.detail.split("\n").map((line) => `\n          ${shown(line)}`) : [];
  const allowed = f.allowed ? `\n          ${style.dim(allowedText(f.allowed))}` : "";
  return `  ${label} ${style.bold(f.rule)}${loc ? `  ${loc}` : ""}${mark}\n          ${shown(f.message)}${detail.join("")}${allowed}`;
}

function allowedText(a: Allowance): string {
  return `allowed at ${shown(a.file)}:${a.line}: "${shown(a.reason)}"`;
}

/** One line per known or existing finding: what and where; the message is in the JSON report and --known. */
function setAsideLine(f: Finding, style: Style): string {
  const loc = where(f);
  return style.dim(`    ${f.severity === "error" ? "error  " : "warning"} ${f.rule}${loc ? `  ${loc}` : ""}`);
}

function stepMark(state: string, style: Style): string {
  if (state === "ok") return style.green("✓");
  if (state === "not-run") return style.dim("–");
  return state === "missing" ? style.yellow("missing") : style.red("✗");
}

function migrationLine(m: MigrationReport, width: number, style: Style): string {
  const full = shown(`${m.version} ${m.name}`);
  const label = (full.length > width ? `${full.slice(0, width - 1)}…` : full).padEnd(width);
  const time = m.up === "ok" ? style.dim(`${m.ms.toFixed(1)} ms`) : "";
  return `  ${label}  up ${stepMark(m.up, style)}  down ${stepMark(m.down, style)}  redo ${stepMark(m.redo, style)}  ${time}`.trimEnd();
}

export function renderDatabaseText(
  db: DatabaseReport,
  style: Style = PLAIN,
  view: SetAsideView = APART,
): string {
  const lines: string[] = [];
  const shownInline = view.mode === "inline" ? db.findings : db.findings.filter(isNew);
  // Acknowledgements are shown whatever else is set aside: a reader should see what the team accepted.
  const allowed = view.mode === "inline" ? [] : db.findings.filter(isAllowed);
  const apart = view.mode === "apart" ? db.findings.filter((f) => !isNew(f) && !isAllowed(f)) : [];
  lines.push(
    `${style.bold(shown(db.name))} · ${shown(db.dir)}/ · ${plural(db.migrations.length, "migration")} · ${db.format}: ${style.dim(shown(db.formatReason))}`,
  );
  if (db.runner) lines.push(`  replayed on a throwaway SQLite file through ${shown(db.runner)}`);
  const flagged = new Set(shownInline.map((f) => f.version));
  // The up that stopped the replay is listed even when its finding is set aside.
  const listed =
    db.migrations.length <= LIST_ALL_UP_TO
      ? db.migrations
      : db.migrations.filter((m) => flagged.has(m.version) || m.up === "failed");
  const width = Math.min(48, Math.max(0, ...listed.map((m) => shown(`${m.version} ${m.name}`).length)));
  for (const m of listed) lines.push(migrationLine(m, width, style));
  const inList = new Set(listed);
  const hidden = db.migrations.filter((m) => !inList.has(m));
  const notRun = hidden.filter((m) => m.up === "not-run").length;
  if (hidden.length > notRun) {
    lines.push(style.dim(`  … ${plural(hidden.length - notRun, "more migration")} with nothing to report`));
  }
  if (notRun > 0) lines.push(style.dim(`  … ${notRun} not run${stoppedAt(db)}`));
  const ordered = errorsFirst(shownInline);
  if (ordered.length > 0) lines.push("");
  for (const f of ordered) lines.push(renderFindingText(f, style));
  if (allowed.length > 0) {
    lines.push(
      "",
      style.dim(`  ${plural(allowed.length, "finding")} allowed in the migrations' files, not counted:`),
    );
    for (const f of errorsFirst(allowed)) lines.push(renderFindingText(f, style));
  }
  if (apart.length > 0) {
    lines.push(
      "",
      style.dim(
        `  ${plural(apart.length, "existing finding")} (on the base or in ${shown(view.knownFile ?? "lockstep.known.json")}), not counted:`,
      ),
    );
    for (const f of errorsFirst(apart)) lines.push(setAsideLine(f, style));
  }
  return lines.join("\n");
}

/** Where the replay stopped: the up that failed or the step that ran past its budget, set aside or not. */
function stoppedAt(db: DatabaseReport): string {
  const stop = db.findings.find((f) => f.rule === "up-failed" || f.rule === "timeout");
  if (!stop) return "";
  return `: the replay stopped at ${stop.version ? shown(stop.version) : `the baseline (${where(stop)})`}`;
}

function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/** Says only what was done: up-only layouts and `--down none` have no downs to speak of. */
export function replayedSummary(report: ReplayReport): string {
  const migrations = report.databases.flatMap((d) => d.migrations);
  const verified = migrations.filter((m) => m.down !== "not-run" && m.down !== "missing").length;
  // Migrations that never ran (after a stop, code steps) are not counted as replayed.
  const ran = migrations.filter((m) => m.up !== "not-run").length;
  const what =
    ran === migrations.length
      ? plural(ran, "migration")
      : `${ran} of ${plural(migrations.length, "migration")}`;
  if (verified === ran && verified > 0) return `${what} replayed up, down and up again`;
  if (verified === 0) return `${what} replayed (no downs checked)`;
  return `${what} replayed, ${verified} of them also down and up again`;
}

export function renderVerdictText(report: ReplayReport, style: Style = PLAIN, view = APART): string {
  const { errors, warnings } = countFindings(report);
  const aside = countSetAside(report);
  const allowed = countAllowed(report);
  const besides = [
    aside === 0
      ? ""
      : `; ${plural(aside, view.mode === "apart" ? "existing finding" : "known finding")} not counted`,
    allowed === 0 ? "" : `; ${allowed} allowed in ${allowed === 1 ? "its file" : "their files"}`,
  ].join("");
  if (errors === 0 && warnings === 0)
    return style.green(
      `✓ ${replayedSummary(report)}: no ${aside || allowed ? "new " : ""}problems found${besides}`,
    );
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}${besides}`;
  return errors > 0 ? style.red(`✗ ${counts}`) : style.yellow(`✓ no errors; ${counts}`);
}

export function renderReportText(report: ReplayReport, style: Style = PLAIN, view = APART): string {
  const header = engineLine(report.engine, report.databases);
  const parts = [
    ...(header ? [style.dim(header)] : []),
    ...report.databases.map((db) => renderDatabaseText(db, style, view)),
  ];
  const hidden = view.mode === "hide" ? countSetAside(report) : 0;
  if (hidden > 0)
    parts.push(
      style.dim(
        `${plural(hidden, "known finding")} in ${shown(view.knownFile ?? "lockstep.known.json")} not shown; --known shows them`,
      ),
    );
  parts.push(renderVerdictText(report, style, view));
  return `${parts.join("\n\n")}\n`;
}
