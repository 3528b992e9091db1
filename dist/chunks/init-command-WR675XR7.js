import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runLock
} from "./chunk-XNYMSNU4.js";
import "./chunk-RGI7QVJX.js";
import "./chunk-P7IYTCIA.js";
import {
  GitRepo
} from "./chunk-G7XNHCWO.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  COMMON_LOCATIONS,
  CONFIG_FILE,
  locationDir,
  readRegularText,
  readSourceFiles
} from "./chunk-T4YUGTDX.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import {
  LockstepError
} from "./chunk-DFXCLHQK.js";
import {
  detectLayout
} from "./chunk-QNOSOVEJ.js";
import "./chunk-KSWA4IWM.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";

// src/engine/workspace/init.ts
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
function hookLine(args, what) {
  return `command -v lockstep >/dev/null || { echo "${notInstalled(what)}" >&2; exit 1; }; lockstep ${args}`;
}
function notInstalled(what) {
  return `lockstep: not installed here (no lockstep in node_modules/.bin or on the PATH), so this ${what} is refused unchecked; run npm install (lockstep is in devDependencies), or git ${what} --no-verify to skip the check`;
}
var PRE_COMMIT = hookLine("guard --staged", "commit");
var PRE_PUSH = hookLine("check --down new", "push");
var EARLIER_LINES = /* @__PURE__ */ new Map([
  ["npx --no-install lockstep guard --staged", PRE_COMMIT],
  ["npx --no-install lockstep check --down new", PRE_PUSH]
]);
var HUSKY_VERSION = "^9.1.7";
async function runInit(cwd) {
  const repo = await GitRepo.open(cwd);
  const root = repo.root;
  const done = [];
  const next = [];
  const packageJson = join(root, "package.json");
  if (!existsSync(packageJson)) {
    throw new LockstepError(
      "usage",
      "no package.json at the top of the repository: lockstep's hooks and workflow run it through npm; create one (npm init -y), add lockstep to it as a devDependency (it is not on the npm registry yet: install it from its repository or a tarball, as its README's Install says), then run lockstep init again"
    );
  }
  const pkg = readPackageJson(packageJson);
  if (!existsSync(join(root, CONFIG_FILE))) {
    const databases = await detectDatabases(root);
    if (databases.length === 0) {
      throw new LockstepError(
        "usage",
        `no migrations found in ${COMMON_LOCATIONS.map((l) => `${l}/`).join(", ")}; write ${CONFIG_FILE} naming your migration directory, then run lockstep init again`
      );
    }
    writeIn(root, join(root, CONFIG_FILE), `${JSON.stringify({ databases }, null, 2)}
`);
    done.push(`created ${CONFIG_FILE}: ${databases.map((d) => `${d.dir}/ (${d.layout})`).join(", ")}`);
  }
  const { results } = await runLock({ cwd: root, check: false });
  for (const r of results) if (r.status === "written") done.push(`wrote ${r.file}`);
  if (addHusky(packageJson, pkg))
    done.push('added husky to devDependencies and "prepare": "husky" to package.json');
  for (const [hook, line] of [
    ["pre-commit", PRE_COMMIT],
    ["pre-push", PRE_PUSH]
  ]) {
    const change = ensureLine(join(root, ".husky", hook), line);
    if (change) done.push(`${change} .husky/${hook}`);
  }
  const workflow = join(root, ".github", "workflows", "lockstep.yml");
  if (!existsSync(workflow)) {
    writeIn(root, workflow, workflowYaml(await defaultBranch(repo)));
    done.push("created .github/workflows/lockstep.yml (pull_request, merge_group, push)");
  }
  const hooksPath = spawnSync("git", ["config", "core.hooksPath"], {
    cwd: root,
    encoding: "utf8"
  }).stdout.trim();
  const huskyBin = join(root, "node_modules", "husky", "bin.js");
  if (hooksPath !== ".husky/_") {
    if (existsSync(huskyBin)) {
      const run = spawnSync(process.execPath, [huskyBin], { cwd: root, encoding: "utf8" });
      if (run.status === 0) done.push("installed the git hooks with husky (core.hooksPath .husky/_)");
      else
        next.push(
          `husky could not install the hooks (${run.stderr.trim() || run.stdout.trim()}); run npx husky`
        );
    } else next.push("run npm install: husky's prepare script installs the git hooks");
  }
  next.push("commit what lockstep init wrote; from then on commits of edited applied migrations are refused");
  return { done, next };
}
async function detectDatabases(root) {
  const found = [];
  for (const common of COMMON_LOCATIONS) {
    const location = locationDir(root, common);
    if (!location) continue;
    if (found.some((d) => location.shown === d.dir || location.shown.startsWith(`${d.dir}/`))) continue;
    const detected = detectLayout(await readSourceFiles(location.dir, root));
    if (!detected) continue;
    found.push({
      name: found.length === 0 ? "main" : location.shown.replaceAll("/", "-"),
      dir: location.shown,
      layout: detected.layout
    });
  }
  return found;
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
  if (existsSync(path)) {
    const text = readFileSync(path, "utf8");
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
    chmodSync(path, statSync(path).mode | 73);
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
    throw new LockstepError("io", `cannot write ${relative(root, path)} (${code}); it was left as it was`, {
      cause
    });
  }
}
async function defaultBranch(repo) {
  const remote = await repo.symbolicTarget("origin/HEAD");
  if (remote && remote !== "origin/HEAD") return remote.replace(/^origin\//, "");
  return await repo.currentBranch() ?? "main";
}
function workflowYaml(branch) {
  return `# Written by lockstep init: checks the migrations of every pull request, again in the merge queue
# against the latest ${branch}, and on every push to ${branch}. The lockstep Action comes from
# node_modules, at the version package.json pins.
name: lockstep
on:
  pull_request:
  merge_group:
  push:
    branches: [${branch}]
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
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - uses: ./node_modules/lockstep
`;
}

// src/cli/init-command.ts
async function initCommand(io) {
  const { done, next } = await runInit(io.cwd);
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
