import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { EOL, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { writeFileAtomic } from "../adapters/atomic-write.js";
import { gitHubComments } from "../adapters/github.js";
import { LockstepError } from "../core/errors.js";
import { planEvent } from "../core/github/event-plan.js";
import { stickyKey } from "../core/github/sticky-comment.js";
import { repoPath } from "../core/render/comment.js";
import { renderReportText } from "../core/render/report-text.js";
import { escapeControl, guardOutput } from "../core/render/terminal-text.js";
import { countSetAside, isNew } from "../core/report.js";
import {
  type ActionCheckOutcome,
  type ActionCheckRequest,
  runActionCheck,
} from "../engine/pull-request/action-check.js";
import { actionCodePolicy } from "../engine/pull-request/code-policy.js";
import { type CommentResult, updateStickyComment } from "../engine/pull-request/sticky-comment.js";
import { VERSION } from "../version.js";
import { backoffMs, parseSettings, shouldFail } from "./settings.js";

/** The Action: inputs and event → one engine call → log, annotations, job summary, outputs, comment, verdict. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = parseSettings((name) => inputOf(env, name));
    if (settings.token) core.setSecret(settings.token);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const payload = readEvent(env.GITHUB_EVENT_PATH);
    const plan = planEvent(eventName, payload, env.GITHUB_SHA ?? "");
    if (plan.kind === "unsupported") {
      core.notice(`lockstep: ${escapeControl(plan.reason)}. Nothing was checked.`);
      return;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const runUrl = env.GITHUB_RUN_ID
      ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
    const request: ActionCheckRequest = {
      cwd: resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory),
      workingDirectory: settings.workingDirectory,
      config: settings.config,
      base: settings.base,
      down: settings.down,
      engine: settings.engine,
      cache: settings.cache,
      code: actionCodePolicy(eventName, settings.runCode),
      comment: settings.comment,
      plan,
      version: VERSION,
      repoUrl: `${server}/${owner}/${repo}`,
      runUrl,
      // The rules are explained in the README of the repository the Action was used from (owner/lockstep).
      rulesUrl: /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_ACTION_REPOSITORY ?? "")
        ? `${server}/${env.GITHUB_ACTION_REPOSITORY}`
        : undefined,
      comments:
        settings.token && owner && repo
          ? gitHubComments({
              token: settings.token,
              owner,
              repo,
              apiUrl: env.GITHUB_API_URL,
              requestTimeoutMs: settings.apiTimeoutMs,
              stepTimeoutMs: settings.apiTimeoutMs * 6,
              retryBaseMs: backoffMs(env),
            })
          : undefined,
    };
    const outcome = await runActionCheck(request);
    const reportPath = writeReport(
      outcome,
      env.RUNNER_TEMP ?? tmpdir(),
      stickyKey(settings.workingDirectory, settings.config),
    );
    // The log, annotations, outputs and summary first: they stand even when GitHub's API does not answer.
    report(outcome, reportPath);
    // Outside a runner (a local try) there is no summary file; everything is in the log already.
    // Appended as the runner expects (what core.summary does), from this run's env rather than a singleton's.
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${outcome.summary}${EOL}`);
    reportComment(await updateStickyComment(request, outcome));
    if (shouldFail(settings.failOn, outcome.errors, outcome.warnings)) {
      const what = settings.failOn === "warning" ? "errors or warnings" : "errors";
      core.setFailed(
        `lockstep found ${outcome.errors} error(s) and ${outcome.warnings} warning(s); fail-on: ${settings.failOn} fails on ${what}. Each is annotated at its file and line.`,
      );
    }
  } catch (cause) {
    if (cause instanceof LockstepError) {
      core.setFailed(`lockstep could not check: ${escapeControl(cause.message)}`);
      return;
    }
    // One line for the step; the stack only in a debug run (ACTIONS_STEP_DEBUG).
    core.debug(String((cause as Error)?.stack ?? cause));
    const message = escapeControl(String((cause as Error)?.message ?? cause).split("\n")[0] ?? "");
    core.setFailed(
      `lockstep could not check: internal error (${message}); rerun with debug logging for the stack, and report it`,
    );
  }
}

/** An input as the runner passes it (what core.getInput reads), from this run's env. */
function inputOf(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** The event GitHub wrote for the job; anything but a JSON file there is said in one line. */
function readEvent(path: string | undefined): unknown {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "unreadable";
    throw new LockstepError(
      "io",
      `the event file ${path} (GITHUB_EVENT_PATH) cannot be read (${code}); the runner writes it for each job: to try the Action elsewhere, point GITHUB_EVENT_PATH at a webhook payload saved as JSON`,
      { cause },
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new LockstepError(
      "io",
      `the event file ${path} (GITHUB_EVENT_PATH) is not JSON (${(cause as Error).message}); the runner writes it for each job: to try the Action elsewhere, point GITHUB_EVENT_PATH at a webhook payload saved as JSON`,
      { cause },
    );
  }
}

/** The JSON report (the CLI's `--format json` shape), one file per job so two lockstep steps keep both. */
function writeReport(outcome: ActionCheckOutcome, dir: string, job: string): string {
  const path = join(dir, `lockstep-report-${job}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(path, `${JSON.stringify({ ...outcome.report, base: outcome.baseRef }, null, 2)}\n`);
  return path;
}

/**
 * The log: every line goes through the output guard (no control character from the repository, no line
 * the runner would read as a workflow command). Annotations are workflow commands that @actions/core writes
 * itself, escaping %, CR and LF in the message and also : and , in properties; their text is escaped here
 * too, so a name cannot colour or break the log where the runner prints the annotation.
 */
function info(text: string): void {
  core.info(guardOutput(text));
}

function multiline(text: string): string {
  return text.split("\n").map(escapeControl).join("\n");
}

function report(outcome: ActionCheckOutcome, reportPath: string): void {
  for (const note of outcome.notes) info(`lockstep: ${escapeControl(note)}`);
  info(
    `checked against ${escapeControl(outcome.base)}${outcome.base === outcome.baseRef ? "" : ` (${escapeControl(outcome.baseRef)})`}\n`,
  );
  info(renderReportText(outcome.report));
  for (const db of outcome.report.databases) {
    // Known and existing findings are in the log, the comment and the summary, not in the Files view.
    for (const f of db.findings.filter(isNew)) {
      const annotate = f.severity === "error" ? core.error : core.warning;
      const detail = f.detail ? `\n${multiline(f.detail)}` : "";
      annotate(`${escapeControl(f.message)}${detail}`, {
        title: `lockstep ${f.rule}`,
        file: f.file ? repoPath(outcome.cwdInRepo, f.file) : undefined,
        startLine: f.line,
        startColumn: f.line ? f.column : undefined,
      });
    }
  }
  core.setOutput("ok", String(outcome.report.ok));
  core.setOutput("errors", String(outcome.errors));
  core.setOutput("warnings", String(outcome.warnings));
  core.setOutput("existing", String(countSetAside(outcome.report)));
  core.setOutput("schema-changed", String(outcome.schemaChanged));
  core.setOutput("report", reportPath);
}

function reportComment(comment: CommentResult): void {
  if (comment.status === "failed")
    core.warning(`lockstep could not comment: ${escapeControl(comment.reason)}`);
  else if (comment.status === "skipped") info(`no comment: ${escapeControl(comment.reason)}`);
  else if (comment.id === undefined) info(`comment ${comment.status} (GitHub's answer did not say its id)`);
  else info(`comment ${comment.id} ${comment.status}`);
  if ("note" in comment && comment.note) core.warning(`lockstep: ${escapeControl(comment.note)}`);
  core.setOutput("comment-id", "id" in comment && comment.id !== undefined ? String(comment.id) : "");
}
