import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  plural
} from "./chunk-OG4VZJVS.js";
import {
  countAllowed,
  countFindings
} from "./chunk-GV6QPZO7.js";
import {
  codeTicks,
  escapeMarkdown,
  escapeProse
} from "./chunk-ODQ3WMNU.js";
import {
  toolOf
} from "./chunk-X7R4MUVV.js";

// src/core/render/comment-parts.ts
var TABLE_ROWS = 15;
var MARK = { ok: "\u2705", failed: "\u274C", mismatch: "\u274C", missing: "\u26A0\uFE0F", "not-run": "\u2014" };
var fresh = (db) => db.migrations.filter((m) => m.origin !== "base");
function verdictHeading(report, base, context) {
  const { errors, warnings } = countFindings(report);
  const count = report.databases.reduce((n, db) => n + fresh(db).length, 0);
  const against = base ? ` against ${codeTicks(base)}` : "";
  const where = context ? `, ${escapeMarkdown(context)}` : "";
  const migrations = `${plural(count, "new migration")}${against}${where}`;
  const allowed = countAllowed(report);
  const acked = allowed ? ` \xB7 ${allowed} allowed` : "";
  if (errors > 0)
    return `### \u274C ${plural(errors, "new error")}${warnings ? ` \xB7 ${plural(warnings, "warning")}` : ""}${acked} \u2014 ${migrations}`;
  const extra = `${warnings ? ` \xB7 ${plural(warnings, "warning")}` : ""}${acked}`;
  if (count === 0) return `### \u2705 no new migrations${against}${where}${extra}`;
  return `### \u2705 ${migrations}: ${checked(report)}${extra}`;
}
function checked(report) {
  const news = report.databases.flatMap(fresh);
  if (news.some((m) => m.down !== "not-run" && m.down !== "missing")) return "replayed up, down and up again";
  const noDowns = [
    ...new Set(
      report.databases.filter((db) => toolOf(db.format).downs === "never").map((db) => toolOf(db.format).name)
    )
  ];
  return noDowns.length > 0 ? `up replayed; ${noDowns.join(" and ")} ${noDowns.length === 1 ? "has" : "have"} no downs` : "up replayed (no down was checked)";
}
function errorsFirst(findings) {
  return [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}
function findingLine(f, links, rulesUrl) {
  const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const where = f.file ? f.line ? `${f.file}:${f.line}` : f.file : "";
  const place = !where ? "" : links && f.file ? ` [${escapeMarkdown(where)}](${fileUrl(links, f.file)}${f.line ? `#L${f.line}` : ""})` : ` ${escapeMarkdown(where)}`;
  const rule = rulesUrl ? `[**${f.rule}**](${rulesUrl}#rule-${f.rule})` : `**${f.rule}**`;
  return `- ${icon} ${rule}${place}: ${escapeProse(sayPlaceOnce(f.message, f.file))}`;
}
function sayPlaceOnce(message, file) {
  if (!file) return message;
  return message.split(`${file}:`).join("line ").replace(/^`?[^`\s]+`? is /, (head) => head.includes(file) ? "it is " : head);
}
function fileUrl(links, file) {
  return `${links.repoUrl}/blob/${links.sha}/${repoPath(links.prefix, file).split("/").map(urlSegment).join("/")}`;
}
function migrationsTable(db, links) {
  const rows = fresh(db);
  if (rows.length === 0) return "";
  const table = [
    "| version | name | up | down | redo | ms |",
    "|---|---|:-:|:-:|:-:|--:|",
    ...rows.map((m) => row(m, links))
  ].join("\n");
  if (rows.length <= TABLE_ROWS) return table;
  const failed = rows.filter((m) => m.up === "failed" || m.down === "failed" || m.down === "mismatch").length;
  return `<details><summary>${plural(rows.length, "new migration")}${failed ? `, ${failed} with a failing step` : ""}</summary>

${table}

</details>`;
}
function row(m, links) {
  const version = escapeMarkdown(m.version);
  const first = m.files[0];
  const cell = links && first ? `[${version}](${fileUrl(links, first)})` : version;
  return `| ${cell} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`;
}
function urlSegment(segment) {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function repoPath(prefix, file) {
  const parts = [];
  for (const segment of `${prefix ?? ""}/${file}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/") || ".";
}
function allowedNote(f) {
  return f.allowed ? `allowed in the file: \u201C${escapeProse(f.allowed.reason)}\u201D` : "";
}

export {
  verdictHeading,
  errorsFirst,
  findingLine,
  migrationsTable,
  repoPath,
  allowedNote
};
