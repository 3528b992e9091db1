import { type CommentAuthor, GitHubApiError, type IssueComment } from "../../adapters/github.js";
import { markComment, readMarker, stickyKey } from "../../core/github/sticky-comment.js";
import type { ActionCheckOutcome, ActionCheckRequest } from "./action-check.js";

export type CommentResult =
  | { status: "created"; id?: number; note?: string }
  | { status: "updated" | "unchanged"; id: number; note?: string }
  | { status: "skipped"; reason: string }
  | { status: "failed"; reason: string; id?: number };

/**
 * Whether the token's own account wrote a comment. The marker alone proves nothing: anyone can paste it,
 * and a pasted one must neither hide lockstep's verdict nor get another person's comment edited or deleted.
 */
export function writtenBy(comment: IssueComment, me: CommentAuthor): boolean {
  const user = comment.user;
  if (!user) return false;
  if (me.id !== undefined && user.id !== undefined) return user.id === me.id;
  return user.login === me.login && (me.type === undefined || user.type === me.type);
}

/** The pull request a comment goes to, or why there is none. */
function target(plan: ActionCheckRequest["plan"]): number | string {
  if (plan.kind === "pull_request") return plan.number;
  // In the merge queue the queued pull request's comment gets the verdict of it on top of the latest base.
  if (plan.kind === "merge_group") {
    return plan.pullRequest ?? "the merge queue's branch names no pull request";
  }
  return `a ${plan.kind} has no pull request to comment on`;
}

/** Keeps one sticky comment per job on the pull request up to date; GitHub's refusals become a reason. */
export async function updateStickyComment(
  req: ActionCheckRequest,
  outcome: Pick<ActionCheckOutcome, "markdown" | "timeless" | "touched">,
): Promise<CommentResult> {
  const number = target(req.plan);
  if (typeof number === "string") return { status: "skipped", reason: number };
  if (req.comment === "never") return { status: "skipped", reason: "comment is never" };
  const api = req.comments;
  if (!api) return { status: "skipped", reason: "no github-token was given" };
  const key = stickyKey(req.workingDirectory, req.config);
  const marked = markComment(outcome.markdown, key, outcome.timeless);
  try {
    const me = await api.identity();
    const listed = await api.list(number);
    const withMarker = listed.comments.filter((c) => readMarker(c.body)?.key === key);
    const ours = withMarker.filter((c) => writtenBy(c, me));
    const notes = [listed.stopped];
    const others = withMarker.filter((c) => !writtenBy(c, me));
    if (others.length > 0) {
      const who = [...new Set(others.map((c) => c.user?.login ?? "an unknown account"))].join(", ");
      notes.push(
        `${others.length} comment(s) by ${who} carry lockstep's marker but were not written by this token (${me.login}): they were left as they are, and are not lockstep's verdict`,
      );
    }
    const note = notes.filter(Boolean).join("; ") || undefined;
    const [existing, ...extra] = ours;
    // A retried create can leave a second comment behind: one sticky comment is the promise.
    for (const c of extra) await api.remove(c.id);
    if (!existing) {
      if (req.comment === "on-change" && !outcome.touched) {
        return { status: "skipped", reason: "this pull request changes no migration" };
      }
      const made = await api.create(number, marked.body);
      // An answer without the comment (a 201 with no body): the comment is there, find its id.
      const id =
        made?.id ??
        (await api.list(number)).comments.find(
          (c) => writtenBy(c, me) && readMarker(c.body)?.digest === marked.digest,
        )?.id;
      return { status: "created", id, note };
    }
    if (readMarker(existing.body)?.digest === marked.digest) {
      return { status: "unchanged", id: existing.id, note };
    }
    const updated = await api.update(existing.id, marked.body);
    return { status: "updated", id: updated?.id ?? existing.id, note };
  } catch (cause) {
    if (!(cause instanceof GitHubApiError)) throw cause;
    return {
      status: "failed",
      reason: `${cause.message}; ${advice(cause)}. The job summary has the full report`,
    };
  }
}

function advice(cause: GitHubApiError): string {
  if (cause.kind === "rate-limit") return "the comment is updated by the next run after that";
  if (cause.kind === "timeout") {
    return "GitHub's API is slow or down (the api-timeout input sets how long lockstep waits)";
  }
  if (cause.status === 403 || cause.status === 404) {
    return "the token may not write to pull requests (a fork's pull_request token is read-only; give the job `pull-requests: write`)";
  }
  return "GitHub did not accept it after retries";
}
