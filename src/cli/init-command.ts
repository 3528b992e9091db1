import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runInit } from "../engine/workspace/init.js";
import type { Io } from "./io.js";

/** `lockstep init`: prints what it wrote and the next step; a second run says there is nothing to do. */
export async function initCommand(
  io: Io,
  args: { dir?: string; db?: string; vendor?: boolean },
): Promise<number> {
  const { done, next } = await runInit(io.cwd, { ...args, env: io.env });
  if (done.length === 0) {
    io.out("lockstep is already set up here: nothing to do\n");
    return 0;
  }
  for (const line of done) io.out(`${shown(line)}\n`);
  for (const line of next) io.out(`next: ${shown(line)}\n`);
  return 0;
}
