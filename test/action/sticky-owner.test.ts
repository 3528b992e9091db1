import { describe, expect, it } from "vitest";
import { markComment, stickyKey } from "../../src/core/github/sticky-comment.js";

import { MAINTAINER, OTHER_USER, seedComments } from "../helpers/github-api.js";
import { migrationPullRequest, useFakeGitHub } from "./harness.js";

const labels = {
  "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
  "migrations/0003_labels.down.sql": "DROP TABLE labels;\n",
};

const fake = useFakeGitHub();

/** What a pull request's author can post: lockstep's marker for this job, with any digest, and a false verdict. */
function forgery(digest?: string) {
  const body = markComment("✅ **lockstep: up, down and redo all clean**", stickyKey("."), "anything");
  return digest ? body.body.replace(/digest=\w+/, `digest=${digest}`) : body.body;
}

const run = (pr: Awaited<ReturnType<typeof migrationPullRequest>>) =>
  fake.act("pull_request", pr.cwd, pr.payload, pr.merge);

describe("the sticky comment belongs to the token's own account", { timeout: 150_000 }, () => {
  it("posts the real verdict beside a forged marker comment, and never edits or deletes it", async () => {
    const pr = await migrationPullRequest(labels);
    const [forged, copy] = seedComments(fake.api, pr.number, [forgery(), forgery()], OTHER_USER);
    const before = [forged?.body, copy?.body];
    const out = await run(pr);
    expect(out.code).toBe(0);
    const comments = fake.api.comments.get(pr.number) ?? [];
    // Both forgeries are still there as their author wrote them; lockstep's own comment is a new one.
    expect(comments.slice(0, 2).map((c) => c.body)).toEqual(before);
    const mine = comments.filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
    expect(out.outputs["comment-id"]).toBe(String(mine[0]?.id));
    expect(
      fake.api.requests.filter((r) => r.method === "PATCH" || r.method === "DELETE").map((r) => r.path),
    ).toEqual([]);
    expect(out.stdout).toContain(
      "2 comment(s) by pr-author carry lockstep's marker but were not written by this token (github-actions[bot])",
    );
    // The identity is asked once: GET /user (refused for GITHUB_TOKEN), then GraphQL's viewer.
    expect(fake.api.requests.filter((r) => r.operation === "users/get-authenticated")).toHaveLength(1);
    expect(fake.api.requests.filter((r) => r.operation === "graphql/viewer")).toHaveLength(1);
  });

  it("is not kept quiet by a forged comment whose digest matches, and updates only its own", async () => {
    const pr = await migrationPullRequest(labels);
    await run(pr);
    const mine = fake.api.comments.get(pr.number)?.[0];
    const digest = /digest=(\w+)/.exec(mine?.body ?? "")?.[1] ?? "";
    // The author pastes the current digest after lockstep's comment: it is not the one lockstep reads back.
    const [forged] = seedComments(fake.api, pr.number, [forgery(digest)], OTHER_USER);
    // Placed first, where lockstep's own comment would be looked for first.
    fake.api.comments.get(pr.number)?.reverse();
    if (mine) mine.body = mine.body.replace(/digest=\w+/, "digest=0");
    fake.api.requests.length = 0;
    const out = await run(pr);
    expect(out.code).toBe(0);
    const touched = fake.api.requests
      .filter((r) => r.method === "PATCH" || r.method === "DELETE")
      .map((r) => `${r.method} ${r.path}`);
    expect(touched).toEqual([expect.stringMatching(new RegExp(`^PATCH .*/issues/comments/${mine?.id}$`))]);
    expect(fake.api.comments.get(pr.number)?.find((c) => c.id === forged?.id)?.body).toBe(forgery(digest));
    expect(mine?.body).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
  });

  it("with a person's token, keeps that person's comment and leaves the author's alone", async () => {
    fake.api.token = "user";
    const pr = await migrationPullRequest(labels);
    const [own] = seedComments(fake.api, pr.number, [forgery("0")], MAINTAINER);
    const [forged] = seedComments(fake.api, pr.number, [forgery("0")], OTHER_USER);
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(fake.api.requests.filter((r) => r.operation === "graphql/viewer")).toEqual([]);
    const writes = fake.api.requests.filter((r) => r.method !== "GET").map((r) => r.path);
    expect(writes).toEqual([expect.stringMatching(new RegExp(`/issues/comments/${own?.id}$`))]);
    expect(own?.body).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
    expect(forged?.body).toBe(forgery("0"));
    expect(out.outputs["comment-id"]).toBe(String(own?.id));
  });
});
