import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LOCK_FILE
} from "./chunk-3DWMMBVY.js";

// src/adapters/lock-store.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function readLockText(dir) {
  try {
    return readFileSync(join(dir, LOCK_FILE), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function writeLockText(dir, text) {
  writeFileSync(join(dir, LOCK_FILE), text);
}

export {
  readLockText,
  writeLockText
};
