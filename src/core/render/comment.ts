import type { DatabaseReport, ReplayReport } from "../report.js";
import { isAllowed, isNew } from "../report.js";
import { countDiff, isEmptyDiff, renderDiffMarkdown } from "../schema/index.js";
import type { SerializedSchema } from "../schema/model.js";
import {
  allowedNote,
  type CommentLinks,
  errorsFirst,
  findingLine,
  migrationsTable,
  verdictHeading,
} from "./comment-parts.js";
import { renderDdlDiff } from "./ddl-diff.js";
import { engineLine } from "./engine-line.js";
import { renderErDiagram } from "./er-diagram.js";
import { codeTicks, escapeMarkdown, escapeProse, inlineCode } from "./markdown-text.js";
import { plural } from "./report-text.js";

export { repoPath } from "./comment-parts.js";

/** GitHub refuses a comment longer than this. */
export const COMMENT_LIMIT = 65_536;
/** How many of the tables a diagram leaves out it names. */
const OMITTED_NAMES = 30;
/** Past this many lines the DDL diff is folded away. */
const DDL_OPEN_LINES = 30;

export interface CommentInput {
  report: ReplayReport;
  /** The base the report was checked against, as the user names it. */
  base?: string;
  /** The base's commit, for the footer. */
  baseSha?: string;
  /** Where a finding's file:line links to (the PR head commit); plain text without it. */
  links?: CommentLinks;
  /** The page whose README explains the rules (`#rule-<id>` anchors); rule ids are plain without it. */
  rulesUrl?: string;
  version: string;
  /** Where the check ran, when not on the pull request itself ("in the merge queue"). */
  context?: string;
  limit?: number;
  /** What a truncated comment points to for the rest. */
  elsewhere?: string;
  /** The run whose job summary holds the whole report, for the footer. */
  summaryUrl?: string;
}

/** One database's parts, most important first: truncation drops from the end of `levels` below. */
interface Section {
  head: string;
  findings: string[];
  /** Known and existing findings, folded after the new ones. */
  aside: string;
  /** What stands for `aside` when it does not fit: how many, and where they are. */
  asideShort: string;
  schema: string;
  changes: string;
  ddl: string;
  diagram: string;
  table: string;
}

/**
 * The report as a pull request comment (and job summary), in the order a reviewer reads it: the verdict as a
 * heading; per database the findings the branch introduces, the existing ones folded, the schema change in
 * one line of counts and per object, the DDL diff, an ER diagram of what changed and the migrations table.
 * Everything from the repository is escaped; past the limit the least important parts go first.
 */
export function renderComment(input: CommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const sections = input.report.databases.map((db) => section(db, input));
  const verdict = verdictHeading(input.report, input.base, input.context);
  // `elsewhere` is lockstep's own words and the run's address (not repository text): its link stays a link.
  const elsewhere = (input.elsewhere ?? "in the job summary").replace(
    /[&<>]/g,
    (c) => `&#${c.charCodeAt(0)};`,
  );
  const footer = footerLine(input);
  const note = `\n_Truncated to fit GitHub's limit: the full report is ${elsewhere}._\n`;
  // Dropped in order: the list of existing findings, the DDL diff, the diagram, the per-object list, the
  // migrations table; then findings beyond the first few.
  const levels: ((s: Section) => Section)[] = [
    (s) => s,
    (s) => ({ ...s, aside: s.asideShort, ddl: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", changes: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", changes: "", table: "" }),
  ];
  for (const [i, level] of levels.entries()) {
    const text = assemble(verdict, sections.map(level), i === 0 ? footer : note + footer);
    if (text.length <= limit) return text;
  }
  const minimal = sections.map((s) => ({
    ...s,
    aside: s.asideShort,
    ddl: "",
    diagram: "",
    changes: "",
    table: "",
  }));
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
    [s.head, s.findings.join("\n"), s.aside, s.schema, s.changes, s.ddl, s.diagram, s.table]
      .filter((part) => part !== "")
      .join("\n\n"),
  );
  return `${[verdict, ...body].join("\n\n").trimEnd()}\n${footer}`;
}

function footerLine(input: CommentInput): string {
  const engine = engineLine(input.report.engine, input.report.databases);
  const base = input.base
    ? ` · base ${escapeMarkdown(input.base)}${input.baseSha ? ` at ${escapeMarkdown(input.baseSha.slice(0, 12))}` : ""}`
    : "";
  // lockstep's own address of the run (not repository text): its link stays a link.
  const rest = input.summaryUrl
    ? ` · [job summary](${input.summaryUrl.replace(/[()<>\s]/g, encodeURIComponent)})`
    : "";
  return `\n<sub>lockstep ${escapeMarkdown(input.version)}${engine ? ` · ${escapeMarkdown(engine)}` : ""}${base}${rest}</sub>\n`;
}

function section(db: DatabaseReport, input: CommentInput): Section {
  const through = db.runner ? `\n\n<sub>replayed through ${escapeProse(db.runner)}</sub>` : "";
  const head = `#### ${escapeMarkdown(db.name)} · ${codeTicks(`${db.dir}/`)}${through}`;
  const findings = [
    ...errorsFirst(db.findings.filter(isNew)).map((f) => findingLine(f, input.links, input.rulesUrl)),
    // What the branch's migrations acknowledge is listed with the rest, reason beside it, for the reviewer.
    ...errorsFirst(db.findings.filter(isAllowed)).map(
      (f) => `${findingLine(f, input.links, input.rulesUrl)} _(${allowedNote(f)})_`,
    ),
  ];
  const parts = { head, findings, ...setAside(db, input), table: migrationsTable(db, input.links) };
  const none = { schema: "", changes: "", ddl: "", diagram: "" };
  if (!db.diff) return { ...parts, ...none };
  if (isEmptyDiff(db.diff)) return { ...parts, ...none, schema: "**Schema:** no changes." };
  const objects = (db.schema as SerializedSchema | undefined)?.objects ?? [];
  const diagram = renderErDiagram(db.diff, objects);
  const ddl = renderDdlDiff(db.diff);
  const block = `\`\`\`diff\n${fence(ddl.join("\n"))}\n\`\`\``;
  const omitted =
    diagram.omitted.length > 0
      ? `\n\n${plural(diagram.omitted.length, "more changed table")}, not drawn: ${diagram.omitted
          .slice(0, OMITTED_NAMES)
          .map((n) => inlineCode(n))
          .join(", ")}${diagram.omitted.length > OMITTED_NAMES ? ", …" : ""}`
      : "";
  return {
    ...parts,
    schema: `**Schema:** ${escapeMarkdown(countDiff(db.diff))}`,
    changes: renderDiffMarkdown(db.diff, true).trimEnd(),
    ddl:
      ddl.length > DDL_OPEN_LINES
        ? `<details><summary>DDL diff (${plural(ddl.length, "line")})</summary>\n\n${block}\n\n</details>`
        : block,
    diagram: diagram.text ? `\`\`\`mermaid\n${diagram.text}\`\`\`${omitted}` : "",
  };
}

/** Findings the base already had or lockstep.known.json lists: reported, folded, not in the verdict. */
function setAside(db: DatabaseReport, input: CommentInput): Pick<Section, "aside" | "asideShort"> {
  const old = errorsFirst(db.findings.filter((f) => !isNew(f) && !isAllowed(f)));
  if (old.length === 0) return { aside: "", asideShort: "" };
  const title = `${plural(old.length, "existing finding")} (on the base or in lockstep.known.json)`;
  const lines = old.map(
    (f) =>
      `${findingLine(f, input.links, input.rulesUrl)} _(${f.status === "known" ? "known" : "on the base"}${f.allowed ? `; ${allowedNote(f)}` : ""})_`,
  );
  return {
    aside: `<details><summary>${title}</summary>\n\n${lines.join("\n")}\n\n</details>`,
    asideShort: `_${title}: left out to fit; the full report lists them._`,
  };
}

/** A code block cannot be closed from inside: break any run of backticks in the text. */
function fence(text: string): string {
  return text.replace(/`{3,}/g, (run) => run.split("").join("\u200b"));
}
