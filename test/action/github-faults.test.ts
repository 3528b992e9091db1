import { describe, expect, it } from "vitest";

import { migrationPullRequest, useFakeGitHub } from "./harness.js";

const empty = {
  "migrations/0003_empty.up.sql": "-- nothing yet\n",
  "migrations/0003_empty.down.sql": "-- nothing yet\n",
};
const labels = {
  "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
  "migrations/0003_labels.down.sql": "DROP TABLE labels;\n",
};

const fake = useFakeGitHub();
// Generous: a regression that waits on GitHub fails here instead of stalling the suite.
const KILL = 90_000;

const run = (pr: Awaited<ReturnType<typeof migrationPullRequest>>, inputs: Record<string, string> = {}) =>
  fake.act("pull_request", pr.cwd, pr.payload, pr.merge, inputs);

const ops = () => fake.api.requests.map((r) => r.operation ?? `${r.method} ${r.path}`);

describe("the Action when GitHub's API misbehaves", { timeout: 150_000 }, () => {
  it("gives up on an API that never answers within its bound, with the report already in the log", async () => {
    const pr = await migrationPullRequest(empty);
    fake.api.silent = true;
    // As its own process: requests left open must not hold the job open after the Action has given up.
    const out = await fake.act(
      "pull_request",
      pr.cwd,
      pr.payload,
      pr.merge,
      { "api-timeout": "0.5" },
      {
        process: true,
        killAfterMs: KILL,
      },
    );
    expect(out.code).toBe(0);
    const log = out.stdout;
    const report = log.indexOf("0003_empty");
    const annotation = log.indexOf("::warning title=lockstep empty-migration");
    const gaveUp = log.indexOf("::warning::lockstep could not comment: finding out whose token this is: ");
    expect(report).toBeGreaterThan(-1);
    expect(annotation).toBeGreaterThan(report);
    expect(gaveUp).toBeGreaterThan(annotation);
    expect(log).toContain(
      "GitHub's API is slow or down (the api-timeout input sets how long lockstep waits)",
    );
    expect(out.outputs).toMatchObject({ ok: "true", "comment-id": "" });
    expect(out.summary).toContain("0003");
    // Nothing got past the first question, and it was not asked without end.
    expect(fake.api.requests.length).toBeGreaterThan(0);
    expect(fake.api.requests.every((r) => r.path === "/user")).toBe(true);
  });

  it("stops paginating at a next link to a page already read, says so, and still comments", async () => {
    const pr = await migrationPullRequest(labels);
    fake.api.loopLinks = "self";
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(ops().filter((o) => o === "issues/list-comments")).toHaveLength(1);
    expect(out.stdout).toContain(
      "::warning::lockstep: GitHub's next page of comments is one already read, so lockstep stopped after 1 page(s)",
    );
    expect(fake.api.comments.get(pr.number)).toHaveLength(1);
  });

  it("stops paginating after 50 pages of a conversation that never ends, and says so", async () => {
    const pr = await migrationPullRequest(labels);
    fake.api.loopLinks = "endless";
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(ops().filter((o) => o === "issues/list-comments")).toHaveLength(50);
    expect(out.stdout).toContain(
      "::warning::lockstep: the conversation has more than 50 pages of comments; lockstep read the first 50",
    );
  });

  it("reports a rate limit as one, with when it resets, not as missing permissions", async () => {
    const pr = await migrationPullRequest(labels);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    fake.api.faults.push({
      status: 403,
      operation: "issues/list-comments",
      message: "API rate limit exceeded for installation ID 1.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
    });
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      `lockstep could not comment: listing the comments of #7: HTTP 403, this token reached its API rate limit (API rate limit exceeded for installation ID 1.); it resets at ${new Date(reset * 1000).toISOString()}`,
    );
    expect(out.stdout).not.toContain("pull-requests: write");
    expect(fake.api.comments.get(pr.number) ?? []).toEqual([]);
  });

  it("reports a secondary rate limit with GitHub's retry-after", async () => {
    const pr = await migrationPullRequest(labels);
    fake.api.faults.push({
      status: 403,
      operation: "issues/create-comment",
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      headers: { "retry-after": "3600" },
    });
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("this token reached a secondary rate limit");
    expect(out.stdout).toContain("GitHub asks to retry after 3600 s");
    expect(out.stdout).not.toContain("pull-requests: write");
  });

  it("takes a 201 without a body as created, and finds the new comment's id", async () => {
    const pr = await migrationPullRequest(labels);
    fake.api.faults.push({ status: 201, operation: "issues/create-comment", empty: true });
    const out = await run(pr);
    expect(out.code).toBe(0);
    const [comment] = fake.api.comments.get(pr.number) ?? [];
    expect(out.stdout).not.toContain("undefined");
    expect(out.stdout).toContain(`comment ${comment?.id} created`);
    expect(out.outputs["comment-id"]).toBe(String(comment?.id));
  });
});

describe("the Action's event file", { timeout: 150_000 }, () => {
  it("that is not JSON fails the step with one line naming the file", async () => {
    const pr = await migrationPullRequest(labels);
    const out = await fake.act("pull_request", pr.cwd, undefined, pr.merge, {}, { eventText: "{ not json" });
    expect(out.code).toBe(1);
    const errors = out.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::lockstep could not check: the event file .*event\.json \(GITHUB_EVENT_PATH\) is not JSON \(.+\); the runner writes it for each job/,
      ),
    ]);
    expect(out.stdout + out.stderr).not.toMatch(/\n\s+at /);
    expect(out.stderr).toBe("");
    expect(fake.api.requests).toEqual([]);
  });
});
