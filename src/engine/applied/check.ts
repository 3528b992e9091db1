import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { GitRepo } from "../../adapters/git.js";
import {
  chooseEngine,
  type EngineChoice,
  type EngineInfo,
  resolveEngine,
} from "../../adapters/sqlite/engine.js";
import { codeSpan } from "../../core/code-span.js";
import { isCommitId } from "../../core/commit-id.js";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import { hashText, LOCK_FILE, parseLockFile } from "../../core/lock/lock-file.js";
import type { MigrationSet, SourceFile } from "../../core/migration.js";
import { type DatabaseReport, type ReplayReport, reportOk } from "../../core/report.js";
import { diffSchemas } from "../../core/schema/index.js";
import { setAsideOnBranch } from "../known/check-set-aside.js";
import { knownPlace } from "../known/known-file.js";
import { applyRules, prewarmReplay, replayDatabase } from "../replay/replay.js";
import type { DownMode } from "../replay/replay-set.js";
import { CONFIG_FILE } from "../workspace/config.js";
import { readDatabase } from "../workspace/database-tree.js";
import {
  configPath,
  type DatabaseRequest,
  type DatabaseSpec,
  resolveDatabases,
  shownPath,
} from "../workspace/databases.js";
import { submoduleNotes } from "../workspace/git-files.js";
import { type Applied, appliedAt, frozenFindings, lockEntries, lockPathOf, lockTextAt } from "./applied.js";
import { type Base, baseNotFound, findBase, namedBaseRef } from "./guard.js";
import { staleness } from "./lock.js";

export interface CheckRequest extends DatabaseRequest {
  base?: string;
  down?: DownMode;
  /**
   * Where a `functions` module is imported from: the working tree (the CLI), or the base commit only, so a
   * pull request cannot run code of its own in the Action.
   */
  functionsFrom?: "worktree" | "base";
  /** Seconds each statement may run (--timeout); else the database's or the config's `timeout`. */
  timeout?: number;
  /** See ReplayRequest: the verified-prefix cache's directory, or `false` for none. */
  cache?: string | false;
  /** The SQLite engine (--engine); else the config's `engine`; else native where the runtime has it. */
  engine?: EngineChoice;
}

export interface CheckOutcome {
  report: ReplayReport;
  base: Base;
  /** The commit the branch left the base at, when it could be found (overlap needs it). */
  mergeBase?: string;
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
  const { specs, notes, config } = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? config?.config.engine);
  prewarmReplay(engine);
  let ranOn: EngineInfo | undefined;
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
  const diffFrom = (await repo.isAncestor(base.ref, "HEAD")) ? "base" : "fork";
  if (diffFrom === "fork" && mergeBase) {
    notes.push(
      `HEAD does not contain ${base.ref} yet: the schema diff is what this branch changes since it left ${base.ref}`,
    );
  }
  // The small files every database reads at HEAD and at the base, in one git process instead of one each.
  const knownPath = repo.pathOf(knownPlace(config?.root ?? req.cwd, req.cwd, config?.top).path);
  repo.prefetch(
    [...new Set(["HEAD", base.ref, base.frozenRef])].flatMap((ref) => [
      ...specs.map((spec) => ({ ref, path: lockPathOf(repo.pathOf(spec.dir)) })),
      { ref, path: knownPath },
      { ref, path: repo.pathOf(resolve(req.cwd, req.configPath ?? CONFIG_FILE)) },
    ]),
  );
  const databases: DatabaseReport[] = [];
  const unchanged: Set<string>[] = [];
  const changed: string[] = [];
  // The base's copies of `functions` modules: removed however the check ends.
  const copies: string[] = [];
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
  notes.push(...submoduleNotes(req.cwd, repo));
  const known = knownPlace(config?.root ?? req.cwd, req.cwd, config?.top);
  notes.push(...(await setAsideOnBranch(repo, base.ref, known, databases, unchanged)));
  const report: ReplayReport = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? (await resolveEngine(engine)),
    databases,
  };
  return { report, base, mergeBase, cwdInRepo: repo.pathOf(req.cwd), changed, notes };
}

/**
 * Where the branch left the base. For a pull request's merge commit (or a merge queue's), whose first parent
 * is the base, that is where the pull request's own head left it, not the merge itself.
 */
async function forkPoint(repo: GitRepo, base: string): Promise<string | undefined> {
  const [first, second] = await repo.parents("HEAD");
  if (second && first === (await repo.commitOf(base))) return repo.mergeBase(second, base);
  return repo.mergeBase("HEAD", base);
}

async function requireBase(repo: GitRepo, explicit?: string, configured?: string): Promise<Base> {
  const named = explicit ?? configured;
  if (named && !(await namedBaseRef(repo, named)) && repo.isShallow()) {
    // A commit id (what the Action gets from the event) is fetched as itself; a branch into its remote ref,
    // which findBase then takes for it.
    const branch = named.replace(/^origin\//, "");
    const fetched = isCommitId(named)
      ? repo.fetch(["--depth=1", "origin", named])
      : repo.fetch(["--depth=1", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    if (!fetched)
      throw new LockstepError(
        "usage",
        `${baseNotFound(named)}, and fetching it from origin failed (no remote origin, or no ${isCommitId(named) ? "such commit" : `branch ${branch}`} there); check the name (git fetch origin ${isCommitId(named) ? named : branch} shows git's own error), check out with fetch-depth: 0 in actions/checkout, or name another base with --base`,
      );
  }
  const base = await findBase(repo, explicit, configured);
  if (base) return base;
  throw new LockstepError(
    "usage",
    "no base to check against (none of origin/HEAD, origin/main, origin/master, main, master exists); pass --base REF, and in GitHub Actions check out with fetch-depth: 0 in actions/checkout",
  );
}

async function checkDatabase(
  repo: GitRepo,
  spec: DatabaseSpec,
  base: Base,
  mergeBase: string | undefined,
  diffFrom: "base" | "fork",
  req: CheckRequest,
  rules: Parameters<typeof applyRules>[1],
): Promise<{
  report: DatabaseReport;
  changed: string[];
  unchanged: Set<string>;
  engine: EngineInfo;
  notes: string[];
}> {
  const cwd = req.cwd;
  const dir = repo.pathOf(spec.dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const at = (ref: string) => readDatabase(spec, cwd, { at: "git", repo, ref });
  const headRead = await at("HEAD");
  const { files: headFiles, set: headSet } = headRead;
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const headLock = headLockText === undefined ? undefined : parseLockFile(headLockText).lock;
  const applied = await appliedAt(repo, base.frozenRef, spec, cwd);
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  // The directory where the branch left the base: what the branch has had, overlap's reference, the diff's.
  const forkRead = mergeBase ? await at(mergeBase) : undefined;
  const forkFiles = forkRead?.files;
  const known = new Set([
    ...(forkFiles ?? []).map((f) => f.rel),
    ...(headLock?.entries ?? []).map((e) => e.path),
  ]);

  const baseRead = await at(base.ref);
  const findings: Finding[] = [
    ...(await frozenFindings({
      known,
      repo,
      appliedRef: base.frozenRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files: headFiles,
      set: headSet,
      lock: headLock,
      appliedSet: baseRead.set,
    })),
    ...staleness(
      shownLock,
      { entries: lockEntries(headSet, headFiles), amendments: [] },
      headLockText,
      undefined,
      applied.entries,
      changedApplied(applied, headFiles, known),
    ),
    ...amendedWarnings(applied, headLock, headFiles),
  ];

  const { timeout, engine, cache } = req;
  const head = await replayDatabase(
    headRead,
    { cwd, down: req.down ?? "all", timeout, engine, cache },
    rules,
    appliedVersions,
  );
  const baseReplay = await replayDatabase(baseRead, { cwd, down: "none", timeout, engine, cache });
  if (forkRead) findings.push(...overlaps(forkRead.set, head, baseReplay, appliedVersions));

  const report = head.report;
  const appliedPaths = new Set(
    applied.entries.map((e) => `${shownDir === "." ? "" : `${shownDir}/`}${e.path}`),
  );
  for (const m of report.migrations) m.origin = m.files.every((f) => appliedPaths.has(f)) ? "base" : "new";
  report.findings = applyRules([...report.findings, ...findings], rules);
  // The base's final schema when HEAD contains the base (a merge, or a rebased branch); otherwise the
  // base's newer migrations would show as removed: then what the branch changes since it left the base.
  const from =
    diffFrom === "base" || !forkRead
      ? baseReplay
      : await replayDatabase(forkRead, { cwd, down: "none", timeout, engine, cache });
  // A replay stopped by its time budget has no final schema to compare.
  if (!head.timedOut && !from.timedOut) report.diff = diffSchemas(from.schema, head.schema);
  // The files the base has as they are: their replay findings are the base history's, not this branch's.
  const appliedHashes = new Map(applied.entries.map((e) => [e.path, e.hash]));
  const unchanged = new Set(
    headFiles
      .filter((f) => f.text !== undefined && appliedHashes.get(f.rel) === hashText(f.text))
      .map((f) => f.display),
  );
  const changed = changedFiles(forkFiles ?? baseRead.files, headFiles);
  return { report, changed, unchanged, engine: head.engine, notes: headSet.notes ?? [] };
}

/**
 * Applied files HEAD has renamed, deleted or edited, and the new names of renamed ones: the guard's rules
 * report them and say what to do, so their lock lines are not reported stale as well (one fix, said once).
 */
function changedApplied(applied: Applied, headFiles: SourceFile[], known: ReadonlySet<string>): Set<string> {
  const head = new Map(headFiles.map((f) => [f.rel, f.text === undefined ? undefined : hashText(f.text)]));
  // Only what the branch has had: a file the base gained after the branch left it is not merged yet.
  const had = applied.entries.filter((e) => known.has(e.path));
  const gone = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.hash));
  const appliedPaths = new Set(applied.entries.map((e) => e.path));
  const out = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.path));
  for (const [rel, hash] of head) if (hash && gone.has(hash) && !appliedPaths.has(rel)) out.add(rel);
  // Edited in place: locked-modified says to put the change in a new migration, not to re-lock it.
  for (const e of had) if (head.has(e.path) && head.get(e.path) !== e.hash) out.add(e.path);
  return out;
}

function changedFiles(before: SourceFile[], after: SourceFile[]): string[] {
  const old = new Map(before.map((f) => [f.rel, f.text]));
  const now = new Set(after.map((f) => f.rel));
  return [
    ...after.filter((f) => !old.has(f.rel) || old.get(f.rel) !== f.text).map((f) => f.display),
    ...before.filter((f) => !now.has(f.rel)).map((f) => f.display),
  ];
}

/**
 * In the Action the `functions` module comes from the base commit, reviewed and merged, never from the pull
 * request; and only when the base's own config names that module for that database, or a pull request could
 * point `functions` at any script committed on the base (a release script) and have it imported.
 */
async function trustedSpec(
  repo: GitRepo,
  spec: DatabaseSpec,
  base: Base,
  req: CheckRequest,
  notes: string[],
  copies: string[],
): Promise<DatabaseSpec> {
  const module = spec.config.functions;
  if (!module || req.functionsFrom !== "base") return spec;
  const path = repo.pathOf(configPath(spec, "functions", module));
  const unloaded = { ...spec, config: { ...spec.config, functions: undefined } };
  const effect = "migrations calling its functions fail with no such function";
  const named = await baseFunctions(repo, base.ref, req, spec.name);
  if (named !== path) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} was not loaded: the config on ${base.ref} does not name it for this database${named ? ` (it names ${named})` : ""}, and a pull request cannot choose what code runs here; ${effect} until a config naming it is merged`,
    );
    return unloaded;
  }
  const text = await repo.show(base.ref, path);
  if (text === undefined) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} is not on ${base.ref}, so it was not loaded (a pull request's own code never runs here); ${effect} until it is merged`,
    );
    return unloaded;
  }
  const folder = mkdtempSync(join(tmpdir(), "lockstep-functions-"));
  copies.push(folder);
  const copy = join(folder, `${basename(module).replace(/\.[cm]?[jt]s$/, "")}.mjs`);
  writeFileSync(copy, text);
  notes.push(`database "${spec.name}": the "functions" module ${path} was loaded as it is on ${base.ref}`);
  return { ...spec, functionsCopy: copy };
}

/**
 * The `functions` module the base's own config (the same file, at the base commit) names for a database, as
 * a repository path. Read leniently: only the database's name and its `functions` matter here.
 */
async function baseFunctions(
  repo: GitRepo,
  ref: string,
  req: CheckRequest,
  name: string,
): Promise<string | undefined> {
  const file = resolve(req.cwd, req.configPath ?? CONFIG_FILE);
  const text = await repo.show(ref, repo.pathOf(file));
  let parsed: unknown;
  try {
    parsed = JSON.parse((text ?? "").replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  const databases = (parsed as { databases?: unknown } | null)?.databases;
  if (!Array.isArray(databases)) return undefined;
  const db = databases.find((d) => (d as { name?: unknown } | null)?.name === name) as
    | { functions?: unknown }
    | undefined;
  if (typeof db?.functions !== "string" || db.functions === "") return undefined;
  return repo.pathOf(resolve(dirname(file), db.functions));
}

/** A deliberate edit recorded with `lock --amend`: allowed, but said out loud with its reason. */
function amendedWarnings(
  applied: Applied,
  lock: ReturnType<typeof parseLockFile>["lock"] | undefined,
  files: { rel: string; text?: string; display: string }[],
): Finding[] {
  const reasons = new Map((lock?.amendments ?? []).map((a) => [a.version, a.reason]));
  const out: Finding[] = [];
  for (const entry of applied.entries) {
    const reason = reasons.get(entry.version);
    const file = files.find((f) => f.rel === entry.path);
    if (reason === undefined || file?.text === undefined || hashText(file.text) === entry.hash) continue;
    out.push(
      finding(
        "locked-amended",
        `${file.display} is applied and was edited, amended with the reason "${reason}"; make sure the edit changes nothing a database that already ran it would need`,
        {
          file: file.display,
          version: entry.version,
        },
      ),
    );
  }
  return out;
}

/** New migrations and migrations the base gained since the branch point that change the same tables. */
function overlaps(
  atFork: MigrationSet,
  head: Awaited<ReturnType<typeof replayDatabase>>,
  base: Awaited<ReturnType<typeof replayDatabase>>,
  appliedVersions: Set<string>,
): Finding[] {
  const forkVersions = new Set(atFork.migrations.map((m) => m.version));
  const gained = base.report.migrations.filter((m) => !forkVersions.has(m.version));
  const ours = head.report.migrations.filter((m) => !appliedVersions.has(m.version));
  const out: Finding[] = [];
  for (const mine of ours) {
    const mineTables = new Set(head.touched.get(mine.version) ?? []);
    for (const theirs of gained) {
      const shared = (base.touched.get(theirs.version) ?? []).filter((t) => mineTables.has(t));
      if (shared.length === 0) continue;
      out.push(
        finding(
          "overlap",
          `${mine.files[0]} (new here) and ${theirs.files[0]} (added on the base since this branch left it) both change ${shared.map((t) => codeSpan(t)).join(", ")}; they replay cleanly in this order, but review them together: each was written without the other`,
          { file: mine.files[0], version: mine.version },
        ),
      );
    }
  }
  return out;
}
