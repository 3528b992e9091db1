import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { writeFileAtomic } from "../../adapters/atomic-write.js";
import { GitRepo } from "../../adapters/git.js";
import { readRegularText } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { GUARD_SKIP } from "../../core/guard-skip.js";
import { installPlan } from "../../core/node-project.js";
import { runLock } from "../applied/lock.js";
import { recordHistoryFindings } from "../known/known-update.js";
import { CONFIG_FILE } from "./config.js";
import { type InitTarget, initialConfig } from "./init-config.js";
import { projectFiles, workflowChange, workflowYaml } from "./init-workflow.js";

/**
 * A hook's one line: the installed binary itself (husky puts node_modules/.bin on the hook's PATH; `npx`
 * alone took longer to start than the guard takes to run), and without it one line saying what to do.
 */
export function hookLine(args: string, what: "commit" | "push"): string {
  return `command -v lockstep >/dev/null || { echo "${notInstalled(what)}" >&2; exit 1; }; lockstep ${args}`;
}

/** What a hook says when lockstep is not installed (hooks/ says the same). */
export function notInstalled(what: "commit" | "push"): string {
  return `lockstep: not installed here (no lockstep in node_modules/.bin or on the PATH), so this ${what} is refused unchecked; run npm install (lockstep is in devDependencies), or git ${what} --no-verify to skip the check`;
}

/**
 * The pre-commit line: first the script the guard left in the git directory (core/guard-skip), which lets a
 * commit that stages nothing where lockstep looks through without starting Node; else lockstep itself.
 */
export const PRE_COMMIT = `sh "$(git rev-parse --git-path lockstep/${GUARD_SKIP})" 2>/dev/null && exit 0; ${hookLine("guard --staged", "commit")}`;
export const PRE_PUSH = hookLine("check --down new", "push");
/** The lines earlier versions wrote, replaced by the ones above where init finds them. */
const EARLIER_LINES = new Map([
  ["npx --no-install lockstep guard --staged", PRE_COMMIT],
  [hookLine("guard --staged", "commit"), PRE_COMMIT],
  ["npx --no-install lockstep check --down new", PRE_PUSH],
]);
const HUSKY_VERSION = "^9.1.7";

/** What `lockstep init` did, one line each, and what the user does next. */
export interface InitResult {
  done: string[];
  next: string[];
}

/**
 * `lockstep init`: adopts lockstep in a repository in one command. Writes only what is missing, extends what
 * exists (a hook file gets a line, never a rewrite), so a second run changes nothing.
 */
export async function runInit(cwd: string, target: InitTarget = {}): Promise<InitResult> {
  const repo = await GitRepo.open(cwd);
  const root = repo.root;
  const done: string[] = [];
  const next: string[] = [];
  const packageJson = join(root, "package.json");
  if (!existsSync(packageJson)) {
    // The hooks run the lockstep npm installs, and the workflow `npm ci`: without a package.json that
    // installs lockstep, every commit would fail. Say so before writing anything.
    throw new LockstepError(
      "usage",
      "no package.json at the top of the repository: lockstep's hooks and workflow run it through npm; create one (npm init -y), add lockstep to it as a devDependency (it is not on the npm registry yet: install it from its repository or a tarball, as its README's Install says), then run lockstep init again",
    );
  }
  // Read before anything is written: a package.json npm cannot read either stops init with nothing done.
  const pkg = readPackageJson(packageJson);

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

  if (addHusky(packageJson, pkg))
    done.push('added husky to devDependencies and "prepare": "husky" to package.json');
  for (const [hook, line] of [
    ["pre-commit", PRE_COMMIT],
    ["pre-push", PRE_PUSH],
  ] as const) {
    const change = ensureLine(join(root, ".husky", hook), line);
    if (change) done.push(`${change} .husky/${hook}`);
  }
  const workflow = join(root, ".github", "workflows", "lockstep.yml");
  const plan = installPlan(projectFiles(root, pkg.json));
  const wanted = workflowYaml(await defaultBranch(repo), plan);
  const change = workflowChange(existsSync(workflow) ? readFileSync(workflow, "utf8") : undefined, wanted);
  if (change !== "keep") {
    // One init wrote and nobody edited since is brought up to date (a new lock file, another base branch).
    writeIn(root, workflow, wanted);
    done.push(
      `${change === "create" ? "created" : "rewrote"} .github/workflows/lockstep.yml (pull_request, merge_group, push; installs with ${plan.manager}: ${plan.reason})`,
    );
  }

  const hooksPath = spawnSync("git", ["config", "core.hooksPath"], {
    cwd: root,
    encoding: "utf8",
  }).stdout.trim();
  const huskyBin = join(root, "node_modules", "husky", "bin.js");
  if (hooksPath !== ".husky/_") {
    if (existsSync(huskyBin)) {
      const run = spawnSync(process.execPath, [huskyBin], { cwd: root, encoding: "utf8" });
      if (run.status === 0) done.push("installed the git hooks with husky (core.hooksPath .husky/_)");
      else
        next.push(
          `husky could not install the hooks (${run.stderr.trim() || run.stdout.trim()}); run npx husky`,
        );
    } else next.push("run npm install: husky's prepare script installs the git hooks");
  }
  const ignored = spawnSync("git", ["check-ignore", "-q", "--no-index", "node_modules/"], { cwd: root });
  if (ignored.status === 1)
    next.push(
      "node_modules/ is not ignored by git: add it to .gitignore, or git add -A commits every installed package",
    );
  if (!pkg.json.devDependencies?.lockstep && !pkg.json.dependencies?.lockstep)
    next.push(
      "add lockstep to package.json's devDependencies (from its repository or a tarball, as its README's Install says): the hooks and the workflow's ./node_modules/lockstep run that copy",
    );
  next.push("commit what lockstep init wrote; from then on commits of edited applied migrations are refused");
  return { done, next };
}

interface PackageJson {
  text: string;
  json: {
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
    scripts?: Record<string, string>;
    packageManager?: unknown;
    engines?: unknown;
  };
}

function readPackageJson(path: string): PackageJson {
  const text = readRegularText(path, "the project's manifest", "package.json", 4 * 1024 * 1024);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError(
      "config",
      `package.json is not valid JSON (${(cause as Error).message}), so npm cannot read it either; fix it, then run lockstep init again (nothing was written)`,
      { cause },
    );
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new LockstepError(
      "config",
      "package.json does not hold a JSON object; fix it, then run lockstep init again (nothing was written)",
    );
  }
  return { text, json: json as PackageJson["json"] };
}

/** Adds husky and its prepare script; returns whether package.json changed. Keeps the file's indentation. */
function addHusky(path: string, { text, json }: PackageJson): boolean {
  let changed = false;
  if (!json.devDependencies?.husky && !json.dependencies?.husky) {
    json.devDependencies = { ...json.devDependencies, husky: HUSKY_VERSION };
    changed = true;
  }
  const prepare = json.scripts?.prepare;
  if (!prepare?.includes("husky")) {
    json.scripts = { ...json.scripts, prepare: prepare ? `${prepare} && husky` : "husky" };
    changed = true;
  }
  if (!changed) return false;
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  writeIn(dirname(path), path, `${JSON.stringify(json, null, indent)}\n`);
  return true;
}

/** Creates the hook with the line, or appends the line to an existing hook that lacks it. */
function ensureLine(
  path: string,
  line: string,
): "created" | "added lockstep to" | "updated the lockstep line of" | undefined {
  if (existsSync(path)) {
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    if (lines.some((l) => l.trim() === line)) return undefined;
    const earlier = lines.findIndex((l) => EARLIER_LINES.get(l.trim()) === line);
    if (earlier !== -1) {
      lines[earlier] = line;
      writeIn(dirname(dirname(path)), path, lines.join("\n"));
      return "updated the lockstep line of";
    }
    // Rewritten whole with the hook's own mode (it stays executable), then made executable if it was not.
    writeIn(
      dirname(dirname(path)),
      path,
      `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`,
    );
    chmodSync(path, statSync(path).mode | 0o111);
    return "added lockstep to";
  }
  writeIn(dirname(dirname(path)), path, `${line}\n`, 0o755);
  return "created";
}

/** Writes a file of the repository whole (temp file and rename); a failure is one line naming it. */
function writeIn(root: string, path: string, text: string, mode?: number): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text, { mode });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new LockstepError("io", `cannot write ${relative(root, path)} (${code}); it was left as it was`, {
      cause,
    });
  }
}

async function defaultBranch(repo: GitRepo): Promise<string> {
  const remote = await repo.symbolicTarget("origin/HEAD");
  if (remote && remote !== "origin/HEAD") return remote.replace(/^origin\//, "");
  return (await repo.currentBranch()) ?? "main";
}
