#!/usr/bin/env node
import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/process-OSCB4AC2.js");
