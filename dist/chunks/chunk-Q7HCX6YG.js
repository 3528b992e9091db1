import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  GitRepo
} from "./chunk-CFB4PT5Z.js";
import {
  appliedAt,
  frozenFindings,
  knownPaths,
  lockEntries,
  lockPathOf,
  writeLockText
} from "./chunk-SUSQVD54.js";
import {
  LOCK_FILE,
  filesAt,
  parseLockFile,
  renderLockFile
} from "./chunk-PW6FGNTB.js";
import {
  layoutOptions,
  readMigrationSet,
  resolveDatabases,
  shownPath
} from "./chunk-VFAKEDVC.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/guard.ts
var BASE_CANDIDATES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function findBase(repo, explicit, configured) {
  const named = explicit ?? configured;
  if (named) {
    if (!await repo.commitOf(named)) {
      throw new LockstepError(
        "usage",
        `the base ${named} is not a commit in this clone; fetch it (git fetch origin ${named.replace(/^origin\//, "")}; in GitHub Actions, check out with fetch-depth: 0) or name another with --base`
      );
    }
    return withFrozenRef(repo, named, explicit ? "--base" : "baseBranch in the config");
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
      checked.findings.push(
        ...await replayStaged(repo, spec, dir, appliedRef, req.cwd, config?.config.rules)
      );
    }
    result.databases.push(checked);
  }
  return result;
}
async function replayStaged(repo, spec, dir, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-DVJRIPOO.js");
  const options = await layoutOptions(spec, cwd);
  const applied = await appliedAt(repo, appliedRef, dir, cwd, options);
  const files = await filesAt(repo, "", dir, cwd);
  const { report } = await replayDatabase(spec, { cwd, down: "new" }, rules, {
    files,
    baseVersions: new Set(applied.entries.map((e) => e.version))
  });
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
}
async function guardDatabase(repo, spec, dir, appliedRef, cwd) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const options = await layoutOptions(spec, cwd);
  const files = await filesAt(repo, "", dir, cwd);
  const set = readMigrationSet(files, options);
  const stagedLockText = await repo.show("", lockPath);
  const stagedLock = stagedLockText === void 0 ? void 0 : parseLockFile(stagedLockText).lock;
  const applied = await appliedAt(repo, appliedRef, dir, cwd, options);
  const headLockText = await repo.show("HEAD", lockPath);
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
    })
  ];
  const result = { name: spec.name, dir: shownDir, findings };
  if (findings.some((f) => f.severity === "error")) return result;
  const entries = lockEntries(set, files);
  const versions = new Set(entries.map((e) => e.version));
  const amendments = (stagedLock?.amendments ?? []).filter((a) => versions.has(a.version));
  const wanted = renderLockFile({ entries, amendments });
  if (wanted !== stagedLockText) {
    writeLockText(spec.dir, wanted);
    await repo.add([lockPath]);
    result.lockStaged = shownLock;
  }
  return result;
}

export {
  findBase,
  runGuard
};
