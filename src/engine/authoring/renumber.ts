import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { GitRepo } from "../../adapters/git.js";
import { readLockText } from "../../adapters/lock-store.js";
import { LockstepError } from "../../core/errors.js";
import { renumberedName } from "../../core/layouts/naming.js";
import { type PlannedMove, planRenumber } from "../../core/layouts/renumber-plan.js";
import { baseName, dirName } from "../../core/layouts/source.js";
import { LOCK_FILE, type LockEntry } from "../../core/lock/lock-file.js";
import type { Migration, MigrationSet, SourceFile } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { appliedAt } from "../applied/applied.js";
import { type Base, findBase } from "../applied/guard.js";
import { refreshLock } from "../applied/lock.js";
import { readDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, resolveDatabases, shownPath } from "../workspace/databases.js";
import { submoduleNotes } from "../workspace/git-files.js";
import { repointSet } from "./renumber-graph.js";

export interface RenumberRequest {
  cwd: string;
  base?: string;
  dryRun: boolean;
  db?: string;
  configPath?: string;
  /** The clock, for timestamp versions. */
  now?: Date;
}

/** One rename as shown: a file, or a migration's folder. */
export interface Move {
  from: string;
  to: string;
}

export interface RenumberDatabase {
  name: string;
  dir: string;
  moves: Move[];
  /** How many migrations move (a move of up + down is one). */
  migrations: number;
  /** Display path of the newest applied migration's first file. */
  newestApplied?: string;
  /** Versions two applied migrations share: renumber cannot fix them (they are applied). */
  appliedDuplicates: string[];
  /** Display path of the lock file, when rewritten; `staged` when it was also added to the index. */
  lockFile?: string;
  lockStaged?: boolean;
  /** A graph tool's parents rewritten instead of moves (Alembic's down_revision), one line each. */
  rewrites?: { file: string; line: number; from: string; to: string }[];
}

export interface RenumberResult {
  base?: Base;
  databases: RenumberDatabase[];
  notes: string[];
}

/** `lockstep renumber`: new migrations that clash with applied (or earlier new) ones move to the end. */
export async function runRenumber(req: RenumberRequest): Promise<RenumberResult> {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases({
    cwd: req.cwd,
    db: req.db,
    configPath: req.configPath,
  });
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  const frozenRef = base?.frozenRef ?? ((await repo.commitOf("HEAD")) ? "HEAD" : undefined);
  const result: RenumberResult = { base, databases: [], notes };
  const submodules = new Set<string>();
  for (const spec of specs) result.databases.push(await renumberSet(repo, spec, frozenRef, req, submodules));
  notes.push(...submoduleNotes(req.cwd, repo, submodules));
  return result;
}

async function renumberSet(
  repo: GitRepo,
  spec: DatabaseSpec,
  frozenRef: string | undefined,
  req: RenumberRequest,
  submodules: Set<string>,
): Promise<RenumberDatabase> {
  const dir = repo.pathOf(spec.dir);
  const inRepo = (rel: string) => (dir === "" ? rel : `${dir}/${rel}`);
  const lockPath = inRepo(LOCK_FILE);
  const { files, set } = await readDatabase(spec, req.cwd, { at: "disk", submodules });
  if (toolOf(set.layout).authoring.repoint) return repointSet(repo, spec, set, frozenRef, req);
  const applied = await appliedAt(repo, frozenRef, spec, req.cwd);
  const frozen = new Set(applied.entries.map((e) => e.path));
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const plan = planRenumber(
    set.layout,
    set.migrations,
    (m) => m.files.some((display) => frozen.has(relOf.get(display) ?? "")),
    req.now ?? new Date(),
    gainedMigrations(applied.entries, files, (rel) => shownPath(req.cwd, join(spec.dir, rel))),
  );
  const out: RenumberDatabase = {
    name: spec.name,
    dir: shownPath(req.cwd, spec.dir),
    moves: [],
    migrations: plan.moves.length,
    newestApplied: plan.newestApplied?.files[0],
    appliedDuplicates: plan.appliedDuplicates,
  };
  if (plan.moves.length === 0) return out;
  const refused = toolOf(set.layout).authoring.refuse;
  if (refused) throw new LockstepError("usage", `${out.dir}/ ${refused.renumber}`);
  if (spec.config.order) {
    throw new LockstepError(
      "usage",
      `database "${spec.name}" takes its order from ${spec.config.order}, which renumber does not edit; rename the migrations and update that file by hand`,
    );
  }
  const renames = plan.moves.map((move) => renamesOf(move, set, files));
  const pairs = renames.flatMap((r) => r.files);
  const taken = new Set(files.map((f) => f.rel));
  for (const { to } of pairs) {
    if (taken.has(to) || existsSync(join(spec.dir, to)))
      throw new LockstepError(
        "io",
        `cannot renumber: ${shownPath(req.cwd, join(spec.dir, to))} already exists`,
      );
    taken.add(to);
  }
  const shown = (rel: string) => shownPath(req.cwd, join(spec.dir, rel));
  out.moves = renames.flatMap((r) => r.shown).map(({ from, to }) => ({ from: shown(from), to: shown(to) }));
  // Read before anything moves: a lock file that is a directory or a FIFO stops the run here, not half-way.
  const hasLock = readLockText(spec.dir, shownPath(req.cwd, join(spec.dir, LOCK_FILE))) !== undefined;
  if (req.dryRun) return out;

  const tracked = repo.trackedPaths(pairs.map((p) => inRepo(p.from)));
  for (const { from, to } of pairs) {
    mkdirSync(dirname(join(spec.dir, to)), { recursive: true });
    if (tracked.has(inRepo(from))) repo.move(inRepo(from), inRepo(to));
    else renameSync(join(spec.dir, from), join(spec.dir, to));
  }
  // A migration folder left empty by the moves goes too.
  for (const folder of new Set(pairs.map((p) => dirName(p.from)).filter((f) => f !== ""))) {
    const abs = join(spec.dir, folder);
    if (existsSync(abs) && readdirSync(abs).length === 0) rmdirSync(abs);
  }
  if (hasLock) {
    out.lockFile = await refreshLock(spec, req.cwd);
    // git mv staged the renames; the lock file that goes with them is staged too (it ends a merge conflict on it).
    if (tracked.size > 0 && repo.trackedPaths([lockPath]).size > 0) {
      await repo.add([lockPath]);
      out.lockStaged = true;
    }
  }
  return out;
}

/** Applied migrations the working tree does not have (the base gained them), one per version. */
function gainedMigrations(
  entries: LockEntry[],
  files: SourceFile[],
  shown: (rel: string) => string,
): Migration[] {
  const here = new Set(files.map((f) => f.rel));
  const byVersion = new Map<string, Migration>();
  for (const e of entries) {
    if (here.has(e.path)) continue;
    const m = byVersion.get(e.version) ?? { version: e.version, name: "", files: [] };
    m.files.push(shown(e.path));
    byVersion.set(e.version, m);
  }
  return [...byVersion.values()];
}

/** The file renames of one move (every file of a migration's folder), and what to show for it. */
function renamesOf(
  { migration, next }: PlannedMove,
  set: MigrationSet,
  files: SourceFile[],
): { files: Move[]; shown: Move[] } {
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const rels = migration.files.map((display) => relOf.get(display) ?? display);
  const { authoring } = toolOf(set.layout);
  if (authoring.folder) {
    const folder = dirName(rels[0] ?? "");
    const renamed = authoring.folder.rename(baseName(folder), migration.version, next);
    const target = dirName(folder) === "" ? renamed : `${dirName(folder)}/${renamed}`;
    const inside = files.filter((f) => f.rel.startsWith(`${folder}/`));
    return {
      files: inside.map((f) => ({ from: f.rel, to: `${target}${f.rel.slice(folder.length)}` })),
      shown: [{ from: folder, to: target }],
    };
  }
  // Files the tool keeps beside a script (settings) follow it.
  const withConf = rels.flatMap((rel) => {
    const companions = authoring.companions?.(rel) ?? [];
    return [rel, ...files.filter((f) => companions.includes(f.rel)).map((f) => f.rel)];
  });
  const moves = withConf.map((rel) => {
    const folder = dirName(rel);
    const name = renumberedName(baseName(rel), migration.version, next);
    return { from: rel, to: folder === "" ? name : `${folder}/${name}` };
  });
  return { files: moves, shown: moves };
}
