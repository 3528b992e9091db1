import type { Finding } from "../finding.js";
import type { DatabaseReport, ReplayReport } from "../report.js";
import { countFindings, isNew } from "../report.js";
import { isEmptyDiff, renderDiffMarkdown, renderDiffText, summarizeDiff } from "../schema/index.js";
import type { SerializedSchema } from "../schema/model.js";
import { engineLine } from "./engine-line.js";
import { renderErDiagram } from "./er-diagram.js";
import { codeTicks, escapeMarkdown, escapeProse } from "./markdown-text.js";
import { plural } from "./report-text.js";

/** GitHub refuses a comment longer than this. */
export const COMMENT_LIMIT = 65_536;
/** The schema summary line's length in Markdown; the diff below it lists everything. */
const SUMMARY_MAX = 6_000;

export interface CommentInput {
  report: ReplayReport;
  /** The base the report was checked against, as the user names it. */
  base?: string;
  /** Where a finding's file:line links to (the PR head commit); plain text without it. */
  links?: {
    repoUrl: string;
    sha: string /** The report's directory in the repository ("" at the top). */;
    prefix?: string;
  };
  version: string;
  /** Where the check ran, when not on the pull request itself ("in the merge queue"). */
  context?: string;
  limit?: number;
  /** What a truncated comment points to for the rest. */
  elsewhere?: string;
}

const MARK: Record<string, string> = { ok: "✅", failed: "❌", mismatch: "❌", missing: "⚠️", "not-run": "—" };

/** The parts of one database's section, from most to least important: truncation drops from the end. */
interface Section {
  head: string;
  findings: string[];
  /** Known and existing findings, folded after the new ones. */
  aside: string;
  /** What stands for `aside` when it does not fit: how many, and where they are. */
  asideShort: string;
  diffSummary: string;
  diff: string;
  diagram: string;
  ddl: string;
}

/**
 * The report as a pull request comment (and job summary): a verdict, the new migrations, the findings
 * linked to their lines, the schema diff with an ER diagram of what changed, and the DDL diff folded away.
 * Everything from the repository is escaped; past the limit the least important parts go first.
 */
export function renderComment(input: CommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const sections = input.report.databases.map((db) => section(db, input));
  const engine = engineLine(input.report.engine);
  const footer = `\n<sub>lockstep ${escapeMarkdown(input.version)}${engine ? ` · ${escapeMarkdown(engine)}` : ""}</sub>\n`;
  const verdict = verdictLine(input.report, input.base, input.context);
  // Drop, in order: the list of existing findings with every DDL block, every diagram, every detailed
  // diff, then findings beyond the first few.
  const levels: ((s: Section) => Section)[] = [
    (s) => s,
    (s) => ({ ...s, aside: s.asideShort, ddl: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", diff: "" }),
  ];
  // `elsewhere` is lockstep's own words and the run's address (not repository text): its link stays a link.
  const elsewhere = (input.elsewhere ?? "in the job summary").replace(
    /[&<>]/g,
    (c) => `&#${c.charCodeAt(0)};`,
  );
  const note = `\n_Truncated to fit GitHub's limit: the full report is ${elsewhere}._\n`;
  for (const [i, level] of levels.entries()) {
    const text = assemble(verdict, sections.map(level), i === 0 ? footer : note + footer);
    if (text.length <= limit) return text;
  }
  const minimal = sections.map((s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", diff: "" }));
  let keep = Math.max(...minimal.map((s) => s.findings.length));
  while (keep > 0) {
    const cut = minimal.map((s) => ({
      ...s,
      findings:
        s.findings.length > keep
          ? [...s.findings.slice(0, keep), `- … and ${s.findings.length - keep} more`]
          : s.findings,
    }));
    const text = assemble(verdict, cut, note + footer);
    if (text.length <= limit) return text;
    keep = Math.floor(keep / 2);
  }
  return `${verdict}\n${note}${footer}`.slice(0, limit);
}

function assemble(verdict: string, sections: Section[], footer: string): string {
  const body = sections.map((s) =>
    [
      s.head,
      s.findings.length ? `\n${s.findings.join("\n")}` : "",
      s.aside,
      s.diffSummary,
      s.diff,
      s.diagram,
      s.ddl,
    ]
      .filter((part) => part !== "")
      .join("\n"),
  );
  return `${[verdict, ...body].join("\n\n").trimEnd()}\n${footer}`;
}

function verdictLine(report: ReplayReport, base?: string, context?: string): string {
  const { errors, warnings } = countFindings(report);
  const fresh = report.databases.flatMap((d) => d.migrations.filter((m) => m.origin !== "base")).length;
  const against = base ? ` against ${codeTicks(base)}` : "";
  const what = `${plural(fresh, "new migration")}${against}${context ? `, ${escapeMarkdown(context)}` : ""}`;
  if (errors > 0)
    return `❌ **lockstep: ${plural(errors, "error")}, ${plural(warnings, "warning")}** · ${what}`;
  const clean = fresh === 0 ? "no new migrations" : "up, down and redo all clean";
  return `✅ **lockstep: ${clean}**${warnings ? ` (${plural(warnings, "warning")})` : ""} · ${what}`;
}

function section(db: DatabaseReport, input: CommentInput): Section {
  const fresh = db.migrations.filter((m) => m.origin !== "base");
  const head = [`### ${escapeMarkdown(db.name)} · ${codeTicks(`${db.dir}/`)}`];
  if (fresh.length > 0) {
    head.push("", "| version | name | up | down | redo | ms |", "|---|---|:-:|:-:|:-:|--:|");
    for (const m of fresh) {
      head.push(
        `| ${escapeMarkdown(m.version)} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`,
      );
    }
  }
  const findings = errorsFirst(db.findings.filter(isNew)).map((f) => findingLine(f, input.links));
  const parts = { head: head.join("\n"), findings, ...setAside(db, input.links) };
  if (!db.diff) return { ...parts, diffSummary: "", diff: "", diagram: "", ddl: "" };
  if (isEmptyDiff(db.diff)) {
    return {
      ...parts,
      diffSummary: "\n**Schema:** no changes.",
      diff: "",
      diagram: "",
      ddl: "",
    };
  }
  const objects = (db.schema as SerializedSchema | undefined)?.objects ?? [];
  const diagram = renderErDiagram(db.diff, objects);
  return {
    ...parts,
    // One line, bounded: hundreds of tables (or one huge name) must not push the findings out.
    diffSummary: `\n**Schema:** ${escapeProse(summarizeDiff(db.diff), SUMMARY_MAX)}`,
    diff: `\n${renderDiffMarkdown(db.diff).trimEnd()}`,
    diagram: diagram ? `\n\`\`\`mermaid\n${diagram}\`\`\`` : "",
    ddl: `\n<details><summary>DDL changes</summary>\n\n\`\`\`diff\n${fence(renderDiffText(db.diff))}\`\`\`\n\n</details>`,
  };
}

function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/** Findings the base already had or lockstep.known.json lists: reported, folded, not in the verdict. */
function setAside(db: DatabaseReport, links: CommentInput["links"]): Pick<Section, "aside" | "asideShort"> {
  const old = errorsFirst(db.findings.filter((f) => !isNew(f)));
  if (old.length === 0) return { aside: "", asideShort: "" };
  const title = `${plural(old.length, "existing finding")} (on the base or in lockstep.known.json)`;
  const lines = old.map(
    (f) => `${findingLine(f, links)} _(${f.status === "known" ? "known" : "on the base"})_`,
  );
  return {
    aside: `\n<details><summary>${title}</summary>\n\n${lines.join("\n")}\n\n</details>`,
    asideShort: `\n_${title}: left out to fit; the full report lists them._`,
  };
}

/** A code block cannot be closed from inside: break any run of backticks in the text. */
function fence(text: string): string {
  return text.replace(/`{3,}/g, (run) => run.split("").join("\u200b"));
}

function findingLine(f: Finding, links?: CommentInput["links"]): string {
  const icon = f.severity === "error" ? "❌" : "⚠️";
  const where = f.file ? (f.line ? `${f.file}:${f.line}` : f.file) : "";
  const place = !where
    ? ""
    : links && f.file
      ? ` [${escapeMarkdown(where)}](${links.repoUrl}/blob/${links.sha}/${repoPath(links.prefix, f.file).split("/").map(urlSegment).join("/")}${f.line ? `#L${f.line}` : ""})`
      : ` ${escapeMarkdown(where)}`;
  // The message is one line; a locked-modified diff (the finding's detail) is for the terminal.
  const message = escapeProse(f.message);
  return `- ${icon} **${f.rule}**${place}: ${message}`;
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
