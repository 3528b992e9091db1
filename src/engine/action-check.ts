import { GitRepo } from "../adapters/git.js";
import { type CommentApi, GitHubApiError } from "../adapters/github.js";
import { isCommitId } from "../core/commit-id.js";
import type { EventPlan } from "../core/github/event-plan.js";
import { MARKER_LENGTH, markComment, readMarker, stickyKey } from "../core/github/sticky-comment.js";
import { COMMENT_LIMIT, renderComment } from "../core/render/comment.js";
import { countFindings, type ReplayReport } from "../core/report.js";
import { isEmptyDiff } from "../core/schema/index.js";
import { runCheck } from "./check.js";
import type { DownMode } from "./replay-set.js";

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
  comment: CommentPolicy;
  plan: Exclude<EventPlan, { kind: "unsupported" }>;
  version: string;
  /** `https://github.com/OWNER/REPO`, for links to files at the head commit. */
  repoUrl: string;
  /** Where the full report is when the comment had to be cut short. */
  runUrl?: string;
  /** Absent when there is no token: then no comment, and the summary says why. */
  comments?: CommentApi;
}

export type CommentResult =
  | { status: "created" | "updated"; id: number }
  | { status: "unchanged"; id: number }
  | { status: "skipped"; reason: string }
  | { status: "failed"; reason: string; id?: number };

export interface ActionCheckOutcome {
  report: ReplayReport;
  /** The base for people (`main`). */
  base: string;
  /** The ref or commit that was checked against. */
  baseRef: string;
  /** The comment's content (also the job summary). */
  /** The job summary: the whole report, up to what GitHub takes for a step's summary. */
  summary: string;
  /** The comment's content: the same report, cut to fit a comment when it must be. */
  markdown: string;
  errors: number;
  warnings: number;
  schemaChanged: boolean;
  changed: string[];
  /** The working directory's path in the repository: findings' files are relative to it. */
  cwdInRepo: string;
  comment: CommentResult;
  notes: string[];
}

/** The Action's job: check the event's commit against its base, then keep one sticky comment up to date. */
export async function runActionCheck(req: ActionCheckRequest): Promise<ActionCheckOutcome> {
  const outcome = await runCheck({
    cwd: req.cwd,
    configPath: req.config,
    base: req.base ?? (await eventBase(req.cwd, req.plan)),
    down: req.down,
    functionsFrom: "base",
  });
  const { report } = outcome;
  const { errors, warnings } = countFindings(report);
  const head = req.plan.head;
  const base = req.base ?? shortBase(req.plan, outcome.base.ref);
  const input = {
    report,
    base,
    links: { repoUrl: req.repoUrl, sha: head, prefix: outcome.cwdInRepo },
    version: req.version,
    context: req.plan.kind === "merge_group" ? "in the merge queue" : undefined,
    elsewhere: req.runUrl ? `in the job summary of ${req.runUrl}` : "in the job summary",
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
  const comment = await stickyComment(req, markdown, timeless, outcome.changed.length > 0);
  return {
    report,
    base,
    baseRef: outcome.base.ref,
    summary,
    markdown,
    errors,
    warnings,
    schemaChanged,
    changed: outcome.changed,
    cwdInRepo: outcome.cwdInRepo,
    comment,
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

async function stickyComment(
  req: ActionCheckRequest,
  markdown: string,
  timeless: string,
  touched: boolean,
): Promise<CommentResult> {
  const { plan } = req;
  // In the merge queue the queued pull request's comment gets the verdict of it on top of the latest base.
  const number =
    plan.kind === "pull_request" ? plan.number : plan.kind === "merge_group" ? plan.pullRequest : undefined;
  if (number === undefined) {
    return {
      status: "skipped",
      reason:
        plan.kind === "merge_group"
          ? "the merge queue's branch names no pull request"
          : `a ${plan.kind} has no pull request to comment on`,
    };
  }
  if (req.comment === "never") return { status: "skipped", reason: "comment is never" };
  const api = req.comments;
  if (!api) return { status: "skipped", reason: "no github-token was given" };
  const key = stickyKey(req.workingDirectory, req.config);
  const marked = markComment(markdown, key, timeless);
  try {
    const ours = (await api.list(number)).filter((c) => readMarker(c.body)?.key === key);
    const [existing, ...extra] = ours;
    // A retried create can leave a second comment behind: one sticky comment is the promise.
    for (const c of extra) await api.remove(c.id);
    if (!existing) {
      if (req.comment === "on-change" && !touched) {
        return { status: "skipped", reason: "this pull request changes no migration" };
      }
      return { status: "created", id: (await api.create(number, marked.body)).id };
    }
    if (readMarker(existing.body)?.digest === marked.digest) return { status: "unchanged", id: existing.id };
    return { status: "updated", id: (await api.update(existing.id, marked.body)).id };
  } catch (cause) {
    if (!(cause instanceof GitHubApiError)) throw cause;
    const hint =
      cause.status === 403 || cause.status === 404
        ? "the token may not write to pull requests (a fork's pull_request token is read-only; give the job `pull-requests: write`)"
        : "GitHub did not accept it after retries";
    return { status: "failed", reason: `${cause.message}; ${hint}. The job summary has the full report` };
  }
}
