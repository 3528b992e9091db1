import type { Finding } from "../finding.js";
import type { DatabaseReport, MigrationReport, ReplayReport } from "../report.js";
import { countAllowed, countFindings } from "../report.js";
import { toolOf } from "../tools/index.js";
import { codeTicks, escapeMarkdown, escapeProse } from "./markdown-text.js";
import { plural } from "./report-text.js";

/** Where the comment links to: the head commit's files, and the rules' explanations. */
export interface CommentLinks {
  repoUrl: string;
  sha: string;
  /** The report's directory in the repository ("" at the top). */
  prefix?: string;
}

/** Past this many rows the migrations table is folded away behind a one-line count. */
export const TABLE_ROWS = 15;

const MARK: Record<string, string> = { ok: "✅", failed: "❌", mismatch: "❌", missing: "⚠️", "not-run": "—" };

const fresh = (db: DatabaseReport) => db.migrations.filter((m) => m.origin !== "base");

/**
 * The verdict as a heading, with counts: what failed, or what was checked. Up-only layouts say that their
 * tool has no downs rather than calling the downs clean.
 */
export function verdictHeading(report: ReplayReport, base?: string, context?: string): string {
  const { errors, warnings } = countFindings(report);
  const count = report.databases.reduce((n, db) => n + fresh(db).length, 0);
  const against = base ? ` against ${codeTicks(base)}` : "";
  const where = context ? `, ${escapeMarkdown(context)}` : "";
  const migrations = `${plural(count, "new migration")}${against}${where}`;
  const allowed = countAllowed(report);
  const acked = allowed ? ` · ${allowed} allowed` : "";
  if (errors > 0)
    return `### ❌ ${plural(errors, "new error")}${warnings ? ` · ${plural(warnings, "warning")}` : ""}${acked} — ${migrations}`;
  const extra = `${warnings ? ` · ${plural(warnings, "warning")}` : ""}${acked}`;
  if (count === 0) return `### ✅ no new migrations${against}${where}${extra}`;
  return `### ✅ ${migrations}: ${checked(report)}${extra}`;
}

/** What the replay checked of the new migrations: up, down and up again, or up only and why. */
function checked(report: ReplayReport): string {
  const news = report.databases.flatMap(fresh);
  if (news.some((m) => m.down !== "not-run" && m.down !== "missing")) return "replayed up, down and up again";
  const noDowns = [
    ...new Set(
      report.databases
        .filter((db) => toolOf(db.format).downs === "never")
        .map((db) => toolOf(db.format).name),
    ),
  ];
  return noDowns.length > 0
    ? `up replayed; ${noDowns.join(" and ")} ${noDowns.length === 1 ? "has" : "have"} no downs`
    : "up replayed (no down was checked)";
}

export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/**
 * One finding: its rule (linked to its explanation), where (linked to the line at the head commit), and the
 * message with that place said once.
 */
export function findingLine(f: Finding, links?: CommentLinks, rulesUrl?: string): string {
  const icon = f.severity === "error" ? "❌" : "⚠️";
  const where = f.file ? (f.line ? `${f.file}:${f.line}` : f.file) : "";
  const place = !where
    ? ""
    : links && f.file
      ? ` [${escapeMarkdown(where)}](${fileUrl(links, f.file)}${f.line ? `#L${f.line}` : ""})`
      : ` ${escapeMarkdown(where)}`;
  const rule = rulesUrl ? `[**${f.rule}**](${rulesUrl}#rule-${f.rule})` : `**${f.rule}**`;
  return `- ${icon} ${rule}${place}: ${escapeProse(sayPlaceOnce(f.message, f.file))}`;
}

/** "failed at migrations/0002.down.sql:2:1 (…)" after a link to that file reads "failed at line 2:1 (…)". */
function sayPlaceOnce(message: string, file?: string): string {
  if (!file) return message;
  return message
    .split(`${file}:`)
    .join("line ")
    .replace(/^`?[^`\s]+`? is /, (head) => (head.includes(file) ? "it is " : head));
}

export function fileUrl(links: CommentLinks, file: string): string {
  return `${links.repoUrl}/blob/${links.sha}/${repoPath(links.prefix, file).split("/").map(urlSegment).join("/")}`;
}

/** The new migrations, each version linked to its first file; folded past TABLE_ROWS rows. */
export function migrationsTable(db: DatabaseReport, links?: CommentLinks): string {
  const rows = fresh(db);
  if (rows.length === 0) return "";
  const table = [
    "| version | name | up | down | redo | ms |",
    "|---|---|:-:|:-:|:-:|--:|",
    ...rows.map((m) => row(m, links)),
  ].join("\n");
  if (rows.length <= TABLE_ROWS) return table;
  const failed = rows.filter((m) => m.up === "failed" || m.down === "failed" || m.down === "mismatch").length;
  return `<details><summary>${plural(rows.length, "new migration")}${failed ? `, ${failed} with a failing step` : ""}</summary>\n\n${table}\n\n</details>`;
}

function row(m: MigrationReport, links?: CommentLinks): string {
  const version = escapeMarkdown(m.version);
  const first = m.files[0];
  const cell = links && first ? `[${version}](${fileUrl(links, first)})` : version;
  return `| ${cell} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`;
}

/** A path segment in a link's destination: `(`, `)` and the rest cannot end the link or start markup. */
function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A report path (relative to the checked directory) as a path in the repository. */
export function repoPath(prefix: string | undefined, file: string): string {
  const parts: string[] = [];
  for (const segment of `${prefix ?? ""}/${file}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/") || ".";
}

/** The reason a migration gives for a finding it acknowledges, quoted as the file wrote it. */
export function allowedNote(f: Finding): string {
  return f.allowed ? `allowed in the file: “${escapeProse(f.allowed.reason)}”` : "";
}
