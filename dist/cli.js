#!/usr/bin/env node
import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  userCache
} from "./chunks/chunk-G2C637I4.js";
import "./chunks/chunk-CVUXP45T.js";

// src/cli.ts
import module from "node:module";
import { join } from "node:path";
module.enableCompileCache?.(
  join(userCache(), "compile")
);
await import("./chunks/process-NGPESYUN.js");
