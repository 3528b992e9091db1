import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export interface IssueComment {
  id: number;
  body: string;
}

/** The comments of one pull request, as the sticky comment needs them. */
export interface CommentApi {
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
  remove(id: number): Promise<void>;
}

/** A request GitHub refused or never answered; `status` is 0 when there was no HTTP answer. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "GitHubApiError";
  }
}

export interface GitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** Seconds to wait before the first retry of a 5xx; the plugin squares the attempt number onto it. */
  retryBaseMs?: number;
  /** Retries allowed after a rate limit whose wait is at most this many seconds. */
  maxRateLimitWaitSeconds?: number;
}

/** Issue comments through Octokit, with retries on 5xx and waits on rate limits. */
export function gitHubComments(options: GitHubOptions): CommentApi {
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const onLimit = (after: number, _request: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2 && after <= maxWait;
  const octokit = getOctokit(
    options.token,
    {
      retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    },
    retry,
    throttling,
  );
  const where = { owner: options.owner, repo: options.repo };
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      const status =
        typeof (cause as { status?: unknown }).status === "number" ? (cause as { status: number }).status : 0;
      const reason = (cause as Error).message?.split("\n")[0] ?? "no answer";
      throw new GitHubApiError(status, `${what}: ${status ? `HTTP ${status}, ` : ""}${reason}`, { cause });
    }
  };
  return {
    list: (issue) =>
      call(`listing the comments of #${issue}`, async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          ...where,
          issue_number: issue,
          per_page: 100,
        });
        return all.map((c) => ({ id: c.id, body: c.body ?? "" }));
      }),
    create: (issue, body) =>
      call(`commenting on #${issue}`, async () => {
        const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issue, body });
        return { id: data.id, body: data.body ?? "" };
      }),
    update: (id, body) =>
      call(`updating comment ${id}`, async () => {
        const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body });
        return { id: data.id, body: data.body ?? "" };
      }),
    remove: (id) =>
      call(`deleting duplicate comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
      }),
  };
}
