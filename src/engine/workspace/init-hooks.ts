import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readRegularText } from "../../adapters/repo-files.js";
import {
  PRE_COMMIT_IDS,
  preCommitStages,
  withLefthookCommands,
  withPreCommitHooks,
} from "../../core/hook-configs.js";
import { commandEntries, type HookRunner, shellLines, VENDORED_CLI } from "../../core/hook-lines.js";
import type { HookManagerChoice } from "../../core/hook-manager.js";
import { ensureLine, writeIn } from "./hook-files.js";
import { huskyHooks, type PackageJson } from "./init-husky.js";

/** How init sets up the hooks, with the manager's config already edited: a YAML error stops init before it writes. */
export interface HookPlan extends HookManagerChoice {
  runner: HookRunner;
  /** The manager's config with lockstep's hooks added; undefined when they are there already. */
  edited?: string;
}

interface Setup {
  done: string[];
  next: string[];
}

const PRE_COMMIT_INSTALL = ["install", "--hook-type", "pre-commit", "--hook-type", "pre-push"];

export function planHooks(root: string, choice: HookManagerChoice, runner: HookRunner): HookPlan {
  const { manager, config } = choice;
  if (config === undefined) return { ...choice, runner };
  const text = readRegularText(join(root, config), "the hook manager's config", config, 4 * 1024 * 1024);
  if (manager === "pre-commit") {
    const version = run(root, "pre-commit", ["--version"])?.stdout;
    const entries = commandEntries(runner);
    return { ...choice, runner, edited: withPreCommitHooks(text, config, entries, preCommitStages(version)) };
  }
  return { ...choice, runner, edited: withLefthookCommands(text, config, shellLines(runner, false)) };
}

/** Adds lockstep's pre-commit and pre-push hooks the way the repository's hook manager takes them. */
export function installHooks(root: string, plan: HookPlan, pkg: PackageJson | undefined): Setup {
  if (plan.manager === "husky" && pkg) return huskyHooks(root, pkg, shellLines(plan.runner, true));
  if (plan.manager === "git") return gitHooks(root, plan.runner);
  const setup: Setup = { done: [], next: [] };
  const config = plan.config ?? "";
  if (plan.edited !== undefined) {
    writeIn(root, join(root, config), plan.edited);
    setup.done.push(
      plan.manager === "pre-commit"
        ? `added lockstep's hooks to ${config} (repo: local, ${PRE_COMMIT_IDS.preCommit} and ${PRE_COMMIT_IDS.prePush}, running ${lockstepOf(plan.runner)})`
        : `added lockstep to the pre-commit and pre-push commands of ${config} (running ${lockstepOf(plan.runner)})`,
    );
  }
  const marker = plan.manager === "pre-commit" ? "pre-commit.com" : "lefthook";
  if (!installedBy(root, marker)) {
    const [tool, args, how] =
      plan.manager === "pre-commit"
        ? ["pre-commit", PRE_COMMIT_INSTALL, "install the pre-commit framework (pipx install pre-commit)"]
        : [lefthookBin(root), ["install"], "install lefthook (it is on npm, Homebrew and go install)"];
    const command = `${plan.manager} ${args.join(" ")}`;
    const ran = run(root, tool, args);
    if (ran?.status === 0) setup.done.push(`installed the git hooks with ${command}`);
    else if (ran)
      setup.next.push(`${command} failed (${ran.stderr.trim() || ran.stdout.trim()}); run it again`);
    else setup.next.push(`${how}, then run ${command}`);
  }
  setup.next.push(
    plan.manager === "pre-commit"
      ? `in each clone, run pre-commit install (${config}'s default_install_hook_types adds pre-push)`
      : "in each clone, run lefthook install",
  );
  return setup;
}

/** Hooks in the directory git runs them from (core.hooksPath where set): not committed, so per clone. */
function gitHooks(root: string, runner: HookRunner): Setup {
  const done: string[] = [];
  const dir = hooksDir(root);
  const lines = shellLines(runner, false);
  for (const [hook, line] of [
    ["pre-commit", lines.preCommit],
    ["pre-push", lines.prePush],
  ] as const) {
    const path = join(dir, hook);
    const change = ensureLine(root, path, line, "#!/bin/sh\n");
    if (change) done.push(`${change} ${relative(root, path)}`);
  }
  const init = runner === "vendored" ? `${VENDORED_CLI} init` : "npx lockstep init";
  return { done, next: [`git hooks are not committed: in each clone, run ${init} once to install them`] };
}

function hooksDir(root: string): string {
  const ran = spawnSync("git", ["rev-parse", "--git-path", "hooks"], { cwd: root, encoding: "utf8" });
  return resolve(root, ran.stdout.trim() || ".git/hooks");
}

/** Whether both hooks are there and written by the manager (its own text names it). */
function installedBy(root: string, marker: string): boolean {
  const dir = hooksDir(root);
  return ["pre-commit", "pre-push"].every((hook) => {
    const path = join(dir, hook);
    return existsSync(path) && readFileSync(path, "utf8").includes(marker);
  });
}

/** The project's own lefthook (an npm devDependency), else one on the PATH. */
function lefthookBin(root: string): string {
  const own = join(root, "node_modules", ".bin", "lefthook");
  return existsSync(own) ? own : "lefthook";
}

const lockstepOf = (runner: HookRunner) =>
  runner === "vendored" ? VENDORED_CLI : "node_modules/.bin/lockstep";

/** A tool's run, or undefined where it is not installed. */
function run(cwd: string, tool: string, args: string[]) {
  const ran = spawnSync(tool, args, { cwd, encoding: "utf8" });
  return ran.error ? undefined : ran;
}
