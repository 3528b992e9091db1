import { isCommitId } from "../commit-id.js";

/** What the Action checks for one GitHub event: the base to compare with, and where a comment can go. */
export type EventPlan =
  | {
      kind: "pull_request";
      base: string;
      /** The base branch's name, for people. */
      baseName?: string;
      /** The pull request's head commit: findings link to lines there (the checkout is a merge commit). */
      head: string;
      number: number;
    }
  | {
      kind: "merge_group";
      base: string;
      baseName?: string;
      head: string;
      /** The pull request the queue is testing, from the queue branch's name (its comment gets the verdict). */
      pullRequest?: number;
    }
  | { kind: "push"; base?: string; baseName?: string; head: string; ref: string }
  | { kind: "unsupported"; reason: string };

const NO_COMMIT = /^0+$/;

interface Payload {
  pull_request?: { number?: unknown; base?: { sha?: unknown; ref?: unknown }; head?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown; head_sha?: unknown; base_ref?: unknown; head_ref?: unknown };
  before?: unknown;
  after?: unknown;
  ref?: unknown;
}

function branch(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value.replace(/^refs\/heads\//, "") : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === "string" && isCommitId(value) ? value : undefined;
}

/** Reads the event GitHub delivered; an event lockstep has nothing to check for is `unsupported`, not an error. */
export function planEvent(name: string, payload: unknown, checkedOut: string): EventPlan {
  const p = (payload ?? {}) as Payload;
  if (name === "pull_request" || name === "pull_request_target") {
    const base = sha(p.pull_request?.base?.sha);
    const head = sha(p.pull_request?.head?.sha);
    const number = p.pull_request?.number;
    if (!base || !head || typeof number !== "number") {
      return {
        kind: "unsupported",
        reason: `the ${name} event has no pull_request with base and head commits`,
      };
    }
    return { kind: "pull_request", base, baseName: branch(p.pull_request?.base?.ref), head, number };
  }
  if (name === "merge_group") {
    const base = sha(p.merge_group?.base_sha);
    const head = sha(p.merge_group?.head_sha) ?? checkedOut;
    if (!base) return { kind: "unsupported", reason: "the merge_group event has no base_sha" };
    // GitHub names the queue's branch gh-readonly-queue/<base>/pr-<number>-<head sha>.
    const queued = /\/pr-(\d+)-[0-9a-f]+$/.exec(String(p.merge_group?.head_ref ?? ""));
    return {
      kind: "merge_group",
      base,
      baseName: branch(p.merge_group?.base_ref),
      head,
      pullRequest: queued ? Number(queued[1]) : undefined,
    };
  }
  if (name === "push") {
    // A branch's first push has no before (all zeros): the configured or default base stands in.
    const given = sha(p.before);
    const before = given && !NO_COMMIT.test(given) ? given : undefined;
    const ref = typeof p.ref === "string" ? p.ref : "";
    if (ref.startsWith("refs/tags/")) {
      return { kind: "unsupported", reason: `${ref} is a tag: lockstep checks pushes to branches` };
    }
    return {
      kind: "push",
      base: before,
      baseName: before ? `${branch(ref) ?? "the branch"} before the push` : undefined,
      head: sha(p.after) ?? checkedOut,
      ref,
    };
  }
  return {
    kind: "unsupported",
    reason: `lockstep has nothing to check on a ${name || "unknown"} event; run it on pull_request, merge_group or push`,
  };
}
