import { renderFindingText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runLock } from "../engine/applied/lock.js";
import type { Io } from "./io.js";

export async function lockCommand(
  io: Io,
  args: {
    dir?: string;
    check: boolean;
    amend?: { version: string; reason: string };
    config?: string;
    db?: string;
  },
): Promise<number> {
  const { results, notes } = await runLock({
    cwd: io.cwd,
    env: io.env,
    dir: args.dir,
    configPath: args.config,
    db: args.db,
    check: args.check,
    amend: args.amend,
  });
  for (const note of notes) io.err(`lockstep: ${shown(note)}\n`);
  let errors = 0;
  for (const r of results) {
    for (const file of r.skipped)
      io.err(`lockstep: ${shown(file)} cannot be read, so ${shown(r.file)} does not cover it\n`);
    if (r.status === "written") io.out(`wrote ${shown(r.file)}\n`);
    else if (r.status === "unchanged") io.out(`${shown(r.file)} is up to date\n`);
    else if (r.findings.length === 0) io.out(`${shown(r.file)} matches the migrations\n`);
    for (const f of r.findings) io.out(`${renderFindingText(f, io.style)}\n`);
    errors += r.findings.filter((f) => f.severity === "error").length;
  }
  return errors > 0 ? 1 : 0;
}
