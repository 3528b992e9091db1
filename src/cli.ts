#!/usr/bin/env node
import module from "node:module";
import { join } from "node:path";
import { userCache } from "./adapters/cache-location.js";

// Node 22.1 and later keep the compiled bundle between runs: the hooks start lockstep on every commit, and
// compiling it was about a fifth of the guard's time. Kept in lockstep's own cache directory, not the temp
// directory. Node 20 has no compile cache and runs without one.
(module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(
  join(userCache(), "compile"),
);
await import("./cli/process.js");
