import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runNew } from "../engine/authoring/authoring.js";
import type { Io } from "./io.js";

/** `lockstep new NAME`: stdout is the created paths, one per line, and nothing else. */
export async function newCommand(
  io: Io,
  args: { name: string; db?: string; config?: string },
): Promise<number> {
  const result = await runNew({ cwd: io.cwd, name: args.name, db: args.db, configPath: args.config });
  for (const note of result.notes) io.err(`lockstep: ${shown(note)}\n`);
  for (const path of result.created) io.out(`${shown(path)}\n`);
  if (result.lockFile) io.err(`lockstep: updated ${shown(result.lockFile)}\n`);
  return 0;
}
