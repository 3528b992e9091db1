import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

/**
 * Where the verified-prefix cache lives: `--cache DIR`; none with `--no-cache`; else beside the project's
 * other tool caches (`node_modules/.cache/lockstep` at the repository's top, never a tracked path), else the
 * user's cache directory (`$XDG_CACHE_HOME/lockstep`, `~/.cache/lockstep`).
 */
export function cacheLocation(
  choice: string | false | undefined,
  cwd: string,
  top: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (choice === false) return undefined;
  if (choice !== undefined) return resolve(cwd, choice);
  if (existsSync(join(top, "node_modules"))) return join(top, "node_modules", ".cache", "lockstep");
  return userCache(env);
}

/** lockstep's directory in the user's cache (XDG_CACHE_HOME, else ~/.cache). */
export function userCache(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "lockstep");
  return join(homedir(), ".cache", "lockstep");
}
