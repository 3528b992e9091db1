import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/adapters/cache-location.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
function cacheLocation(choice, cwd, top, env = process.env) {
  if (choice === false) return void 0;
  if (choice !== void 0) return resolve(cwd, choice);
  if (existsSync(join(top, "node_modules"))) return join(top, "node_modules", ".cache", "lockstep");
  return userCache(env);
}
function userCache(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "lockstep");
  return join(homedir(), ".cache", "lockstep");
}

export {
  cacheLocation,
  userCache
};
