import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  GitRepo
} from "./chunk-JU6VLLNC.js";
import {
  appliedAt,
  frozenFindings,
  knownPaths,
  lockEntries,
  lockPathOf,
  lockProblemFindings,
  lockTextAt,
  withLockFileLock,
  writeLockText
} from "./chunk-YIWCN5IM.js";
import {
  LOCK_FILE,
  parseLockFile,
  readDatabase,
  renderLockFile,
  submoduleNotes
} from "./chunk-ASVXRW5M.js";
import {
  CONFIG_FILE,
  resolveDatabases,
  shownPath
} from "./chunk-XRG6IKB2.js";
import {
  LockstepError
} from "./chunk-OU2U5KGJ.js";
import {
  excerpt
} from "./chunk-WI2ZW36K.js";

// src/engine/applied/guard.ts
import { statSync } from "node:fs";

// src/core/commit-id.ts
function isCommitId(text) {
  return /^[0-9a-f]{40,64}$/i.test(text);
}

// src/engine/applied/guard.ts
var BASE_CANDIDATES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function findBase(repo, explicit, configured) {
  const named = explicit ?? configured;
  if (named) {
    const ref = await namedBaseRef(repo, named);
    if (!ref) throw new LockstepError("usage", `${baseNotFound(named)}; ${howToFetch(named)}`);
    const how = explicit ? "--base" : "baseBranch in the config";
    return withFrozenRef(
      repo,
      ref,
      ref === named ? how : `${how} names ${named}; there is no local branch ${named} here`
    );
  }
  for (const candidate of BASE_CANDIDATES) {
    if (await repo.commitOf(candidate))
      return withFrozenRef(
        repo,
        candidate,
        "the first of origin/HEAD, origin/main, origin/master, main, master that exists"
      );
  }
  return void 0;
}
async function namedBaseRef(repo, named) {
  if (await repo.commitOf(named)) return named;
  if (!isBranchName(named) || named.startsWith("origin/")) return void 0;
  const remote = `origin/${named}`;
  return await repo.commitOf(remote) ? remote : void 0;
}
function isBranchName(named) {
  return !isCommitId(named) && /^[\w.-]+(\/[\w.-]+)*$/.test(named);
}
function baseNotFound(named) {
  const branch = named.replace(/^origin\//, "");
  return isBranchName(named) ? `the base ${named} is not in this clone (no branch ${branch}, no origin/${branch})` : `the base ${named} is not a commit in this clone`;
}
function howToFetch(named) {
  const what = isCommitId(named) ? named : named.replace(/^origin\//, "");
  return `fetch it with git fetch origin ${what} (in GitHub Actions, check out with fetch-depth: 0 in actions/checkout), or name another base with --base`;
}
async function withFrozenRef(repo, ref, how) {
  const branch = await repo.currentBranch();
  const target = ref === "origin/HEAD" ? await repo.symbolicTarget(ref) ?? ref : ref;
  const onBase = branch !== void 0 && branch === target.replace(/^origin\//, "");
  return { ref, how, frozenRef: onBase ? "HEAD" : ref };
}
async function runGuard(req) {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases(req);
  const dirs = specs.map((spec) => repo.pathOf(spec.dir));
  await requireDirs(repo, specs, dirs, req, config);
  const touched = repo.stagedPaths(dirs);
  const result = { databases: [], notes };
  if (touched.length === 0) return result;
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  result.base = base;
  const appliedRef = base?.frozenRef ?? (await repo.commitOf("HEAD") ? "HEAD" : void 0);
  const replay = config?.config.guard?.replay === true;
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i];
    if (!touched.some((path) => dir === "" || path.startsWith(`${dir}/`))) continue;
    const checked = await guardDatabase(repo, spec, dir, appliedRef, req.cwd);
    if (replay && !checked.findings.some((f) => f.severity === "error")) {
      checked.findings.push(...await replayStaged(repo, spec, appliedRef, req.cwd, config?.config.rules));
    }
    result.databases.push(checked);
  }
  notes.push(...submoduleNotes(req.cwd, repo));
  return result;
}
async function requireDirs(repo, specs, dirs, req, config) {
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i];
    if (isDirectory(spec.dir)) continue;
    if ((await repo.indexEntries(dir)).length > 0) continue;
    const base = await findBase(repo, req.base, config?.config.baseBranch);
    if (base && (await repo.treeEntries(base.ref, dir)).length > 0) continue;
    const where = base ? `none of the working tree, the index and ${base.ref}` : "neither the working tree nor the index";
    throw new LockstepError(
      "config",
      `database "${spec.name}": "dir" is "${excerpt(spec.config.dir)}", which exists in ${where}, so the guard would check nothing; fix "dir" in ${config?.file ?? CONFIG_FILE}`
    );
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function replayStaged(repo, spec, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-ASVBJQKJ.js");
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const staged = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { report } = await replayDatabase(staged, { cwd, down: "new" }, rules, appliedVersions);
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
}
async function guardDatabase(repo, spec, dir, appliedRef, cwd) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const { files, set } = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const stagedLockText = await lockTextAt(repo, "", dir);
  const stagedParsed = stagedLockText === void 0 ? void 0 : parseLockFile(stagedLockText);
  const stagedLock = stagedParsed?.lock;
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const known = await knownPaths(
    repo,
    "HEAD",
    dir,
    headLockText === void 0 ? void 0 : parseLockFile(headLockText).lock
  );
  const findings = [
    ...set.findings.filter((f) => f.severity === "error"),
    ...await frozenFindings({
      known,
      repo,
      appliedRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files,
      set,
      lock: stagedLock
    }),
    // A damaged line of an applied migration refuses the commit; any other bad line is simply written again.
    ...lockProblemFindings(shownLock, stagedParsed?.problems ?? [], applied.entries).filter(
      (f) => f.rule === "lockfile-tampered"
    )
  ];
  const result = { name: spec.name, dir: shownDir, findings };
  if (findings.some((f) => f.severity === "error")) return result;
  const entries = lockEntries(set, files);
  const versions = new Set(entries.map((e) => e.version));
  const amendments = (stagedLock?.amendments ?? []).filter((a) => versions.has(a.version));
  const wanted = renderLockFile({ entries, amendments });
  if (wanted !== stagedLockText) {
    const notes = [];
    await withLockFileLock(spec.dir, shownLock, notes, () => writeLockText(spec.dir, shownLock, wanted));
    await repo.add([lockPath]);
    result.lockStaged = shownLock;
  }
  return result;
}

export {
  isCommitId,
  findBase,
  namedBaseRef,
  baseNotFound,
  runGuard
};
