import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { gitHubComments } from "../adapters/github.js";
import { VERSION } from "../cli/version.js";
import { LockstepError } from "../core/errors.js";
import { planEvent } from "../core/github/event-plan.js";
import { stickyKey } from "../core/github/sticky-comment.js";
import { repoPath } from "../core/render/comment.js";
import { renderReportText } from "../core/render/report-text.js";
import { escapeControl, guardOutput } from "../core/render/terminal-text.js";
import { type ActionCheckOutcome, runActionCheck } from "../engine/action-check.js";
import { parseSettings, shouldFail } from "./settings.js";

/** The Action: inputs and event → one engine call → log, annotations, job summary, outputs, comment, verdict. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = parseSettings((name) => core.getInput(name));
    if (settings.token) core.setSecret(settings.token);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : {};
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
    const outcome = await runActionCheck({
      cwd: resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory),
      workingDirectory: settings.workingDirectory,
      config: settings.config,
      base: settings.base,
      down: settings.down,
      comment: settings.comment,
      plan,
      version: VERSION,
      repoUrl: `${server}/${owner}/${repo}`,
      runUrl,
      comments:
        settings.token && owner && repo ? gitHubComments({ token: settings.token, owner, repo }) : undefined,
    });
    const reportPath = writeReport(
      outcome,
      env.RUNNER_TEMP ?? tmpdir(),
      stickyKey(settings.workingDirectory, settings.config),
    );
    report(outcome, reportPath);
    // Outside a runner (a local try) there is no summary file; everything is in the log already.
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary, true).write();
    if (shouldFail(settings.failOn, outcome.errors, outcome.warnings)) {
      const what = settings.failOn === "warning" ? "errors or warnings" : "errors";
      core.setFailed(
        `lockstep found ${outcome.errors} error(s) and ${outcome.warnings} warning(s); fail-on: ${settings.failOn} fails on ${what}. Each is annotated at its file and line.`,
      );
    }
  } catch (cause) {
    const message =
      cause instanceof LockstepError
        ? escapeControl(cause.message)
        : `unexpected: ${multiline(String((cause as Error).stack ?? cause))}`;
    core.setFailed(`lockstep could not check: ${message}`);
  }
}

/** The JSON report (the CLI's `--format json` shape), one file per job so two lockstep steps keep both. */
function writeReport(outcome: ActionCheckOutcome, dir: string, job: string): string {
  const path = join(dir, `lockstep-report-${job}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...outcome.report, base: outcome.baseRef }, null, 2)}\n`);
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
    for (const f of db.findings) {
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
  const { comment } = outcome;
  if (comment.status === "failed")
    core.warning(`lockstep could not comment: ${escapeControl(comment.reason)}`);
  else if (comment.status === "skipped") info(`no comment: ${escapeControl(comment.reason)}`);
  else info(`comment ${comment.id} ${comment.status}`);
  core.setOutput("ok", String(outcome.report.ok));
  core.setOutput("errors", String(outcome.errors));
  core.setOutput("warnings", String(outcome.warnings));
  core.setOutput("schema-changed", String(outcome.schemaChanged));
  core.setOutput("report", reportPath);
  core.setOutput("comment-id", "id" in comment && comment.id !== undefined ? String(comment.id) : "");
}
