import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { describeFailure, RequestTimeout, StepTimeout } from "./github-errors.js";
import { writePacing } from "./github-pacing.js";

export { GitHubApiError } from "./github-errors.js";

/** Who wrote a comment, as GitHub's REST answers name it; also who the token is. */
export interface CommentAuthor {
  login: string;
  id?: number;
  /** `User` or `Bot`. */
  type?: string;
}

export interface IssueComment {
  id: number;
  body: string;
  user?: CommentAuthor;
}

export interface CommentList {
  comments: IssueComment[];
  /** Set when the pages were not all read (a page repeated, or too many): says where it stopped. */
  stopped?: string;
}

/** The comments of one pull request, as the sticky comment needs them. */
export interface CommentApi {
  /** The token's own account: only its comments are lockstep's. Asked once. */
  identity(): Promise<CommentAuthor>;
  list(issue: number): Promise<CommentList>;
  /** Undefined when GitHub's answer does not say which comment it made. */
  create(issue: number, body: string): Promise<IssueComment | undefined>;
  update(id: number, body: string): Promise<IssueComment | undefined>;
  remove(id: number): Promise<void>;
}

export interface GitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** The REST API's root (GITHUB_API_URL: GitHub Enterprise Server has its own); github.com's by default. */
  apiUrl?: string;
  /**
   * Milliseconds in each second that Octokit waits: before a 5xx's retry (attempt² of them), a rate limit's
   * (the seconds GitHub names), and between writes. 1000 (real seconds) unless a test makes the waits instant.
   */
  retryBaseMs?: number;
  /** Retries allowed after a rate limit whose wait is at most this many seconds. */
  maxRateLimitWaitSeconds?: number;
  /** How long one request may take (Node's own default is 300 s, then Octokit retries it three times). */
  requestTimeoutMs: number;
  /** How long all requests together may take, retries and waits included, from the first one. */
  stepTimeoutMs: number;
}

/** The account `GITHUB_TOKEN` comments as. */
export const ACTIONS_BOT: CommentAuthor = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

/** A conversation longer than this many pages of 100 is not read to its end. */
export const MAX_PAGES = 50;

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

function authorOf(user: { login?: unknown; id?: unknown; type?: unknown } | null | undefined) {
  if (!user || typeof user.login !== "string") return undefined;
  return {
    login: user.login,
    id: typeof user.id === "number" ? user.id : undefined,
    type: typeof user.type === "string" ? user.type : undefined,
  };
}

function commentOf(data: unknown): IssueComment | undefined {
  const c = data as { id?: unknown; body?: unknown; user?: Parameters<typeof authorOf>[0] } | null;
  if (!c || typeof c !== "object" || typeof c.id !== "number") return undefined;
  return { id: c.id, body: typeof c.body === "string" ? c.body : "", user: authorOf(c.user) };
}

/** Issue comments through Octokit, with retries on 5xx, waits on rate limits, and time limits on both. */
export function gitHubComments(options: GitHubOptions): CommentApi {
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const retryAfterBaseValue = options.retryBaseMs ?? 1000;
  const onLimit = (after: number, _request: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2 && after <= maxWait;
  let step: AbortSignal | undefined;
  const stepSignal = () => {
    step ??= AbortSignal.timeout(options.stepTimeoutMs);
    return step;
  };
  // @actions/github reads the event file when it is loaded: only after the Action has read it itself.
  const client = (async () => {
    const [{ getOctokit }, { defaults }] = await Promise.all([
      import("@actions/github"),
      import("@actions/github/lib/utils"),
    ]);
    const proxied = (defaults.request?.fetch ?? globalThis.fetch) as Fetch;
    // Each request gets its own timeout (retried by Octokit as a 5xx); the step's end aborts as AbortError,
    // which Octokit does not retry.
    const timed: Fetch = async (url, init) => {
      const own = AbortSignal.timeout(options.requestTimeoutMs);
      const stop = stepSignal();
      if (stop.aborted) throw Object.assign(new Error("the comment step is over"), { name: "AbortError" });
      const signals = [own, stop, ...(init?.signal ? [init.signal] : [])];
      try {
        return await proxied(url, { ...init, signal: AbortSignal.any(signals) });
      } catch (error) {
        if (own.aborted) throw new RequestTimeout(options.requestTimeoutMs);
        if (stop.aborted) throw Object.assign(new Error("the comment step is over"), { name: "AbortError" });
        throw error;
      }
    };
    return getOctokit(
      options.token,
      {
        ...(options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, "") } : {}),
        request: { ...defaults.request, fetch: timed },
        retry: { retryAfterBaseValue },
        throttle: {
          onRateLimit: onLimit,
          onSecondaryRateLimit: onLimit,
          retryAfterBaseValue,
          ...writePacing(retryAfterBaseValue),
        },
      },
      retry,
      throttling,
    );
  })();
  // Its failure is reported by the first call that needs it, not as an unhandled rejection before that.
  client.catch(() => undefined);
  type Octokit = Awaited<typeof client>;
  const where = { owner: options.owner, repo: options.repo };
  const call = async <T>(what: string, run: (octokit: Octokit) => Promise<T>): Promise<T> => {
    const stop = stepSignal();
    // A retry's or a rate limit's wait is a timer Octokit keeps: the step ends on time regardless.
    const over = new Promise<never>((_, reject) => {
      const end = () => reject(new StepTimeout(options.stepTimeoutMs));
      if (stop.aborted) end();
      else stop.addEventListener("abort", end, { once: true });
    });
    try {
      return await Promise.race([client.then(run), over]);
    } catch (cause) {
      throw describeFailure(what, cause);
    }
  };
  let me: Promise<CommentAuthor> | undefined;
  return {
    identity: () => {
      me ??= call("finding out whose token this is", (octokit) => whoAmI(octokit));
      return me;
    },
    list: (issue) =>
      call(`listing the comments of #${issue}`, async (octokit) => {
        const comments = new Map<number, IssueComment>();
        const read = new Set<string>();
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
          ...where,
          issue_number: issue,
          per_page: 100,
        });
        for await (const page of pages) {
          read.add(page.url);
          for (const c of Array.isArray(page.data) ? page.data : []) {
            const comment = commentOf(c);
            if (comment) comments.set(comment.id, comment);
          }
          const next = /<([^<>]+)>;\s*rel="next"/.exec(page.headers.link ?? "")?.[1];
          if (!next) return { comments: [...comments.values()] };
          if (read.has(next)) {
            const stopped = `GitHub's next page of comments is one already read, so lockstep stopped after ${read.size} page(s)`;
            return { comments: [...comments.values()], stopped };
          }
          if (read.size >= MAX_PAGES) {
            const stopped = `the conversation has more than ${MAX_PAGES} pages of comments; lockstep read the first ${MAX_PAGES}`;
            return { comments: [...comments.values()], stopped };
          }
        }
        return { comments: [...comments.values()] };
      }),
    create: (issue, body) =>
      call(`commenting on #${issue}`, async (octokit) => {
        const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issue, body });
        return commentOf(data);
      }),
    update: (id, body) =>
      call(`updating comment ${id}`, async (octokit) => {
        const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body });
        return commentOf(data);
      }),
    remove: (id) =>
      call(`deleting duplicate comment ${id}`, async (octokit) => {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
      }),
  };
}

/**
 * A user's token (a PAT) answers `GET /user`. An installation token (`GITHUB_TOKEN`, a GitHub App's) is
 * refused there ("Resource not accessible by integration"), but GraphQL's `viewer` names its bot; should
 * that fail too, the token is taken to be `GITHUB_TOKEN`, the Action's default.
 */
async function whoAmI(octokit: {
  rest: { users: { getAuthenticated(): Promise<{ data: unknown }> } };
  graphql: <T>(query: string) => Promise<T>;
}): Promise<CommentAuthor> {
  try {
    const user = authorOf((await octokit.rest.users.getAuthenticated()).data as never);
    if (user) return user;
  } catch (cause) {
    if ((cause as { status?: unknown }).status !== 403) throw cause;
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>(
      "query { viewer { login databaseId } }",
    );
    if (typeof viewer?.login === "string") {
      return {
        login: viewer.login,
        id: typeof viewer.databaseId === "number" ? viewer.databaseId : undefined,
        type: viewer.login.endsWith("[bot]") ? "Bot" : "User",
      };
    }
  } catch {
    // Not every GitHub (or proxy in front of it) serves GraphQL.
  }
  return ACTIONS_BOT;
}
