import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VENDOR_DIR } from "../../core/hook-lines.js";
import type { InstallPlan, ProjectFiles, Step } from "../../core/node-project.js";

/** Enough of a lock file to tell which version of its tool wrote it. */
const HEAD_BYTES = 512;

/** What the project's top directory says about installing it (see core/node-project). */
export function projectFiles(
  root: string,
  pkg: { packageManager?: unknown; engines?: unknown },
): ProjectFiles {
  const names = new Set(readdirSync(root));
  const head = (name: string) =>
    names.has(name) ? readFileSync(join(root, name), "utf8").slice(0, HEAD_BYTES) : undefined;
  const engines = pkg.engines as { node?: unknown } | undefined;
  return {
    names,
    yarnLockHead: head("yarn.lock"),
    pnpmLockHead: head("pnpm-lock.yaml"),
    packageManager: typeof pkg.packageManager === "string" ? pkg.packageManager : undefined,
    enginesNode: typeof engines?.node === "string" ? engines.node : undefined,
  };
}

/** A YAML scalar that means exactly this string (JSON's double-quoted strings are YAML's too). */
const scalar = (value: string) =>
  /^[\w./@-]+$/.test(value) && !/^[-.\d]/.test(value) && !/^(true|false|yes|no|on|off|null)$/i.test(value)
    ? value
    : JSON.stringify(value);

function renderStep(step: Step): string {
  if ("run" in step) return `      - run: ${scalar(step.run)}\n`;
  const args = Object.entries(step.with ?? {})
    .map(([key, value]) => `          ${key}: ${scalar(value)}\n`)
    .join("");
  return `      - uses: ${step.uses}\n${args ? `        with:\n${args}` : ""}`;
}

/**
 * The workflow `init` writes: the project's own package manager and Node version install it, and the
 * lockstep Action comes from node_modules, at the version package.json pins; or, with lockstep vendored,
 * the Action is the copy in the repository and nothing is installed.
 */
export function workflowYaml(branch: string, plan: InstallPlan | "vendored"): string {
  const body = plan === "vendored" ? vendoredBody(branch) : workflowBody(branch, plan);
  return `${MARK} ${digestOf(body)}: lockstep init rewrites this file while it is as written; once edited, it is yours\n${body}`;
}

/** The first line of a workflow init wrote, before the digest of the rest. */
const MARK = "# lockstep init";

function digestOf(body: string): string {
  return createHash("sha256").update(body).digest("hex").slice(0, 16);
}

/**
 * What init may do with the workflow file there: write it (none yet), rewrite it (it is one init wrote, not
 * edited since, and no longer what init would write), or leave it (as wanted, or edited by hand).
 */
export function workflowChange(existing: string | undefined, wanted: string): "create" | "rewrite" | "keep" {
  if (existing === undefined) return "create";
  if (existing === wanted) return "keep";
  const newline = existing.indexOf("\n");
  const head = /^# lockstep init ([0-9a-f]{16}):/.exec(existing.slice(0, newline));
  return head && head[1] === digestOf(existing.slice(newline + 1)) ? "rewrite" : "keep";
}

function workflowBody(branch: string, plan: InstallPlan): string {
  return `# Written by lockstep init: checks the migrations of every pull request, again in the merge queue
# against the latest ${branch}, and on every push to ${branch}. Dependencies are installed with ${plan.manager}
# (${plan.reason}); the lockstep Action comes from node_modules, at the version package.json pins.
${jobHead(branch)}${plan.steps.map(renderStep).join("")}      - uses: ./node_modules/lockstep
`;
}

/** The Action is the vendored copy (.lockstep/action.yml, node24): no Node setup, no install. */
function vendoredBody(branch: string): string {
  return `# Written by lockstep init: checks the migrations of every pull request, again in the merge queue
# against the latest ${branch}, and on every push to ${branch}. The lockstep Action is the copy vendored
# in ${VENDOR_DIR}/ (its bundle runs on the runner's own Node), so nothing is installed.
${jobHead(branch)}      - uses: ./${VENDOR_DIR}
`;
}

function jobHead(branch: string): string {
  return `name: lockstep
on:
  pull_request:
  merge_group:
  push:
    branches: [${scalar(branch)}]
permissions:
  contents: read
  pull-requests: write # the one sticky comment with the schema diff
jobs:
  migrations:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the base branch and the branch point are needed
`;
}
