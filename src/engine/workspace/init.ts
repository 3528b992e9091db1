import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GitRepo } from "../../adapters/git.js";
import { type HookRunner, VENDOR_DIR } from "../../core/hook-lines.js";
import { detectHookManager } from "../../core/hook-manager.js";
import { installPlan } from "../../core/node-project.js";
import { VERSION } from "../../version.js";
import { runLock } from "../applied/lock.js";
import { recordHistoryFindings } from "../known/known-update.js";
import { CONFIG_FILE } from "./config.js";
import { writeIn } from "./hook-files.js";
import { type InitTarget, initialConfig } from "./init-config.js";
import { addLockstep } from "./init-dependency.js";
import { installHooks, planHooks } from "./init-hooks.js";
import { readPackageJson } from "./init-husky.js";
import { projectFiles, workflowChange, workflowYaml } from "./init-workflow.js";
import { vendorCopy } from "./vendor.js";

export interface InitOptions extends InitTarget {
  /** Writes the running lockstep into the repository (.lockstep/), for the hooks and the workflow to run. */
  vendor?: boolean;
}

/** What `lockstep init` did, one line each, and what the user does next. */
export interface InitResult {
  done: string[];
  next: string[];
}

/**
 * `lockstep init`: adopts lockstep in a repository in one command. Writes only what is missing, extends what
 * exists (a hook file gets a line, never a rewrite), so a second run changes nothing.
 */
export async function runInit(cwd: string, target: InitOptions = {}): Promise<InitResult> {
  const repo = await GitRepo.open(cwd);
  const root = repo.root;
  const done: string[] = [];
  const next: string[] = [];
  const packageJson = join(root, "package.json");
  // Read before anything is written: a package.json npm cannot read, or a hook manager's config that is not
  // YAML, stops init with nothing done.
  const pkg = existsSync(packageJson) ? readPackageJson(packageJson) : undefined;
  // Without a package.json no package manager provides lockstep: the repository gets its own copy.
  const runner: HookRunner =
    target.vendor || !pkg || existsSync(join(root, VENDOR_DIR, "cli.js")) ? "vendored" : "installed";
  const hooks = planHooks(root, detectHookManager(new Set(readdirSync(root))), runner);

  const config = await initialConfig(repo, cwd, target);
  if (config) {
    writeIn(root, join(root, CONFIG_FILE), config.text);
    done.push(...config.done);
  }

  const { results } = await runLock({ cwd: root, check: false });
  for (const r of results) if (r.status === "written") done.push(`wrote ${r.file}`);
  // The history's old problems are accepted as known, so the first run is green for what nobody changed.
  const recorded = await recordHistoryFindings(root);
  if (recorded) done.push(recorded);

  if (runner === "vendored") {
    const copy = vendorCopy(root);
    // Said where init vendors unasked: the first time, in a repository without a package.json.
    const why =
      copy.change === "created" && !target.vendor && !pkg
        ? " (no package.json, so no package manager provides it)"
        : "";
    if (copy.change !== "kept")
      done.push(
        `${copy.change === "created" ? "vendored" : "replaced the vendored copy with"} lockstep ${VERSION} in ${VENDOR_DIR}/${why}: ${copy.files} files${copy.removed ? `, ${copy.removed} of the old copy removed` : ""}; the hooks and the workflow run it with node`,
      );
  }
  if (pkg && runner === "installed") {
    const added = addLockstep(root, pkg);
    if (added) done.push(added);
  }
  const setup = installHooks(root, hooks, pkg);
  done.push(...setup.done);
  next.push(...setup.next);

  const workflow = join(root, ".github", "workflows", "lockstep.yml");
  const plan = runner === "vendored" ? "vendored" : installPlan(projectFiles(root, pkg?.json ?? {}));
  const wanted = workflowYaml(await defaultBranch(repo), plan);
  const change = workflowChange(existsSync(workflow) ? readFileSync(workflow, "utf8") : undefined, wanted);
  if (change !== "keep") {
    // One init wrote and nobody edited since is brought up to date (a new lock file, another base branch).
    writeIn(root, workflow, wanted);
    const how =
      plan === "vendored"
        ? `the Action in ${VENDOR_DIR}/, nothing installed`
        : `installs with ${plan.manager}: ${plan.reason}`;
    done.push(
      `${change === "create" ? "created" : "rewrote"} .github/workflows/lockstep.yml (pull_request, merge_group, push; ${how})`,
    );
  }

  if (pkg) {
    const ignored = spawnSync("git", ["check-ignore", "-q", "--no-index", "node_modules/"], { cwd: root });
    if (ignored.status === 1)
      next.push(
        "node_modules/ is not ignored by git: add it to .gitignore, or git add -A commits every installed package",
      );
  }
  next.push("commit what lockstep init wrote; from then on commits of edited applied migrations are refused");
  return { done, next };
}

async function defaultBranch(repo: GitRepo): Promise<string> {
  const remote = await repo.symbolicTarget("origin/HEAD");
  if (remote && remote !== "origin/HEAD") return remote.replace(/^origin\//, "");
  return (await repo.currentBranch()) ?? "main";
}
