import { LockstepError } from "../core/errors.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runNew } from "../engine/authoring/authoring.js";
import type { Io } from "./io.js";

/** `lockstep new NAME`: stdout is the created paths, one per line, and nothing else. */
export async function newCommand(
  io: Io,
  args: { name: string; db?: string; config?: string; from?: string; to?: string },
): Promise<number> {
  const { from, to } = args;
  if ((from === undefined) !== (to === undefined))
    throw new LockstepError(
      "usage",
      `new: --${from === undefined ? "to" : "from"} needs --${from === undefined ? "from" : "to"}: name both database files, --from A.db (the schema now) and --to B.db (the schema wanted)`,
    );
  const schemas = from !== undefined && to !== undefined ? { from, to } : undefined;
  const result = await runNew({
    cwd: io.cwd,
    name: args.name,
    db: args.db,
    configPath: args.config,
    schemas,
  });
  if (result.equal) {
    io.err("lockstep: nothing to write: the schemas are equal\n");
    return 1;
  }
  for (const note of result.notes) io.err(`lockstep: ${shown(note)}\n`);
  for (const path of result.created) io.out(`${shown(path)}\n`);
  if (result.lockFile) io.err(`lockstep: updated ${shown(result.lockFile)}\n`);
  return 0;
}
