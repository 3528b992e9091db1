// Runs the built Action (dist/action.js) as a child process with the environment GitHub gives it, in a real
// temporary repository, against the loopback GitHub API.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { BACKOFF_ENV } from "../../src/action/settings.js";
import { inputDefaults } from "../helpers/action-yml.js";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/github-api.js";
import { tempTree } from "../helpers/temp-dir.js";

const require = createRequire(import.meta.url);
export const ACTION = resolve(import.meta.dirname, "../../dist/action.js");
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const TOKEN = "ghs_lockstepTestToken0123456789abcdef";

type Examples = { name: string; examples: Record<string, unknown>[] }[];

/** A real webhook payload of GitHub's (from @octokit/webhooks-examples), with our commits put in. */
export function webhook(name: string, pick: (example: Record<string, unknown>) => boolean) {
  const all = require("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
  const found = all.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example`);
  return structuredClone(found) as Record<string, never> & Record<string, unknown>;
}

/** GitHub's "pull_request opened" example, for pull request `number` from `head` onto `base` (main). */
export function pullRequestEvent(base: string, head: string, number = 2) {
  const payload = webhook("pull_request", (e) => e.action === "opened");
  const pr = payload.pull_request as unknown as Record<string, Record<string, unknown>>;
  payload.number = number as never;
  (pr as Record<string, unknown>).number = number;
  pr.base = { ...pr.base, sha: base, ref: "main" };
  pr.head = { ...pr.head, sha: head };
  /** A new head commit on the pull request (a push to it). */
  const moveHead = (sha: string) => {
    pr.head = { ...pr.head, sha };
  };
  return { payload, moveHead };
}

type Inputs = Record<string, string>;

export interface RunExtras {
  /** The event file's text as is, instead of the payload as JSON. */
  eventText?: string;
  /**
   * Run the built Action (dist/action.js) as its own process, as the runner does, instead of the source in
   * this process: where the process is the point (its real log and exit, a hang it must survive).
   */
  process?: boolean;
  /** With `process`: it is killed after this long (a hang then fails the test instead of stalling it). */
  killAfterMs?: number;
}

/**
 * A loopback GitHub for each test; every test ends with no request or answer outside the API description.
 * `act` runs the built Action on an event against it.
 */
export function useFakeGitHub() {
  const fake = {
    api: undefined as unknown as FakeGitHub,
    act: (event: string, cwd: string, payload: unknown, sha: string, inputs?: Inputs, more?: RunExtras) =>
      runAction({ cwd, apiUrl: fake.api.url, event, payload, sha, inputs, ...more }),
  };
  beforeEach(async () => {
    fake.api = await startFakeGitHub(OWNER, REPO);
  });
  afterEach(async () => {
    expect(fake.api.violations).toEqual([]);
    await fake.api.close();
  });
  return fake;
}

export function repository(files: Record<string, string>) {
  const cwd = tempTree(files);
  const run = gitIn(cwd);
  const git = (...args: string[]) => {
    const ran = run(...args);
    if (ran.status !== 0) throw new Error(`git ${args.join(" ")}: ${ran.stderr}`);
    return ran.stdout.trim();
  };
  git("init", "-q", "-b", "main");
  const write = (more: Record<string, string>) => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
  };
  const commit = (more: Record<string, string>, message = "change") => {
    write(more);
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD");
  };
  /** Checks out what actions/checkout gives a pull request: the merge of `branch` into `base`, detached. */
  const mergeCheckout = (base: string, branch: string) => {
    git("checkout", "-q", "--detach", base);
    git("merge", "-q", "--no-ff", "--no-edit", branch);
    return git("rev-parse", "HEAD");
  };
  return { cwd, git, write, commit, mergeCheckout };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `inputs` by action.yml name; the event payload is written where GITHUB_EVENT_PATH points. */
export async function runAction(
  options: {
    cwd: string;
    apiUrl: string;
    event: string;
    payload: unknown;
    sha: string;
    inputs?: Record<string, string>;
  } & RunExtras,
): Promise<ActionRun> {
  const runner = tempTree({});
  const eventPath = join(runner, "event.json");
  writeFileSync(eventPath, options.eventText ?? JSON.stringify(options.payload));
  const outputPath = join(runner, "output");
  const summaryPath = join(runner, "summary.md");
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  // What the runner does: every input action.yml declares, with its default unless the test gives one.
  const inputs: Record<string, string> = { ...inputDefaults(), "github-token": TOKEN, ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_PROXY: "127.0.0.1,localhost",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: options.sha,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runner,
    // Retries, rate-limit waits and the pacing of writes take no time: the tests count requests, not seconds.
    [BACKOFF_ENV]: "0",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const ran = options.process
    ? await actionProcess(options.cwd, env, options.killAfterMs)
    : await actionHere(env);
  return {
    ...ran,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
  };
}

type Ran = Pick<ActionRun, "code" | "stdout" | "stderr">;

async function actionProcess(cwd: string, env: NodeJS.ProcessEnv, killAfterMs?: number): Promise<Ran> {
  const child = spawn(process.execPath, [ACTION], { cwd, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const killer = killAfterMs ? setTimeout(() => child.kill("SIGKILL"), killAfterMs) : undefined;
  const code = await new Promise<number | null>((done) => child.on("close", done));
  clearTimeout(killer);
  return { code, stdout, stderr };
}

/**
 * The Action's source run in this process with the runner's environment: what @actions/core reads from
 * process.env (outputs, annotations) is set for the run and put back after; what it writes to stdout is
 * the log; the exit code is what it left in process.exitCode.
 */
async function actionHere(env: NodeJS.ProcessEnv): Promise<Ran> {
  const { runAction: run } = await import("../../src/action/main.js");
  const saved = { ...process.env };
  const out = { stdout: "", stderr: "" };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture = (stream: "stdout" | "stderr") =>
    ((chunk: string | Uint8Array) => {
      out[stream] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
      return true;
    }) as typeof process.stdout.write;
  for (const key of Object.keys(process.env))
    if (/^(GITHUB_|INPUT_|RUNNER_)/.test(key)) delete process.env[key];
  Object.assign(process.env, { ...env, PATH: saved.PATH, HOME: saved.HOME });
  process.exitCode = undefined;
  process.stdout.write = capture("stdout");
  process.stderr.write = capture("stderr");
  try {
    await run({ ...env });
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, ...out };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    out[name] = value.join("\n");
  }
  return out;
}

/** The token must never reach the log; it is only handed to the runner to mask, first thing. */
export function expectNoToken(run: ActionRun): void {
  const [first, ...rest] = run.stdout.split("\n");
  expect(first).toBe(`::add-mask::${TOKEN}`);
  expect(rest.join("\n")).not.toContain(TOKEN);
  expect(run.stderr).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
}

const twoApplied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tasks.up.sql": "CREATE TABLE tasks (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_tasks.down.sql": "DROP TABLE tasks;\n",
};

/** main with two applied, locked migrations; pull request `number` adds `added` (locked); its merge checked out. */
export async function migrationPullRequest(added: Record<string, string>, number = 7) {
  const r = repository(twoApplied);
  await runCli(r.cwd, ["lock", "migrations"]);
  const base = r.commit({}, "applied");
  r.git("checkout", "-q", "-b", "feature");
  r.write(added);
  await runCli(r.cwd, ["lock", "migrations"]);
  const head = r.commit({}, "feature");
  const merge = r.mergeCheckout("main", "feature");
  return { ...r, number, merge, payload: pullRequestEvent(base, head, number).payload };
}
