import type { CodePolicy } from "../replay/runner-database.js";

/** Events whose checkout is a pull request's code run with the base repository's token and secrets. */
const PRIVILEGED = new Set(["pull_request_target", "workflow_run"]);

/**
 * Whether the Action lets a database's runner run the repository's code. Off unless the workflow opted in;
 * with the opt-in, only where GitHub runs a pull request's code with the pull request's own rights
 * (`pull_request`: a fork's gets a read-only token and no secrets), in the merge queue and on pushes.
 */
export function actionCodePolicy(eventName: string, optIn: boolean): CodePolicy {
  if (!optIn) {
    return {
      run: "no",
      why: 'this workflow has not opted in to running it: set the Action\'s input `run-code: "true"` (see "Code migrations" in lockstep\'s README for when that is safe)',
    };
  }
  if (PRIVILEGED.has(eventName)) {
    return {
      run: "refuse",
      why: `run-code is refused on ${eventName}: that event runs with this repository's write token and secrets, and a runner would run the pull request's code with them; run lockstep with run-code in a workflow "on: pull_request" (a fork's pull request gets a read-only token there) or merge_group`,
    };
  }
  return { run: "yes" };
}
