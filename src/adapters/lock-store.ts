import { lstatSync } from "node:fs";
import { join } from "node:path";
import { LockstepError } from "../core/errors.js";
import { LOCK_FILE } from "../core/lock/lock-file.js";
import { removeStaleTemps, type WriteSteps, writeFileAtomic } from "./atomic-write.js";
import { kindOf, readRegularBytes } from "./regular-file.js";

/** A lock file this big is not one lockstep wrote (a million migrations make about 100 MiB). */
export const MAX_LOCK_BYTES = 256 * 1024 * 1024;

/** Why the path of a lock file cannot be read or written as one, or undefined when it is a file or absent. */
function notAFile(path: string, shown: string): LockstepError | undefined {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isFile()) return undefined;
  const kind = kindOf(info);
  const what = info.isDirectory()
    ? "remove or rename the directory"
    : `remove ${kind.replace(/^an? /, "the ")}`;
  return new LockstepError(
    "io",
    `${shown} is ${kind}, not a lock file; lockstep reads and writes ${LOCK_FILE} only as a regular file: ${what}, then run lockstep lock`,
  );
}

/**
 * The lock file's text in a migration directory, or undefined when there is none. Only a regular file is
 * read: a FIFO would block forever and a symlink could point anywhere, so both are refused with one line.
 */
export function readLockText(dir: string, shown: string): string | undefined {
  const path = join(dir, LOCK_FILE);
  // Not through a link: a lock file lockstep also writes must not lead elsewhere.
  const read = readRegularBytes(path, MAX_LOCK_BYTES, { noFollow: true });
  if (read.ok) return read.bytes.toString("utf8"); // invalid UTF-8 reads as U+FFFD: the parser reports its line
  if (read.why === "missing") return undefined;
  if (read.why === "not-file")
    throw notAFile(path, shown) ?? new LockstepError("io", `${shown} is not a regular file`);
  if (read.why === "too-big") {
    const size = read.size === undefined ? "over 256" : (read.size / 1024 / 1024).toFixed(0);
    throw new LockstepError(
      "io",
      `${shown} is ${size} MiB, far more than any lock file lockstep writes; delete it and run lockstep lock`,
    );
  }
  throw new LockstepError("io", `cannot read ${shown} (${read.code})`, { cause: read.cause });
}

/** Writes the lock file atomically (a temp file renamed over it): a failed write leaves the old one whole. */
export function writeLockText(
  dir: string,
  shown: string,
  text: string | Uint8Array,
  steps?: WriteSteps,
  /** `sweep: false`: leave temp files of killed runs for the next write (finding them reads the directory). */
  { sweep = true } = {},
): void {
  const path = join(dir, LOCK_FILE);
  const refused = notAFile(path, shown);
  if (refused) throw refused;
  try {
    if (sweep) removeStaleTemps(path);
    writeFileAtomic(path, text, { steps });
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${shown} (${(cause as NodeJS.ErrnoException).code ?? "error"}); the file was left as it was`,
      { cause },
    );
  }
}
