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
};

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
  /** Only requests with this method (default: any). */
  method?: string;
  message?: string;
  headers?: Record<string, string>;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Requests or responses the OpenAPI description does not allow: must stay empty. */
  violations: string[];
  /** Issue number → its comments, oldest first. */
  comments: Map<number, Comment[]>;
  faults: Fault[];
  close(): Promise<void>;
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
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
  const example = (subset.components as Record<string, Record<string, { value: Json }>>).examples?.[
    "issue-comment"
  ]?.value as Json;
  const state: FakeGitHub = {
    url: "",
    requests: [],
    violations: [],
    comments: new Map(),
    faults: [],
    close: () => new Promise((done) => server.close(() => done())),
  };
  let nextId = 1_000;
  const commentJson = (issue: number, c: Comment): Json => ({
    ...example,
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    url: `${state.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${state.url}/repos/${owner}/${repo}/issues/${issue}`,
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
    const fault = state.faults.findIndex((f) => !f.method || f.method === request.method);
    if (fault >= 0) {
      const [f] = state.faults.splice(fault, 1) as [Fault];
      return send(f.status, { message: f.message ?? `fault ${f.status}` }, f.headers);
    }
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
        if (page < last) link(page + 1, "next");
        if (page < last) link(last, "last");
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => commentJson(issue, c));
        return send(200, items, links.length ? { link: links.join(", ") } : {});
      }
      case "issues/create-comment": {
        const issue = Number(params[5]);
        const comment = { id: nextId++, body: (body as { body: string }).body };
        state.comments.set(issue, [...(state.comments.get(issue) ?? []), comment]);
        return send(201, commentJson(issue, comment));
      }
      case "issues/update-comment": {
        const found = findComment(Number(params[6]));
        if (!found) return send(404, { message: "Not Found" });
        const comment = found.list[found.index] as Comment;
        comment.body = (body as { body: string }).body;
        return send(200, commentJson(found.issue, comment));
      }
      case "issues/delete-comment": {
        const found = findComment(Number(params[6]));
        if (!found) return send(404, { message: "Not Found" });
        found.list.splice(found.index, 1);
        return send(204);
      }
      default:
        return send(500, { message: `the fake does not answer ${operation.operationId}` });
    }
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

/** A comment as another user would have left it (seeds the pages lockstep must look through). */
export function seedComments(github: FakeGitHub, issue: number, bodies: string[]): void {
  const list = github.comments.get(issue) ?? [];
  let id = 1;
  for (const body of bodies) list.push({ id: id++, body });
  github.comments.set(issue, list);
}
