/** Why a request to GitHub did not succeed: each has its own advice for the user. */
export type GitHubFailure = "rate-limit" | "timeout" | "refused" | "unreachable";

/** A request GitHub refused or never answered; `status` is 0 when there was no HTTP answer. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly kind: GitHubFailure = status ? "refused" : "unreachable",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "GitHubApiError";
  }
}

/** One request took longer than the per-request timeout (thrown by the fetch wrapper, retried by Octokit). */
export class RequestTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms / 1000} s`);
    this.name = "TimeoutError";
  }
}

/** The comment step as a whole ran out of time: nothing more is sent. */
export class StepTimeout extends Error {
  constructor(readonly ms: number) {
    super(`gave up: the comment step's ${ms / 1000} s were over`);
    this.name = "StepTimeout";
  }
}

interface OctokitFailure {
  status?: unknown;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** When a rate limit ends, from GitHub's headers: `x-ratelimit-reset` (epoch seconds) or `retry-after`. */
function resetOf(headers: Record<string, string | undefined>): string {
  const reset = Number(headers["x-ratelimit-reset"]);
  if (Number.isFinite(reset) && reset > 0) return `it resets at ${new Date(reset * 1000).toISOString()}`;
  const after = Number(headers["retry-after"]);
  if (Number.isFinite(after) && after >= 0) return `GitHub asks to retry after ${after} s`;
  return "GitHub did not say when it resets";
}

/** Octokit's error (or a timeout of ours) as one line saying what happened. */
export function describeFailure(what: string, cause: unknown): GitHubApiError {
  if (cause instanceof GitHubApiError) return cause;
  const c = (cause ?? {}) as OctokitFailure;
  if (cause instanceof StepTimeout)
    return new GitHubApiError(0, `${what}: ${cause.message}`, "timeout", { cause });
  if (cause instanceof RequestTimeout || c.cause instanceof RequestTimeout) {
    const timeout = (cause instanceof RequestTimeout ? cause : (c.cause as RequestTimeout)).message;
    return new GitHubApiError(0, `${what}: GitHub's API gave ${timeout}, after retries`, "timeout", {
      cause,
    });
  }
  const status = typeof c.status === "number" ? c.status : 0;
  const headers = c.response?.headers ?? {};
  const data = c.response?.data as { message?: unknown } | undefined;
  const said = typeof data?.message === "string" ? data.message : (c.message ?? "no answer");
  const reason = said.split("\n")[0] ?? "no answer";
  const limited =
    status === 429 ||
    (status === 403 && (headers["x-ratelimit-remaining"] === "0" || /\brate limit\b/i.test(reason)));
  if (limited) {
    const which = /secondary/i.test(reason) ? "a secondary rate limit" : "its API rate limit";
    return new GitHubApiError(
      status,
      `${what}: HTTP ${status}, this token reached ${which} (${reason}); ${resetOf(headers)}`,
      "rate-limit",
      { cause },
    );
  }
  // Octokit reports a refused connection or a reset as 500 with no answer.
  const answered = status > 0 && c.response !== undefined;
  return new GitHubApiError(
    answered ? status : 0,
    `${what}: ${answered ? `HTTP ${status}, ` : ""}${reason}`,
    answered ? "refused" : "unreachable",
    { cause },
  );
}
