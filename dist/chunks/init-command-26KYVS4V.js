import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  recordHistoryFindings
} from "./chunk-5MY7KLJ5.js";
import "./chunk-TQBNNACW.js";
import {
  runLock
} from "./chunk-4FYUKYP5.js";
import "./chunk-YZOYDEZY.js";
import "./chunk-PVC5BJ43.js";
import {
  GUARD_SKIP
} from "./chunk-QDHQ2QAC.js";
import {
  GitRepo
} from "./chunk-CJ2BOADH.js";
import "./chunk-HS5RU556.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-C4YZ2HA2.js";
import "./chunk-5NN6PR2B.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  CONFIG_FILE
} from "./chunk-7M4AGJZV.js";
import "./chunk-M57VCG7M.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import "./chunk-UJ4G5TDP.js";
import {
  discoverSets
} from "./chunk-H35KJQIJ.js";
import {
  locationDir
} from "./chunk-UJ557UV3.js";
import {
  detectLayout,
  readSourceFiles
} from "./chunk-LD36TF5T.js";
import "./chunk-R5AWIJ32.js";
import {
  readRegularText,
  resolveInRepo
} from "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";

// src/engine/workspace/init.ts
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { dirname, join as join3, relative as relative2 } from "node:path";

// src/core/node-project.ts
function installPlan(files) {
  const node = setupNode(files);
  const has = (name) => files.names.has(name);
  if (has("pnpm-lock.yaml") || files.packageManager?.startsWith("pnpm@")) {
    const pinned = files.packageManager?.startsWith("pnpm@");
    const version = pinned ? void 0 : pnpmMajor(files.pnpmLockHead);
    return {
      manager: "pnpm",
      reason: pinned ? `package.json's packageManager is ${files.packageManager}` : "pnpm-lock.yaml",
      steps: [
        // Without a version it takes package.json's packageManager field.
        { uses: "pnpm/action-setup@v4", ...version ? { with: { version } } : {} },
        node,
        { run: has("pnpm-lock.yaml") ? "pnpm install --frozen-lockfile" : "pnpm install" }
      ]
    };
  }
  if (has("bun.lock") || has("bun.lockb"))
    return {
      manager: "bun",
      reason: has("bun.lock") ? "bun.lock" : "bun.lockb",
      steps: [{ uses: "oven-sh/setup-bun@v2" }, { run: "bun install --frozen-lockfile" }]
    };
  if (has("yarn.lock")) {
    const berry = /__metadata:/.test(files.yarnLockHead ?? "") || !/yarn lockfile v1/.test(files.yarnLockHead ?? "");
    return berry ? {
      manager: "yarn-berry",
      reason: "yarn.lock (Yarn 2 or later)",
      steps: [node, { run: "corepack enable" }, { run: "yarn install --immutable" }]
    } : {
      manager: "yarn",
      reason: "yarn.lock (Yarn 1)",
      steps: [node, { run: "yarn install --frozen-lockfile" }]
    };
  }
  return has("package-lock.json") || has("npm-shrinkwrap.json") ? { manager: "npm", reason: "package-lock.json", steps: [node, { run: "npm ci" }] } : {
    manager: "npm",
    reason: "no lock file (npm ci needs one)",
    steps: [node, { run: "npm install --no-audit --no-fund" }]
  };
}
function setupNode(files) {
  for (const file of [".nvmrc", ".node-version"])
    if (files.names.has(file)) return { uses: "actions/setup-node@v4", with: { "node-version-file": file } };
  if (files.enginesNode)
    return { uses: "actions/setup-node@v4", with: { "node-version-file": "package.json" } };
  return { uses: "actions/setup-node@v4", with: { "node-version": "lts/*" } };
}
function pnpmMajor(head) {
  const version = /lockfileVersion:\s*['"]?(\d+)(?:\.(\d+))?/.exec(head ?? "");
  const major = Number(version?.[1] ?? 9);
  if (major >= 9) return "10";
  if (major >= 6) return "8";
  return "7";
}

// src/engine/workspace/init-config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
async function initialConfig(repo, cwd, target) {
  const root = repo.root;
  const path = join(root, CONFIG_FILE);
  const existing = existsSync(path) ? readConfig(path) : void 0;
  if (existing && target.dir === void 0) {
    if (target.db !== void 0)
      throw new LockstepError(
        "usage",
        `--db names the database of a directory: give the directory too (lockstep init DIR --db ${target.db})`
      );
    return void 0;
  }
  const named = target.dir === void 0 ? void 0 : await namedDatabase(root, cwd, target.dir, target.db);
  if (existing && named) {
    const databases2 = existing.databases ?? [];
    if (databases2.some((d) => typeof d.dir === "string" && resolve(root, d.dir) === resolve(root, named.dir)))
      return void 0;
    if (databases2.some((d) => d.name === named.name))
      throw new LockstepError(
        "usage",
        `${CONFIG_FILE} has a database named "${named.name}" already; name this one with --db NAME`
      );
    const config2 = { ...existing, databases: [...databases2, named] };
    return {
      text: `${JSON.stringify(config2, null, 2)}
`,
      done: [`added ${named.dir}/ (${named.layout}) to ${CONFIG_FILE} as database "${named.name}"`]
    };
  }
  const found = named ? void 0 : await detectDatabases(root, target.db);
  const databases = named ? [named] : found?.databases ?? [];
  const remoteHead = await repo.symbolicTarget("origin/HEAD");
  const baseBranch = remoteHead?.startsWith("origin/") ? remoteHead.slice("origin/".length) : void 0;
  const config = { ...baseBranch ? { baseBranch } : {}, databases };
  const head = `created ${CONFIG_FILE}${baseBranch ? ` (base branch ${baseBranch}, from origin/HEAD)` : ""}`;
  return {
    text: `${JSON.stringify(config, null, 2)}
`,
    done: !found ? [`${head}: ${databases.map((d) => `${d.dir}/ (${d.layout})`).join(", ")}`] : found.sets.length === 1 ? [
      `${head}: ${databases[0]?.dir}/ (${databases[0]?.layout}): ${found.sets[0]?.reason}`,
      ...found.passed
    ] : [`${head}: ${databases.length} databases`, ...found.lines, ...found.passed]
  };
}
function readConfig(path) {
  try {
    const json = JSON.parse(readFileSync(path, "utf8"));
    if (json && typeof json === "object" && !Array.isArray(json)) return json;
  } catch {
  }
  throw new LockstepError(
    "config",
    `${CONFIG_FILE} is not a JSON object; fix it, then run lockstep init again (nothing was written)`
  );
}
async function namedDatabase(root, cwd, dir, db) {
  const abs = resolveInRepo(root, cwd, "the directory", dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory())
    throw new LockstepError(
      "usage",
      `${dir} is not a directory; name the directory that holds the migrations`
    );
  const rel = relative(root, abs).split("\\").join("/") || ".";
  const location = locationDir(root, rel);
  const detected = location && detectLayout(await readSourceFiles(location.dir, cwd));
  if (!location || !detected)
    throw new LockstepError(
      "usage",
      `${dir} holds no migrations lockstep recognises (${location ? "no file is named as any supported tool names its migrations" : "only other SQL dialects' directories"}); name the directory whose files are the migrations, or write ${CONFIG_FILE} with its "layout" or "pattern"`
    );
  return { name: db ?? "main", dir: location.shown, layout: detected.layout };
}
async function detectDatabases(root, db) {
  const found = await discoverSets(root);
  if (found.sets.length === 0)
    throw new LockstepError(
      "usage",
      `no migrations found: searched ${found.searched}${found.passed.length > 0 ? `; not replayed: ${found.passed.join("; ")}` : ""}; name the directory (lockstep init DIR), then run it again`
    );
  if (db !== void 0 && found.sets.length > 1)
    throw new LockstepError(
      "usage",
      `--db names one database, and ${found.sets.length} sets were found (${found.sets.map((s) => s.dir).join(", ")}); give the directory too (lockstep init DIR --db ${db})`
    );
  const single = found.sets.length === 1;
  const databases = found.sets.map((s) => ({
    name: single ? db ?? "main" : s.name,
    dir: s.dir,
    layout: s.layout
  }));
  const lines = found.sets.map((s, i) => `  ${databases[i]?.name}: ${s.dir}/ (${s.layout}): ${s.reason}`);
  return { databases, sets: found.sets, lines, passed: found.passed.map((p) => `  not replayed: ${p}`) };
}

// src/engine/workspace/init-workflow.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var HEAD_BYTES = 512;
function projectFiles(root, pkg) {
  const names = new Set(readdirSync(root));
  const head = (name) => names.has(name) ? readFileSync2(join2(root, name), "utf8").slice(0, HEAD_BYTES) : void 0;
  const engines = pkg.engines;
  return {
    names,
    yarnLockHead: head("yarn.lock"),
    pnpmLockHead: head("pnpm-lock.yaml"),
    packageManager: typeof pkg.packageManager === "string" ? pkg.packageManager : void 0,
    enginesNode: typeof engines?.node === "string" ? engines.node : void 0
  };
}
var scalar = (value) => /^[\w./@-]+$/.test(value) && !/^[-.\d]/.test(value) && !/^(true|false|yes|no|on|off|null)$/i.test(value) ? value : JSON.stringify(value);
function renderStep(step) {
  if ("run" in step) return `      - run: ${scalar(step.run)}
`;
  const args = Object.entries(step.with ?? {}).map(([key, value]) => `          ${key}: ${scalar(value)}
`).join("");
  return `      - uses: ${step.uses}
${args ? `        with:
${args}` : ""}`;
}
function workflowYaml(branch, plan) {
  const body = workflowBody(branch, plan);
  return `${MARK} ${digestOf(body)}: lockstep init rewrites this file while it is as written; once edited, it is yours
${body}`;
}
var MARK = "# lockstep init";
function digestOf(body) {
  return createHash("sha256").update(body).digest("hex").slice(0, 16);
}
function workflowChange(existing, wanted) {
  if (existing === void 0) return "create";
  if (existing === wanted) return "keep";
  const newline = existing.indexOf("\n");
  const head = /^# lockstep init ([0-9a-f]{16}):/.exec(existing.slice(0, newline));
  return head && head[1] === digestOf(existing.slice(newline + 1)) ? "rewrite" : "keep";
}
function workflowBody(branch, plan) {
  return `# Written by lockstep init: checks the migrations of every pull request, again in the merge queue
# against the latest ${branch}, and on every push to ${branch}. Dependencies are installed with ${plan.manager}
# (${plan.reason}); the lockstep Action comes from node_modules, at the version package.json pins.
name: lockstep
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
${plan.steps.map(renderStep).join("")}      - uses: ./node_modules/lockstep
`;
}

// src/engine/workspace/init.ts
function hookLine(args, what) {
  return `command -v lockstep >/dev/null || { echo "${notInstalled(what)}" >&2; exit 1; }; lockstep ${args}`;
}
function notInstalled(what) {
  return `lockstep: not installed here (no lockstep in node_modules/.bin or on the PATH), so this ${what} is refused unchecked; run npm install (lockstep is in devDependencies), or git ${what} --no-verify to skip the check`;
}
var PRE_COMMIT = `sh "$(git rev-parse --git-path lockstep/${GUARD_SKIP})" 2>/dev/null && exit 0; ${hookLine("guard --staged", "commit")}`;
var PRE_PUSH = hookLine("check --down new", "push");
var EARLIER_LINES = /* @__PURE__ */ new Map([
  ["npx --no-install lockstep guard --staged", PRE_COMMIT],
  [hookLine("guard --staged", "commit"), PRE_COMMIT],
  ["npx --no-install lockstep check --down new", PRE_PUSH]
]);
var HUSKY_VERSION = "^9.1.7";
async function runInit(cwd, target = {}) {
  const repo = await GitRepo.open(cwd);
  const root = repo.root;
  const done = [];
  const next = [];
  const packageJson = join3(root, "package.json");
  if (!existsSync2(packageJson)) {
    throw new LockstepError(
      "usage",
      "no package.json at the top of the repository: lockstep's hooks and workflow run it through npm; create one (npm init -y), add lockstep to it as a devDependency (it is not on the npm registry yet: install it from its repository or a tarball, as its README's Install says), then run lockstep init again"
    );
  }
  const pkg = readPackageJson(packageJson);
  const config = await initialConfig(repo, cwd, target);
  if (config) {
    writeIn(root, join3(root, CONFIG_FILE), config.text);
    done.push(...config.done);
  }
  const { results } = await runLock({ cwd: root, check: false });
  for (const r of results) if (r.status === "written") done.push(`wrote ${r.file}`);
  const recorded = await recordHistoryFindings(root);
  if (recorded) done.push(recorded);
  if (addHusky(packageJson, pkg))
    done.push('added husky to devDependencies and "prepare": "husky" to package.json');
  for (const [hook, line] of [
    ["pre-commit", PRE_COMMIT],
    ["pre-push", PRE_PUSH]
  ]) {
    const change2 = ensureLine(join3(root, ".husky", hook), line);
    if (change2) done.push(`${change2} .husky/${hook}`);
  }
  const workflow = join3(root, ".github", "workflows", "lockstep.yml");
  const plan = installPlan(projectFiles(root, pkg.json));
  const wanted = workflowYaml(await defaultBranch(repo), plan);
  const change = workflowChange(existsSync2(workflow) ? readFileSync3(workflow, "utf8") : void 0, wanted);
  if (change !== "keep") {
    writeIn(root, workflow, wanted);
    done.push(
      `${change === "create" ? "created" : "rewrote"} .github/workflows/lockstep.yml (pull_request, merge_group, push; installs with ${plan.manager}: ${plan.reason})`
    );
  }
  const hooksPath = spawnSync("git", ["config", "core.hooksPath"], {
    cwd: root,
    encoding: "utf8"
  }).stdout.trim();
  const huskyBin = join3(root, "node_modules", "husky", "bin.js");
  if (hooksPath !== ".husky/_") {
    if (existsSync2(huskyBin)) {
      const run = spawnSync(process.execPath, [huskyBin], { cwd: root, encoding: "utf8" });
      if (run.status === 0) done.push("installed the git hooks with husky (core.hooksPath .husky/_)");
      else
        next.push(
          `husky could not install the hooks (${run.stderr.trim() || run.stdout.trim()}); run npx husky`
        );
    } else next.push("run npm install: husky's prepare script installs the git hooks");
  }
  const ignored = spawnSync("git", ["check-ignore", "-q", "--no-index", "node_modules/"], { cwd: root });
  if (ignored.status === 1)
    next.push(
      "node_modules/ is not ignored by git: add it to .gitignore, or git add -A commits every installed package"
    );
  if (!pkg.json.devDependencies?.lockstep && !pkg.json.dependencies?.lockstep)
    next.push(
      "add lockstep to package.json's devDependencies (from its repository or a tarball, as its README's Install says): the hooks and the workflow's ./node_modules/lockstep run that copy"
    );
  next.push("commit what lockstep init wrote; from then on commits of edited applied migrations are refused");
  return { done, next };
}
function readPackageJson(path) {
  const text = readRegularText(path, "the project's manifest", "package.json", 4 * 1024 * 1024);
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError(
      "config",
      `package.json is not valid JSON (${cause.message}), so npm cannot read it either; fix it, then run lockstep init again (nothing was written)`,
      { cause }
    );
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new LockstepError(
      "config",
      "package.json does not hold a JSON object; fix it, then run lockstep init again (nothing was written)"
    );
  }
  return { text, json };
}
function addHusky(path, { text, json }) {
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
  writeIn(dirname(path), path, `${JSON.stringify(json, null, indent)}
`);
  return true;
}
function ensureLine(path, line) {
  if (existsSync2(path)) {
    const text = readFileSync3(path, "utf8");
    const lines = text.split("\n");
    if (lines.some((l) => l.trim() === line)) return void 0;
    const earlier = lines.findIndex((l) => EARLIER_LINES.get(l.trim()) === line);
    if (earlier !== -1) {
      lines[earlier] = line;
      writeIn(dirname(dirname(path)), path, lines.join("\n"));
      return "updated the lockstep line of";
    }
    writeIn(
      dirname(dirname(path)),
      path,
      `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}
`
    );
    chmodSync(path, statSync2(path).mode | 73);
    return "added lockstep to";
  }
  writeIn(dirname(dirname(path)), path, `${line}
`, 493);
  return "created";
}
function writeIn(root, path, text, mode) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text, { mode });
  } catch (cause) {
    const code = cause.code ?? "error";
    throw new LockstepError("io", `cannot write ${relative2(root, path)} (${code}); it was left as it was`, {
      cause
    });
  }
}
async function defaultBranch(repo) {
  const remote = await repo.symbolicTarget("origin/HEAD");
  if (remote && remote !== "origin/HEAD") return remote.replace(/^origin\//, "");
  return await repo.currentBranch() ?? "main";
}

// src/cli/init-command.ts
async function initCommand(io, args) {
  const { done, next } = await runInit(io.cwd, args);
  if (done.length === 0) {
    io.out("lockstep is already set up here: nothing to do\n");
    return 0;
  }
  for (const line of done) io.out(`${escapeControl(line)}
`);
  for (const line of next) io.out(`next: ${escapeControl(line)}
`);
  return 0;
}
export {
  initCommand
};
