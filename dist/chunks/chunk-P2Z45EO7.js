import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  GUARD_SKIP,
  renderGuardSkip
} from "./chunk-2YUL4XKB.js";
import {
  GitRepo
} from "./chunk-MIWH5IJS.js";
import {
  blobId
} from "./chunk-NUGY736W.js";
import {
  LOCK_FILE
} from "./chunk-Z2X2U7TB.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  CONFIG_FILE,
  resolveDatabases
} from "./chunk-WWXHY5GU.js";
import {
  COMMON_LOCATIONS
} from "./chunk-UJ557UV3.js";
import {
  excerpt
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/applied/guard.ts
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { resolve } from "node:path";

// src/adapters/guard-skip-file.ts
import { lstatSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
function guardSkipPath(repo) {
  return repo.lockstepPath(GUARD_SKIP);
}
function saveGuardSkip(repo, script) {
  const path = guardSkipPath(repo);
  if (path === void 0) return;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info && !info.isFile()) return;
    if (script === void 0) {
      if (info) rmSync(path);
      return;
    }
    if (info && readFileSync(path, "utf8") === script) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, script);
  } catch {
  }
}

// src/core/commit-id.ts
function isCommitId(text) {
  return /^[0-9a-f]{40,64}$/i.test(text);
}

// src/core/layouts/migration-files.ts
var MIGRATION_FILE = new RegExp(
  `(\\.sql|\\.sql\\.conf|(^|/)(${LOCK_FILE.replace(".", "\\.")}|metadata\\.toml|_journal\\.json|sqitch\\.plan|(versions|migrations)/[^/]+\\.py))$`
);
var CODE_MIGRATION = [
  /(^|\/)db\/migrate\/(.+\/)?\d+_[_a-z0-9]*(\.[_a-z0-9]+)?\.rb$/,
  /(^|\/)\d{13}-[^/]+\.(ts|js|mts|cts|mjs|cjs)$/,
  /(^|\/)(migrations?|migrate)\/\d+_[^/]+\.(js|cjs|ts)$/
];
function mayBeMigrationFile(path) {
  return MIGRATION_FILE.test(path) || !/\.d\.ts$/.test(path) && CODE_MIGRATION.some((re) => re.test(path));
}

// src/engine/applied/guard.ts
var BASE_CANDIDATES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
function resolveBaseRefs(repo, named, also = () => []) {
  const refs = [...named ? [named, `origin/${named}`] : BASE_CANDIDATES, "HEAD"];
  repo.resolveCommits(refs, [...refs, ""].flatMap(also));
}
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
  if (nothingStagedWhereDetected(repo, req)) return { databases: [], notes: [] };
  const { specs, notes, config } = await resolveDatabases(req);
  const dirs = specs.map((spec) => repo.pathOf(spec.dir));
  await requireDirs(repo, specs, dirs, req, config);
  rememberWhereToLook(repo, req, config ? dirs : void 0);
  const touched = repo.stagedPaths(dirs);
  const result = { databases: [], notes };
  if (touched.length === 0) return result;
  const [staged, { submoduleNotes }] = await Promise.all([
    import("./guard-staged-AXXFPXCK.js"),
    import("./git-files-6TJ46TRL.js")
  ]);
  const { guardDatabase, replayStaged, touchesMigrations, verdictInputs, shortcutNames, loadBlobHashes } = staged;
  resolveBaseRefs(
    repo,
    req.base ?? config?.config.baseBranch,
    (ref) => dirs.flatMap((dir) => shortcutNames(ref, dir))
  );
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  result.base = base;
  const appliedRef = base?.frozenRef ?? (await repo.commitOf("HEAD") ? "HEAD" : void 0);
  const replay = config?.config.guard?.replay === true;
  const configId = JSON.stringify(config?.config ?? null);
  let hashes;
  const blobHashes = () => {
    hashes ??= loadBlobHashes(repo);
    return hashes;
  };
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i];
    if (!touchesMigrations(spec, dir, touched)) continue;
    const inputs = verdictInputs(repo, spec, appliedRef, req.cwd, blobHashes);
    const checked = await guardDatabase(repo, spec, dir, appliedRef, req.cwd, inputs, configId);
    if (replay && !checked.findings.some((f) => f.severity === "error")) {
      checked.findings.push(...await replayStaged(repo, spec, inputs, req.cwd, config?.config.rules));
    }
    result.databases.push(checked);
  }
  hashes?.save();
  notes.push(...submoduleNotes(req.cwd, repo));
  return result;
}
function rememberWhereToLook(repo, req, paths) {
  if (req.dir !== void 0 || req.configPath !== void 0 || resolve(req.cwd) !== resolve(repo.root))
    return;
  const key = paths && configKey(resolve(req.cwd, CONFIG_FILE));
  saveGuardSkip(repo, key === void 0 ? void 0 : renderGuardSkip(CONFIG_FILE, key, paths));
}
function configKey(path) {
  try {
    return blobId(readFileSync2(path));
  } catch (cause) {
    return cause.code === "ENOENT" ? "none" : void 0;
  }
}
function nothingStagedWhereDetected(repo, req) {
  if (req.dir !== void 0 || req.configPath !== void 0 || existsSync(resolve(req.cwd, CONFIG_FILE)))
    return false;
  const common = COMMON_LOCATIONS.map((l) => `${repo.pathOf(resolve(req.cwd, l))}/`);
  return !repo.stagedPaths([repo.pathOf(req.cwd)]).some((path) => mayBeMigrationFile(path) || common.some((dir) => `${path}/`.startsWith(dir)));
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

export {
  isCommitId,
  resolveBaseRefs,
  findBase,
  namedBaseRef,
  baseNotFound,
  runGuard
};
