import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { planEvent } from "../../../src/core/github/event-plan.js";

const require = createRequire(import.meta.url);
type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const of = (name: string) => examples.find((e) => e.name === name)?.examples ?? [];
const CHECKED_OUT = "f".repeat(40);

describe("planEvent on GitHub's own example payloads", () => {
  it("takes a pull request's base and head commits, number and base branch", () => {
    for (const payload of of("pull_request")) {
      const pr = payload.pull_request as {
        number: number;
        base: { sha: string; ref: string };
        head: { sha: string };
      };
      expect(planEvent("pull_request", payload, CHECKED_OUT)).toEqual({
        kind: "pull_request",
        base: pr.base.sha,
        baseName: pr.base.ref,
        head: pr.head.sha,
        number: pr.number,
      });
    }
  });

  it("takes the merge queue's base_sha, head_sha and the queued pull request", () => {
    const [payload] = of("merge_group");
    expect(planEvent("merge_group", payload, CHECKED_OUT)).toEqual({
      kind: "merge_group",
      base: "380387fbc80638b734a49e1be1c4dfec1c01b33c",
      baseName: "main",
      head: "2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d",
      pullRequest: 104,
    });
    const elsewhere = { merge_group: { ...(payload?.merge_group as object), head_ref: "refs/heads/queue" } };
    expect(planEvent("merge_group", elsewhere, CHECKED_OUT)).toMatchObject({ pullRequest: undefined });
  });

  it("takes a push's before as the base; a branch's first push and a tag have none", () => {
    for (const payload of of("push")) {
      const plan = planEvent("push", payload, CHECKED_OUT);
      const { ref, before } = payload as { ref: string; before: string };
      if (ref.startsWith("refs/tags/")) expect(plan.kind).toBe("unsupported");
      else if (/^0+$/.test(before)) expect(plan).toMatchObject({ kind: "push", base: undefined });
      else expect(plan).toMatchObject({ kind: "push", base: before, ref });
    }
  });

  it("names any other event and what lockstep runs on", () => {
    const plan = planEvent("issues", of("issues")[0], CHECKED_OUT);
    expect(plan).toEqual({
      kind: "unsupported",
      reason: "lockstep has nothing to check on a issues event; run it on pull_request, merge_group or push",
    });
    expect(planEvent("pull_request", {}, CHECKED_OUT).kind).toBe("unsupported");
  });
});
