import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { GitRepo, type RepoPath } from "../../adapters/git.js";
import { saveGuardSkip } from "../../adapters/guard-skip-file.js";
import { blobId } from "../../core/blob-id.js";
import { isCommitId } from "../../core/commit-id.js";
import { LockstepError } from "../../core/errors.js";
import { excerpt } from "../../core/excerpt.js";
import { renderGuardSkip } from "../../core/guard-skip.js";
import { mayBeMigrationFile } from "../../core/layouts/migration-files.js";
import { CONFIG_FILE, type LoadedConfig } from "../workspace/config.js";
import { type DatabaseRequest, type DatabaseSpec, resolveDatabases } from "../workspace/databases.js";
import { COMMON_LOCATIONS } from "../workspace/set-location.js";
import type { GuardDatabase } from "./guard-staged.js";

/** Where teams keep the branch that holds what is applied, most likely first. */
const BASE_CANDIDATES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];

export interface Base {
  /** The ref as the user would name it. */
  ref: string;
  /** How it was chosen, for the report. */
  how: string;
  /** What the frozen set is read from: the base, or HEAD when on the base branch itself. */
  frozenRef: string;
}

export type { GuardDatabase };

export interface GuardResult {
  base?: Base;
  databases: GuardDatabase[];
  notes: string[];
}

/**
 * Every ref findBase may ask about, and HEAD, resolved in one question to git; with them, the names `also`
 * gives for each of those refs and for the index (`""`): what the guard's shortcut asks of its directories.
 */
export function resolveBaseRefs(
  repo: GitRepo,
  named: string | undefined,
  also: (ref: string) => string[] = () => [],
): void {
  const refs = [...(named ? [named, `origin/${named}`] : BASE_CANDIDATES), "HEAD"];
  repo.resolveCommits(refs, [...refs, ""].flatMap(also));
}

export async function findBase(
  repo: GitRepo,
  explicit?: string,
  configured?: string,
): Promise<Base | undefined> {
  const named = explicit ?? configured;
  if (named) {
    const ref = await namedBaseRef(repo, named);
    if (!ref) throw new LockstepError("usage", `${baseNotFound(named)}; ${howToFetch(named)}`);
    const how = explicit ? "--base" : "baseBranch in the config";
    return withFrozenRef(
      repo,
      ref,
      ref === named ? how : `${how} names ${named}; there is no local branch ${named} here`,
    );
  }
  for (const candidate of BASE_CANDIDATES) {
    if (await repo.commitOf(candidate))
      return withFrozenRef(
        repo,
        candidate,
        "the first of origin/HEAD, origin/main, origin/master, main, master that exists",
      );
  }
  return undefined;
}

/**
 * The ref a named base is here: itself, or for a branch name with no local branch, its remote-tracking
 * branch: CI clones (and the fetch of a shallow one) have origin/main, not main.
 */
export async function namedBaseRef(repo: GitRepo, named: string): Promise<string | undefined> {
  if (await repo.commitOf(named)) return named;
  if (!isBranchName(named) || named.startsWith("origin/")) return undefined;
  const remote = `origin/${named}`;
  return (await repo.commitOf(remote)) ? remote : undefined;
}

/** A plain branch name (`main`, `release/1.2`), not a commit id or an expression such as `main~2`. */
function isBranchName(named: string): boolean {
  return !isCommitId(named) && /^[\w.-]+(\/[\w.-]+)*$/.test(named);
}

export function baseNotFound(named: string): string {
  const branch = named.replace(/^origin\//, "");
  return isBranchName(named)
    ? `the base ${named} is not in this clone (no branch ${branch}, no origin/${branch})`
    : `the base ${named} is not a commit in this clone`;
}

/** What to do about a base that is not here, as the one line of the fault says it. */
function howToFetch(named: string): string {
  const what = isCommitId(named) ? named : named.replace(/^origin\//, "");
  return `fetch it with git fetch origin ${what} (in GitHub Actions, check out with fetch-depth: 0 in actions/checkout), or name another base with --base`;
}

async function withFrozenRef(repo: GitRepo, ref: string, how: string): Promise<Base> {
  // On the base branch itself, what HEAD has is what is applied.
  const branch = await repo.currentBranch();
  const target = ref === "origin/HEAD" ? ((await repo.symbolicTarget(ref)) ?? ref) : ref;
  const onBase = branch !== undefined && branch === target.replace(/^origin\//, "");
  return { ref, how, frozenRef: onBase ? "HEAD" : ref };
}

/**
 * `lockstep guard --staged`: the staged change against what is applied; brings the lock file up to date.
 * It runs on every commit, so what is staged is asked first, and a commit that touches no migration
 * directory reads no migration, loads none of the layouts and the rules, and asks git nothing more.
 */
export async function runGuard(req: DatabaseRequest & { base?: string }): Promise<GuardResult> {
  const repo = await GitRepo.open(req.cwd);
  if (nothingStagedWhereDetected(repo, req)) return { databases: [], notes: [] };
  const { specs, notes, config } = await resolveDatabases(req);
  const dirs = specs.map((spec) => repo.pathOf(spec.dir));
  await requireDirs(repo, specs, dirs, req, config);
  rememberWhereToLook(repo, req, config ? dirs : undefined);
  const touched = repo.stagedPaths(dirs);
  const result: GuardResult = { databases: [], notes };
  if (touched.length === 0) return result;
  const [staged, { submoduleNotes }] = await Promise.all([
    import("./guard-staged.js"),
    import("../workspace/git-files.js"),
  ]);
  const { guardDatabase, replayStaged, touchesMigrations, verdictInputs, shortcutNames, loadBlobHashes } =
    staged;
  // The refs, and what the shortcut asks of each directory there, in one question.
  resolveBaseRefs(repo, req.base ?? config?.config.baseBranch, (ref) =>
    dirs.flatMap((dir) => shortcutNames(ref, dir)),
  );
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  result.base = base;
  const appliedRef = base?.frozenRef ?? ((await repo.commitOf("HEAD")) ? "HEAD" : undefined);
  const replay = config?.config.guard?.replay === true;
  // What the guard's answer depends on in the config, as read (the states it remembers are keyed by it).
  const configId = JSON.stringify(config?.config ?? null);
  // The git directory's cache of blob hashes: read when first needed, written once at the end.
  let hashes: ReturnType<typeof loadBlobHashes> | undefined;
  const blobHashes = () => {
    hashes ??= loadBlobHashes(repo);
    return hashes;
  };
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i] as RepoPath;
    if (!touchesMigrations(spec, dir, touched)) continue;
    const inputs = verdictInputs(repo, spec, appliedRef, req.cwd, blobHashes);
    const checked = await guardDatabase(repo, spec, dir, appliedRef, req.cwd, inputs, configId);
    if (replay && !checked.findings.some((f) => f.severity === "error")) {
      checked.findings.push(...(await replayStaged(repo, spec, inputs, req.cwd, config?.config.rules)));
    }
    result.databases.push(checked);
  }
  hashes?.save();
  notes.push(...submoduleNotes(req.cwd, repo));
  return result;
}

/**
 * For the next commit's hook (see core/guard-skip): the paths this guard looks at, as the config now on disk
 * makes them. Only for the hook's own call (the default config, at the top of the work tree), and not past
 * a config the guard refused (requireDirs throws first, so the hook keeps starting lockstep to say so).
 */
function rememberWhereToLook(repo: GitRepo, req: DatabaseRequest, paths: RepoPath[] | undefined): void {
  if (req.dir !== undefined || req.configPath !== undefined || resolve(req.cwd) !== resolve(repo.root))
    return;
  // Without a config the sets are found by searching the whole tree, which no script can redo: none.
  const key = paths && configKey(resolve(req.cwd, CONFIG_FILE));
  saveGuardSkip(repo, key === undefined ? undefined : renderGuardSkip(CONFIG_FILE, key, paths as RepoPath[]));
}

/** The config's git object id, "none" without one; undefined for one that cannot be read (no script then). */
function configKey(path: string): string | undefined {
  try {
    return blobId(readFileSync(path));
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "ENOENT" ? "none" : undefined;
  }
}

/**
 * With no config and no directory, the guard's sets are found by searching the tree and reading them. A
 * commit that stages no file any layout reads (no SQL, journal, plan or lock file), and nothing under a common
 * location, touches none of them.
 */
function nothingStagedWhereDetected(repo: GitRepo, req: DatabaseRequest): boolean {
  if (req.dir !== undefined || req.configPath !== undefined || existsSync(resolve(req.cwd, CONFIG_FILE)))
    return false;
  // Anything under a common location still goes to the guard (a submodule there gets its note).
  const common = COMMON_LOCATIONS.map((l) => `${repo.pathOf(resolve(req.cwd, l))}/`);
  return !repo
    .stagedPaths([repo.pathOf(req.cwd)])
    .some((path) => mayBeMigrationFile(path) || common.some((dir) => `${path}/`.startsWith(dir)));
}

/**
 * A configured `dir` that exists nowhere (working tree, index, base) is a typo, not a database with no
 * migrations: the guard would otherwise pass every commit without checking anything.
 */
async function requireDirs(
  repo: GitRepo,
  specs: DatabaseSpec[],
  dirs: RepoPath[],
  req: DatabaseRequest & { base?: string },
  config: LoadedConfig | undefined,
): Promise<void> {
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i] as RepoPath;
    if (isDirectory(spec.dir)) continue;
    if ((await repo.indexEntries(dir)).length > 0) continue;
    const base = await findBase(repo, req.base, config?.config.baseBranch);
    if (base && (await repo.treeEntries(base.ref, dir)).length > 0) continue;
    const where = base
      ? `none of the working tree, the index and ${base.ref}`
      : "neither the working tree nor the index";
    throw new LockstepError(
      "config",
      `database "${spec.name}": "dir" is "${excerpt(spec.config.dir)}", which exists in ${where}, so the guard would check nothing; fix "dir" in ${config?.file ?? CONFIG_FILE}`,
    );
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
