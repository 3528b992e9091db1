import { relative } from "node:path";
import { GitRepo, type RepoPath } from "../adapters/git.js";
import { writeLockText } from "../adapters/lock-store.js";
import { LockstepError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import { decodeText } from "../core/layouts/decode.js";
import { readMigrationSet } from "../core/layouts/index.js";
import { checkFrozen } from "../core/lock/guard-rules.js";
import {
  hashText,
  LOCK_FILE,
  type LockEntry,
  parseLockFile,
  renderLockFile,
} from "../core/lock/lock-file.js";
import type { SourceFile } from "../core/migration.js";
import { type DatabaseRequest, type DatabaseSpec, loadOrder, resolveDatabases } from "./databases.js";

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

export interface GuardDatabase {
  name: string;
  dir: string;
  findings: Finding[];
  /** The lock file brought up to date and staged. */
  lockStaged?: string;
}

export interface GuardResult {
  base?: Base;
  databases: GuardDatabase[];
  notes: string[];
}

export async function findBase(
  repo: GitRepo,
  explicit?: string,
  configured?: string,
): Promise<Base | undefined> {
  const named = explicit ?? configured;
  if (named) {
    if (!(await repo.commitOf(named))) {
      throw new LockstepError(
        "usage",
        `the base ${named} is not a commit here; fetch it (git fetch origin ${named.replace(/^origin\//, "")}) or name another with --base`,
      );
    }
    return withFrozenRef(repo, named, explicit ? "--base" : "baseBranch in the config");
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

async function withFrozenRef(repo: GitRepo, ref: string, how: string): Promise<Base> {
  // On the base branch itself, what HEAD has is what is applied.
  const branch = await repo.currentBranch();
  const target = ref === "origin/HEAD" ? ((await repo.symbolicTarget(ref)) ?? ref) : ref;
  const onBase = branch !== undefined && branch === target.replace(/^origin\//, "");
  return { ref, how, frozenRef: onBase ? "HEAD" : ref };
}

/** `lockstep guard --staged`: the staged change against what is applied; brings the lock file up to date. */
export async function runGuard(req: DatabaseRequest & { base?: string }): Promise<GuardResult> {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases(req);
  const dirs = specs.map((spec) => repo.pathOf(spec.dir));
  const touched = repo.stagedPaths(dirs);
  const result: GuardResult = { databases: [], notes };
  if (touched.length === 0) return result;
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  result.base = base;
  const frozenRef = base?.frozenRef ?? ((await repo.commitOf("HEAD")) ? "HEAD" : undefined);
  for (const [i, spec] of specs.entries()) {
    const dir = dirs[i] as RepoPath;
    if (!touched.some((path) => dir === "" || path.startsWith(`${dir}/`))) continue;
    result.databases.push(await guardDatabase(repo, spec, dir, frozenRef, req.cwd));
  }
  return result;
}

async function guardDatabase(
  repo: GitRepo,
  spec: DatabaseSpec,
  dir: RepoPath,
  frozenRef: string | undefined,
  cwd: string,
): Promise<GuardDatabase> {
  const inDir = (path: RepoPath) => (dir === "" ? path : path.slice(dir.length + 1));
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const shownDir = relative(cwd, spec.dir).split("\\").join("/") || ".";
  const shownLock = relative(cwd, `${spec.dir}/${LOCK_FILE}`).split("\\").join("/");

  const index = (await repo.indexEntries(dir)).filter((e) => e.path !== lockPath);
  const blobs = repo.readBlobs(index.map((e) => e.blob));
  const files: SourceFile[] = index.map((e) => ({
    rel: inDir(e.path),
    display: relative(cwd, `${repo.root}/${e.path}`).split("\\").join("/"),
    ...decodeText(blobs.get(e.blob) ?? new Uint8Array()),
  }));
  const options = {
    layout: spec.config.pattern ? ("pattern" as const) : spec.config.layout,
    pattern: spec.config.pattern,
    order: await loadOrder(spec, cwd),
    exclude: spec.config.exclude,
  };
  const set = readMigrationSet(files, options);
  const staged = new Map(files.map((f) => [f.rel, f.text]));
  const stagedLockText = await repo.show("", lockPath);
  const stagedLock = stagedLockText === undefined ? undefined : parseLockFile(stagedLockText).lock;

  let frozen: LockEntry[] = [];
  let baseLock: ReturnType<typeof parseLockFile>["lock"] | undefined;
  const frozenTexts = new Map<string, string>();
  if (frozenRef) {
    const baseLockText = await repo.show(frozenRef, lockPath);
    if (baseLockText !== undefined) {
      baseLock = parseLockFile(baseLockText).lock;
      frozen = baseLock.entries;
    } else {
      // No lock file on the base yet: every migration file in its tree is applied.
      const tree = (await repo.treeEntries(frozenRef, dir)).filter((e) => e.path !== lockPath);
      const treeBlobs = repo.readBlobs(tree.map((e) => e.blob));
      const baseFiles: SourceFile[] = tree.map((e) => ({
        rel: inDir(e.path),
        display: e.path,
        ...decodeText(treeBlobs.get(e.blob) ?? new Uint8Array()),
      }));
      const baseSet = readMigrationSet(baseFiles, options);
      const byDisplay = new Map(baseFiles.map((f) => [f.display, f]));
      for (const m of baseSet.migrations) {
        for (const display of m.files) {
          const f = byDisplay.get(display);
          if (f?.text === undefined) continue;
          frozen.push({ version: m.version, path: f.rel, hash: hashText(f.text) });
          frozenTexts.set(f.rel, f.text);
        }
      }
    }
  }
  // The base's texts of edited applied files, for the diffs; read only when there are edits.
  if (frozenRef) {
    for (const entry of frozen) {
      const text = staged.get(entry.path);
      if (text !== undefined && !frozenTexts.has(entry.path) && hashText(text) !== entry.hash) {
        const before = await repo.show(frozenRef, dir === "" ? entry.path : `${dir}/${entry.path}`);
        if (before !== undefined)
          frozenTexts.set(entry.path, decodeText(new TextEncoder().encode(before)).text ?? before);
      }
    }
  }
  const findings = [
    ...set.findings.filter((f) => f.severity === "error"),
    ...checkFrozen({
      dir: shownDir,
      lockFile: shownLock,
      frozen,
      frozenText: (path) => frozenTexts.get(path),
      staged,
      set,
      baseLock,
      stagedLock,
    }),
  ];
  const result: GuardDatabase = { name: spec.name, dir: shownDir, findings };
  if (findings.some((f) => f.severity === "error")) return result;

  const entries: LockEntry[] = [];
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  for (const m of set.migrations) {
    for (const display of m.files) {
      const f = byDisplay.get(display);
      if (f?.text !== undefined) entries.push({ version: m.version, path: f.rel, hash: hashText(f.text) });
    }
  }
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
