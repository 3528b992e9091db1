import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runRenumber } from "../engine/authoring/authoring.js";
import type { Io } from "./io.js";

/** `lockstep renumber`: prints each move `old -> new`; `--dry-run` only prints them. */
export async function renumberCommand(
  io: Io,
  args: { base?: string; dryRun: boolean; db?: string; config?: string },
): Promise<number> {
  const result = await runRenumber({
    cwd: io.cwd,
    base: args.base,
    dryRun: args.dryRun,
    db: args.db,
    configPath: args.config,
  });
  for (const note of result.notes) io.err(`lockstep: ${shown(note)}\n`);
  const against = result.base
    ? `applied means in ${result.base.frozenRef === "HEAD" ? "HEAD" : shown(result.base.ref)} (${result.base.how})`
    : "no base branch found: applied means committed in HEAD";
  let problems = 0;
  for (const db of result.databases) {
    for (const move of db.moves) io.out(`${shown(move.from)} -> ${shown(move.to)}\n`);
    for (const r of db.rewrites ?? [])
      io.out(`${shown(r.file)}:${r.line}: down_revision ${shown(r.from)} -> ${shown(r.to)}\n`);
    if (db.rewrites?.length === 0) {
      io.out(`${shown(db.dir)}: nothing to renumber: every new revision follows the base's head\n`);
    } else if (db.rewrites) {
      const count = `${db.migrations} revision${db.migrations === 1 ? "" : "s"}`;
      io.err(
        `lockstep: ${shown(db.dir)}/: ${args.dryRun ? `dry run: would point the down_revision of ${count} at the base's head, rewrote nothing` : `pointed the down_revision of ${count} at the base's head`}; ${against}\n`,
      );
      if (db.lockFile)
        io.err(`lockstep: wrote ${shown(db.lockFile)}${db.lockStaged ? " and staged it" : ""}\n`);
    } else if (db.moves.length === 0) {
      const after = db.newestApplied
        ? ` or sorts at or before ${shown(db.newestApplied)}, the newest applied`
        : "";
      io.out(`${shown(db.dir)}: nothing to renumber: no new migration has a taken version${after}\n`);
    } else {
      const count = `${db.migrations} migration${db.migrations === 1 ? "" : "s"}`;
      const did = args.dryRun ? `dry run: would move ${count}, renamed nothing` : `moved ${count}`;
      io.err(`lockstep: ${shown(db.dir)}/: ${did}; ${against}\n`);
      if (db.lockFile)
        io.err(`lockstep: wrote ${shown(db.lockFile)}${db.lockStaged ? " and staged it" : ""}\n`);
    }
    for (const version of db.appliedDuplicates) {
      problems++;
      io.err(
        `lockstep: ${shown(db.dir)}/: version ${shown(version)} is claimed by more than one applied migration; renumber only moves new ones, so fix this where it was merged\n`,
      );
    }
  }
  return problems > 0 ? 1 : 0;
}
