import { GitRepo } from "../../adapters/git.js";
import type { CommentApi } from "../../adapters/github.js";
import type { EngineName } from "../../adapters/sqlite/types.js";
import { isCommitId } from "../../core/commit-id.js";
import type { EventPlan } from "../../core/github/event-plan.js";
import { MARKER_LENGTH } from "../../core/github/sticky-comment.js";
import { COMMENT_LIMIT, renderComment } from "../../core/render/comment.js";
import { countFindings, type ReplayReport } from "../../core/report.js";
import { isEmptyDiff } from "../../core/schema/index.js";
import { runCheck } from "../applied/check.js";
import type { DownMode } from "../replay/replay-set.js";
import type { CodePolicy } from "../replay/runner-database.js";

/** GitHub refuses a step summary over 1 MiB; keep a margin for other steps' output in the same file. */
const SUMMARY_LIMIT = 1_000_000;

export type CommentPolicy = "on-change" | "always" | "never";

export interface ActionCheckRequest {
  /** Absolute working directory. */
  cwd: string;
  /** The working directory as the user gave it: part of the sticky comment's key. */
  workingDirectory: string;
  config?: string;
  /** The base the user named, over the event's. */
  base?: string;
  down: DownMode;
  /** The SQLite engine (the `engine` input); else the config's; else native where the runtime has it. */
  engine?: EngineName;
  /** The verified-prefix cache's directory (the `cache` input); `false`: none. */
  cache?: string | false;
  /** Whether a database's runner may run the repository's code (the `run-code` input and the event). */
  code: CodePolicy;
  comment: CommentPolicy;
  plan: Exclude<EventPlan, { kind: "unsupported" }>;
  version: string;
  /** `https://github.com/OWNER/REPO`, for links to files at the head commit. */
  repoUrl: string;
  /** Where the full report is when the comment had to be cut short. */
  runUrl?: string;
  /** Where a finding's rule id links to. */
  rulesUrl?: string;
  /** Absent when there is no token: then no comment, and the summary says why. */
  comments?: CommentApi;
}

export interface ActionCheckOutcome {
  report: ReplayReport;
  /** The base for people (`main`). */
  base: string;
  /** The ref or commit that was checked against. */
  baseRef: string;
  /** The job summary: the whole report, up to what GitHub takes for a step's summary. */
  summary: string;
  /** The comment's content: the same report, cut to fit a comment when it must be. */
  markdown: string;
  /** The comment without its timings: what its digest covers, so a rerun alone does not rewrite it. */
  timeless: string;
  /** Whether the branch changed a migration directory (comment: on-change). */
  touched: boolean;
  errors: number;
  warnings: number;
  schemaChanged: boolean;
  changed: string[];
  /** The working directory's path in the repository: findings' files are relative to it. */
  cwdInRepo: string;
  notes: string[];
}

/**
 * The Action's check: the event's commit against its base, and the comment's and summary's content. The
 * comment itself is a separate step (`updateStickyComment`), so everything is in the log before it.
 */
export async function runActionCheck(req: ActionCheckRequest): Promise<ActionCheckOutcome> {
  const outcome = await runCheck({
    cwd: req.cwd,
    configPath: req.config,
    base: req.base ?? (await eventBase(req.cwd, req.plan)),
    down: req.down,
    engine: req.engine,
    cache: req.cache,
    functionsFrom: "base",
    code: req.code,
  });
  const { report } = outcome;
  const { errors, warnings } = countFindings(report);
  const head = req.plan.head;
  const base = req.base ?? shortBase(req.plan, outcome.base.ref);
  const input = {
    report,
    base,
    baseSha: outcome.baseSha,
    links: { repoUrl: req.repoUrl, sha: head, prefix: outcome.cwdInRepo },
    rulesUrl: req.rulesUrl,
    version: req.version,
    context: req.plan.kind === "merge_group" ? "in the merge queue" : undefined,
    elsewhere: req.runUrl ? `in the job summary of ${req.runUrl}` : "in the job summary",
    summaryUrl: req.runUrl,
  };
  // Room for the hidden marker, so the body GitHub receives stays within its limit.
  const limit = COMMENT_LIMIT - MARKER_LENGTH;
  const markdown = renderComment({ ...input, limit });
  const timeless = renderComment({ ...input, limit, report: withoutTimings(report) });
  const summary = renderComment({
    ...input,
    limit: SUMMARY_LIMIT,
    elsewhere: "in the JSON report (the report output)",
  });
  const schemaChanged = report.databases.some((d) => d.diff !== undefined && !isEmptyDiff(d.diff));
  return {
    report,
    base,
    baseRef: outcome.base.ref,
    summary,
    markdown,
    timeless,
    touched: outcome.changed.length > 0,
    errors,
    warnings,
    schemaChanged,
    changed: outcome.changed,
    cwdInRepo: outcome.cwdInRepo,
    notes: outcome.notes,
  };
}

function withoutTimings(report: ReplayReport): ReplayReport {
  return {
    ...report,
    databases: report.databases.map((d) => ({
      ...d,
      migrations: d.migrations.map((m) => ({ ...m, ms: 0 })),
    })),
  };
}

/**
 * A pull request's checkout is GitHub's merge of its head into the base as it was when the merge was made,
 * which can be newer than the event's base.sha: that merge's first parent is the exact base.
 */
async function eventBase(cwd: string, plan: ActionCheckRequest["plan"]): Promise<string | undefined> {
  if (plan.kind !== "pull_request") return plan.base;
  const [first, second] = await (await GitRepo.open(cwd)).parents("HEAD");
  return first && second === plan.head ? first : plan.base;
}

/** The base as people know it: `main`, not a commit id. */
function shortBase(plan: ActionCheckRequest["plan"], ref: string): string {
  if (isCommitId(ref)) return plan.baseName ?? ref.slice(0, 7);
  return ref;
}
