import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { loadBlobHashes } from "../../adapters/blob-hash-cache.js";
import { GitRepo } from "../../adapters/git.js";
import { type EngineInfo, type EngineName, resolveEngine } from "../../adapters/sqlite/engine.js";
import { type DatabaseReport, type ReplayReport, reportOk } from "../../core/report.js";
import { setAsideOnBranch } from "../known/check-set-aside.js";
import { knownPlace } from "../known/known-file.js";
import { prewarmReplay } from "../replay/replay.js";
import { CONFIG_FILE } from "../workspace/config.js";
import { resolveDatabases } from "../workspace/databases.js";
import { submoduleNotes } from "../workspace/git-files.js";
import { lockPathOf } from "./applied.js";
import { forkPoint, requireBase } from "./check-base.js";
import { type CheckRequest, checkDatabase } from "./check-database.js";
import { trustedSpec } from "./check-trust.js";
import { type Base, resolveBaseRefs } from "./guard.js";

export type { CheckRequest };

export interface CheckOutcome {
  report: ReplayReport;
  base: Base;
  /** The commit the branch left the base at, when it could be found (overlap needs it). */
  mergeBase?: string;
  /** The base's commit. */
  baseSha?: string;
  /** The working directory's path in the repository ("" at its top): findings' files are relative to it. */
  cwdInRepo: string;
  /** Migration-directory files added, changed or removed since the branch left the base (shown paths). */
  changed: string[];
  notes: string[];
}

/**
 * `lockstep check`: HEAD's committed migrations against the base: the guard's rules, the lock file, a replay
 * of HEAD (and of the base, for the schema diff), and migrations on both sides since the branch point that
 * change the same tables. In a merge queue HEAD is the merge of the PR onto the latest base, so the PR's
 * migrations are checked on top of everything merged before it.
 */
export async function runCheck(req: CheckRequest): Promise<CheckOutcome> {
  const repo = await GitRepo.open(req.cwd);
  let engine: EngineName = "wasm";
  // The replay's process starts while the tree is searched and read.
  const read = new Map<string, Uint8Array>();
  const { specs, notes, config } = await resolveDatabases(
    req,
    async (loaded) => {
      engine = await prewarmReplay(req, loaded);
    },
    read,
  );
  // What the search read from the work tree is, where HEAD has the same bytes, not read from git again.
  repo.offerWorkingFiles(read);
  let ranOn: EngineInfo | undefined;
  resolveBaseRefs(repo, req.base ?? config?.config.baseBranch);
  const base = await requireBase(repo, req.base, config?.config.baseBranch);
  let mergeBase = await forkPoint(repo, base.ref);
  if (!mergeBase && repo.isShallow()) {
    // A shallow clone may stop short of the branch point: deepen it once rather than fetch everything.
    repo.fetch(["--deepen=200", "origin"]);
    mergeBase = await forkPoint(repo, base.ref);
  }
  if (!mergeBase)
    notes.push(
      `no common ancestor of HEAD and ${base.ref} in this clone: overlap was not checked (fetch more history, or use fetch-depth: 0 in actions/checkout)`,
    );
  // The base is where the branch left it, or an ancestor of HEAD some other way.
  const contains =
    (mergeBase !== undefined && mergeBase === (await repo.commitOf(base.ref))) ||
    (await repo.isAncestor(base.ref, "HEAD"));
  const diffFrom = contains ? "base" : "fork";
  if (diffFrom === "fork" && mergeBase) {
    notes.push(
      `HEAD does not contain ${base.ref} yet: the schema diff is what this branch changes since it left ${base.ref}`,
    );
  }
  // The small files every database reads at HEAD and at the base, and the directories' trees, in one git
  // process instead of one each.
  const knownPath = repo.pathOf(knownPlace(config?.root ?? req.cwd, req.cwd, config?.top).path);
  repo.prefetch(
    [...new Set(["HEAD", base.ref, base.frozenRef, ...(mergeBase ? [mergeBase] : [])])].flatMap((ref) => [
      ...specs.map((spec) => ({ ref, path: lockPathOf(repo.pathOf(spec.dir)) })),
      ...specs.map((spec) => ({ ref, path: repo.pathOf(spec.dir) })),
      { ref, path: knownPath },
      { ref, path: repo.pathOf(resolve(req.cwd, req.configPath ?? CONFIG_FILE)) },
    ]),
  );
  const databases: DatabaseReport[] = [];
  const unchanged: Set<string>[] = [];
  const changed: string[] = [];
  // The base's copies of `functions` modules: removed however the check ends.
  const copies: string[] = [];
  // Each file's lock hash from the git directory's cache where an earlier run computed it: read once for
  // every database, written once at the end.
  const hashes = loadBlobHashes(repo);
  try {
    for (const spec of specs) {
      const trusted = await trustedSpec(repo, spec, base, req, notes, copies);
      const checked = await checkDatabase(
        repo,
        trusted,
        base,
        mergeBase,
        diffFrom,
        { ...req, engine },
        config?.config.rules,
        hashes,
      );
      databases.push(checked.report);
      notes.push(...checked.notes);
      unchanged.push(checked.unchanged);
      ranOn ??= checked.engine;
      changed.push(...checked.changed);
    }
  } finally {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
  hashes.save();
  notes.push(...submoduleNotes(req.cwd, repo));
  const known = knownPlace(config?.root ?? req.cwd, req.cwd, config?.top);
  notes.push(...(await setAsideOnBranch(repo, base.ref, known, databases, unchanged)));
  const report: ReplayReport = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? (await resolveEngine(engine)),
    databases,
  };
  const baseSha = await repo.commitOf(base.ref);
  return { report, base, baseSha, mergeBase, cwdInRepo: repo.pathOf(req.cwd), changed, notes };
}
