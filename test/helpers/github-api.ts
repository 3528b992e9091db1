// A loopback stand-in for GitHub's REST API: every request is checked against GitHub's published OpenAPI
// description (method, path, parameters, body) and every answer against the response schema.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import formats from "ajv-formats";
import { type Document, OpenAPIBackend } from "openapi-backend";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS: its default export arrives wrapped or not, depending on the loader.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (
  ajv: unknown,
) => void;

/** The operations lockstep uses; the rest of the 13 MB description is left out to keep start-up fast. */
const PATHS: Record<string, string[]> = {
  "/repos/{owner}/{repo}/issues/{issue_number}/comments": ["get", "post"],
  "/repos/{owner}/{repo}/issues/comments/{comment_id}": ["patch", "delete"],
  "/user": ["get"],
};

/** A comment's author, as the REST API names one. */
export interface Account {
  login: string;
  id: number;
  type: "User" | "Bot";
}

/** The account a `GITHUB_TOKEN` comments as. */
export const ACTIONS_BOT: Account = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
/** A person's account, for a personal access token or another user's comments. */
export const MAINTAINER: Account = { login: "release-maintainer", id: 583231, type: "User" };
export const OTHER_USER: Account = { login: "pr-author", id: 9919, type: "User" };

// GraphQL is not in the REST description: the one query lockstep sends is checked by hand.
const VIEWER_QUERY = /^\s*query\s*\{\s*viewer\s*\{\s*login\s+databaseId\s*\}\s*\}\s*$/;

type Json = Record<string, unknown>;

/** The named paths of GitHub's description with every component they reference, transitively. */
function githubSubset(): Json {
  const full = JSON.parse(
    readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"),
  ) as { paths: Record<string, Json>; components: Record<string, Record<string, unknown>> } & Json;
  const paths: Record<string, Json> = {};
  for (const [path, methods] of Object.entries(PATHS)) {
    const item = full.paths[path] as Json;
    paths[path] = Object.fromEntries(methods.map((m) => [m, item[m]]));
  }
  const components: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !seen.has(value)) {
        seen.add(value);
        const [, , kind, name] = value.split("/") as [string, string, string, string];
        const target = full.components[kind]?.[name];
        components[kind] ??= {};
        (components[kind] as Record<string, unknown>)[name] = target;
        visit(target);
      } else visit(value);
    }
  };
  visit(paths);
  return { openapi: full.openapi, info: full.info, servers: [{ url: "/" }], paths, components };
}

let subset: Json | undefined;

export interface Comment {
  id: number;
  body: string;
  user: Account;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation?: string;
  authorization?: string;
  body?: unknown;
}

/** What the next requests get instead of an answer, in order (a 502, a 403). */
export interface Fault {
  status: number;
  /** Only requests for this operation (`issues/list-comments`; default: any). */
  operation?: string;
  message?: string;
  headers?: Record<string, string>;
  /** The operation is carried out, and answered with `status` and no body (outside the description). */
  empty?: boolean;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Requests or responses the OpenAPI description does not allow: must stay empty. */
  violations: string[];
  /** Issue number → its comments, oldest first. */
  comments: Map<number, Comment[]>;
  faults: Fault[];
  /** What the token is: `GITHUB_TOKEN` (an installation: GET /user is refused) or a person's. */
  token: "installation" | "user";
  /** The account the token comments as. */
  readonly identity: Account;
  /** Accept every request and never answer. */
  silent: boolean;
  /** Every page of comments links to a next one: that same page, or one more, without end. */
  loopLinks?: "self" | "endless";
  close(): Promise<void>;
}

// Compiling the description's schemas takes most of a second: one checker per test worker, shared by every
// test's server (it holds no state of theirs).
let checker: Promise<OpenAPIBackend> | undefined;

function apiChecker(): Promise<OpenAPIBackend> {
  checker ??= (async () => {
    subset ??= githubSubset();
    const api = new OpenAPIBackend({
      definition: structuredClone(subset) as unknown as Document,
      strict: false,
      // GitHub's schemas use formats (uri, date-time): check them too, rather than ignore them with a warning.
      customizeAjv: (ajv) => {
        addFormats(ajv);
        return ajv;
      },
    });
    await api.init();
    return api;
  })();
  return checker;
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  const api = await apiChecker();
  subset ??= githubSubset();
  const example = (subset.components as Record<string, Record<string, { value: Json }>>).examples?.[
    "issue-comment"
  ]?.value as Json;
  const schemas = subset.components as Record<string, Record<string, { value: Json }>>;
  const profile = schemas.examples?.["private-user-response-with-public-profile-information"]?.value as Json;
  const state: FakeGitHub = {
    url: "",
    requests: [],
    violations: [],
    comments: new Map(),
    faults: [],
    token: "installation",
    get identity() {
      return this.token === "installation" ? ACTIONS_BOT : MAINTAINER;
    },
    silent: false,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A silent server's requests are still open: end them, or close waits for ever.
        server.closeAllConnections();
      }),
  };
  const userJson = (a: Account): Json => ({
    ...(example.user as Json),
    login: a.login,
    id: a.id,
    node_id: `U_${a.id}`,
    type: a.type,
    url: `https://api.github.com/users/${encodeURIComponent(a.login)}`,
    html_url: `https://github.com/${encodeURIComponent(a.login)}`,
  });
  let nextId = 1_000;
  const commentJson = (issue: number, c: Comment): Json => ({
    ...example,
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    url: `${state.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${state.url}/repos/${owner}/${repo}/issues/${issue}`,
    user: userJson(c.user),
  });
  const findComment = (id: number) => {
    for (const [issue, list] of state.comments) {
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { issue, list, index };
    }
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = raw ? JSON.parse(raw) : undefined;
    const request = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string>,
      body,
    };
    if (state.silent) {
      state.requests.push({ method: request.method, path: url.pathname + url.search, body });
      return;
    }
    if (url.pathname === "/graphql" && request.method === "POST") return graphql(req, res, body);
    const operation = api.matchOperation(request);
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname + url.search,
      operation: operation?.operationId,
      authorization: req.headers.authorization,
      body,
    };
    state.requests.push(recorded);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      if (operation && status < 300) {
        const check = api.validateResponse(data ?? null, operation, status);
        if (check.errors?.length) {
          state.violations.push(`response to ${operation.operationId}: ${JSON.stringify(check.errors)}`);
        }
      }
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(data === undefined ? undefined : JSON.stringify(data));
    };
    if (!operation) {
      state.violations.push(`${request.method} ${url.pathname}: no such operation in GitHub's API`);
      return send(404, { message: "Not Found" });
    }
    const valid = api.validateRequest(request, operation);
    if (valid.errors?.length) {
      state.violations.push(`${operation.operationId}: ${JSON.stringify(valid.errors)}`);
      return send(422, { message: "Validation Failed" });
    }
    if (!req.headers.authorization) return send(401, { message: "Requires authentication" });
    const fault = state.faults.findIndex((f) => !f.operation || f.operation === operation.operationId);
    const f = fault >= 0 ? (state.faults.splice(fault, 1)[0] as Fault) : undefined;
    if (f && !f.empty) return send(f.status, { message: f.message ?? `fault ${f.status}` }, f.headers);
    const answer = (status: number, data?: unknown, headers?: Record<string, string>) => {
      if (!f) return send(status, data, headers);
      res.writeHead(f.status, { ...headers, ...f.headers });
      res.end();
    };
    const params = url.pathname.split("/");
    switch (operation.operationId) {
      case "issues/list-comments": {
        const issue = Number(params[5]);
        const perPage = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        const all = state.comments.get(issue) ?? [];
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => {
          const next = new URL(url.toString());
          next.searchParams.set("page", String(p));
          links.push(`<${state.url}${next.pathname}${next.search}>; rel="${rel}"`);
        };
        if (state.loopLinks === "self") links.push(`<${state.url}${url.pathname}${url.search}>; rel="next"`);
        else if (state.loopLinks === "endless" || page < last) link(page + 1, "next");
        if (page < last) link(last, "last");
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => commentJson(issue, c));
        return answer(200, items, links.length ? { link: links.join(", ") } : {});
      }
      case "users/get-authenticated": {
        // What GitHub answers an installation token (GITHUB_TOKEN, a GitHub App's) here.
        if (state.token === "installation") {
          return send(403, {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
            status: "403",
          });
        }
        return answer(200, { ...profile, ...userJson(MAINTAINER), user_view_type: "public" });
      }
      case "issues/create-comment": {
        const issue = Number(params[5]);
        const comment = { id: nextId++, body: (body as { body: string }).body, user: state.identity };
        state.comments.set(issue, [...(state.comments.get(issue) ?? []), comment]);
        return answer(201, commentJson(issue, comment));
      }
      case "issues/update-comment": {
        const found = findComment(Number(params[6]));
        if (!found) return send(404, { message: "Not Found" });
        const comment = found.list[found.index] as Comment;
        comment.body = (body as { body: string }).body;
        return answer(200, commentJson(found.issue, comment));
      }
      case "issues/delete-comment": {
        const found = findComment(Number(params[6]));
        if (!found) return send(404, { message: "Not Found" });
        found.list.splice(found.index, 1);
        return answer(204);
      }
      default:
        return send(500, { message: `the fake does not answer ${operation.operationId}` });
    }
  };

  const graphql = (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    const query = (body as { query?: unknown } | undefined)?.query;
    state.requests.push({
      method: "POST",
      path: "/graphql",
      operation: "graphql/viewer",
      authorization: req.headers.authorization,
      body,
    });
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    if (typeof query !== "string" || !VIEWER_QUERY.test(query)) {
      state.violations.push(`graphql: lockstep asks only for the viewer, not ${JSON.stringify(body)}`);
      return res.end(JSON.stringify({ errors: [{ message: "unexpected query" }] }));
    }
    const { login, id } = state.identity;
    res.end(JSON.stringify({ data: { viewer: { login, databaseId: id } } }));
  };

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      handle(req, res, raw).catch((error) => {
        state.violations.push(`fake failed: ${(error as Error).stack}`);
        res.writeHead(500);
        res.end();
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** Comments as another user (or `user`) would have left them (seeds the pages lockstep must look through). */
export function seedComments(
  github: FakeGitHub,
  issue: number,
  bodies: string[],
  user: Account = OTHER_USER,
): Comment[] {
  const list = github.comments.get(issue) ?? [];
  let id = Math.max(0, ...[...github.comments.values()].flat().map((c) => (c.id < 1_000 ? c.id : 0))) + 1;
  const seeded = bodies.map((body) => ({ id: id++, body, user }));
  list.push(...seeded);
  github.comments.set(issue, list);
  return seeded;
}
