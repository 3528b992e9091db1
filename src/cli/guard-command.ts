import { renderFindingText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runGuard } from "../engine/applied/guard.js";
import type { Io } from "./io.js";

const APPLIED_RULES = new Set<string>([
  "locked-modified",
  "locked-deleted",
  "locked-renamed",
  "lockfile-tampered",
  "out-of-order",
]);

/** The pre-commit hook: quiet when the commit touches no migration, one clear verdict when it does. */
export async function guardCommand(
  io: Io,
  args: { base?: string; config?: string; db?: string },
): Promise<number> {
  if (io.env.LOCKSTEP_SKIP === "1") {
    io.err("lockstep: LOCKSTEP_SKIP=1, guard skipped (CI still checks)\n");
    return 0;
  }
  const result = await runGuard({
    cwd: io.cwd,
    env: io.env,
    base: args.base,
    configPath: args.config,
    db: args.db,
  });
  let errors = 0;
  let aboutApplied = true;
  // Quiet when the commit touches no migration: notes only come with a verdict.
  if (result.databases.length > 0) for (const note of result.notes) io.err(`lockstep: ${shown(note)}\n`);
  for (const db of result.databases) {
    for (const f of db.findings) io.err(`${renderFindingText(f, io.style)}\n`);
    const refused = db.findings.filter((f) => f.severity === "error");
    errors += refused.length;
    // "applied" only where every refusal is about what databases already ran; a bad new file is not.
    aboutApplied &&= refused.every((f) => APPLIED_RULES.has(f.rule));
    if (db.lockStaged) io.err(`lockstep: updated and staged ${shown(db.lockStaged)}\n`);
  }
  if (errors > 0) {
    const against = result.base
      ? `applied means in ${result.base.frozenRef === "HEAD" ? "HEAD" : shown(result.base.ref)} (${result.base.how})`
      : "applied means committed in HEAD (no base branch found)";
    io.err(
      `lockstep: commit refused, ${errors} problem${errors === 1 ? "" : "s"} ${aboutApplied ? "with applied migrations" : "in the staged migrations"}; ${against}. LOCKSTEP_SKIP=1 or git commit --no-verify skips this check; CI still runs it.\n`,
    );
    return 1;
  }
  return 0;
}
