import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOCK_FILE } from "../core/lock/lock-file.js";

/** The lock file's text in a migration directory, or undefined when there is none. */
export function readLockText(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, LOCK_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export function writeLockText(dir: string, text: string): void {
  writeFileSync(join(dir, LOCK_FILE), text);
}
