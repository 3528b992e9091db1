import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { writeFileAtomic } from "../../adapters/atomic-write.js";
import type { GitRepo } from "../../adapters/git.js";
import { readLockText } from "../../adapters/lock-store.js";
import { LockstepError } from "../../core/errors.js";
import { LOCK_FILE } from "../../core/lock/lock-file.js";
import type { MigrationSet } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { refreshLock } from "../applied/lock.js";
import { readDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, shownPath } from "../workspace/databases.js";

/** What renumber reports of a graph tool's database (the shape of renumber's RenumberDatabase). */
export interface RepointedDatabase {
  name: string;
  dir: string;
  moves: never[];
  migrations: number;
  appliedDuplicates: never[];
  rewrites: { file: string; line: number; from: string; to: string }[];
  lockFile?: string;
  lockStaged?: boolean;
}

/**
 * `renumber` for a tool ordered by a graph (Alembic): nothing is renamed; each new migration that follows an
 * applied one the base has already followed gets the base's head as its parent, one line of its file.
 */
export async function repointSet(
  repo: GitRepo,
  spec: DatabaseSpec,
  set: MigrationSet,
  frozenRef: string | undefined,
  req: { cwd: string; dryRun: boolean },
): Promise<RepointedDatabase> {
  const repoint = toolOf(set.layout).authoring.repoint;
  if (!repoint) throw new Error(`${set.layout} has no repoint`);
  const applied = frozenRef
    ? (await readDatabase(spec, req.cwd, { at: "git", repo, ref: frozenRef })).set
    : undefined;
  const plan = repoint.plan(set, applied);
  const dir = shownPath(req.cwd, spec.dir);
  if (plan.refused) throw new LockstepError("usage", `${dir}/: ${plan.refused}`);
  const edits = plan.rewrites.map((r) => {
    const abs = resolve(req.cwd, r.file);
    const edited = repoint.text(readFileSync(abs, "utf8"), r.from, r.to);
    if (!edited)
      throw new LockstepError(
        "usage",
        `${r.file}: its down_revision is not one quoted id lockstep can rewrite; set it to "${r.to}" by hand, then run lockstep lock`,
      );
    return { ...r, abs, ...edited };
  });
  const out: RepointedDatabase = {
    name: spec.name,
    dir,
    moves: [],
    migrations: edits.length,
    appliedDuplicates: [],
    rewrites: edits.map(({ file, line, from, to }) => ({ file, line, from, to })),
  };
  if (req.dryRun || edits.length === 0) return out;
  const rel = (abs: string) => repo.pathOf(abs);
  const tracked = repo.trackedPaths(edits.map((e) => rel(e.abs)));
  for (const e of edits) writeFileAtomic(e.abs, e.text);
  const staged = edits.filter((e) => tracked.has(rel(e.abs))).map((e) => rel(e.abs));
  if (staged.length > 0) await repo.add(staged);
  if (readLockText(spec.dir, shownPath(req.cwd, resolve(spec.dir, LOCK_FILE))) !== undefined) {
    out.lockFile = await refreshLock(spec, req.cwd);
    const lockPath = rel(resolve(spec.dir, LOCK_FILE));
    if (staged.length > 0 && repo.trackedPaths([lockPath]).size > 0) {
      await repo.add([lockPath]);
      out.lockStaged = true;
    }
  }
  return out;
}
