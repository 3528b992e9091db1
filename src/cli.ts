#!/usr/bin/env node
import module from "node:module";

// Node 22.1 and later keep the compiled bundle between runs: the hooks start lockstep on every commit, and
// compiling it was about a fifth of the guard's time. Node 20 has no compile cache and runs without one.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import("./cli/process.js");
