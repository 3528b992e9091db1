import module from "node:module";

/**
 * The compile cache this process uses (see cli.ts), for the replay's process and thread too: compiling the
 * replay's bundle again in each of them is most of their start-up, which a replay waits for. A thread does
 * not share its process's cache (module.enableCompileCache is per thread); the variable in its environment
 * turns it on there.
 */
export function withCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dir = (module as { getCompileCacheDir?: () => string | undefined }).getCompileCacheDir?.();
  return dir ? { ...env, NODE_COMPILE_CACHE: dir } : env;
}
