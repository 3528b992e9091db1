import { readdirSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockstep } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

// Node 22.1 and later have a compile cache; Node 20 runs without one.
const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";

const migrations = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe("the compile cache", () => {
  it.runIf(hasCompileCache)(
    "is used by the thread a wasm replay runs on, not only by the command's own thread",
    () => {
      const cache = tempTree({});
      const r = lockstep(tempTree(migrations), ["replay", "migrations", "--engine", "wasm", "--no-cache"], {
        NO_COLOR: "1",
        XDG_CACHE_HOME: cache,
      });
      expect(r.code).toBe(0);
      const compile = join(cache, "lockstep", "compile");
      // The command's cache is compile/<node version and flags>/; the thread's sits inside it, as the
      // thread is told the command's directory.
      const [version] = readdirSync(compile);
      const thread = filesUnder(join(compile, version as string, version as string));
      expect(thread.length).toBeGreaterThan(0);
    },
  );
});
