import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { LockstepError } from "../core/errors.js";
import { LOCK_FILE } from "../core/lock/lock-file.js";
import { removeStaleTemps, type WriteSteps, writeFileAtomic } from "./atomic-write.js";

/** A lock file this big is not one lockstep wrote (a million migrations make about 100 MiB). */
const MAX_LOCK_BYTES = 256 * 1024 * 1024;

function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isSymbolicLink(): boolean;
}) {
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "FIFO (named pipe)";
  if (info.isSocket()) return "socket";
  if (info.isSymbolicLink()) return "symbolic link";
  return "device";
}

/** Why the path of a lock file cannot be read or written as one, or undefined when it is a file or absent. */
function notAFile(path: string, shown: string): LockstepError | undefined {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isFile()) return undefined;
  const kind = kindOf(info);
  const what = kind === "directory" ? "remove or rename the directory" : `remove the ${kind}`;
  return new LockstepError(
    "io",
    `${shown} is a ${kind}, not a lock file; lockstep reads and writes ${LOCK_FILE} only as a regular file: ${what}, then run lockstep lock`,
  );
}

/**
 * The lock file's text in a migration directory, or undefined when there is none. Only a regular file is
 * read: a FIFO would block forever and a symlink could point anywhere, so both are refused with one line.
 */
export function readLockText(dir: string, shown: string): string | undefined {
  const path = join(dir, LOCK_FILE);
  const refused = notAFile(path, shown);
  if (refused) throw refused;
  let fd: number;
  try {
    // Non-blocking and not through a link: what was checked above cannot turn into a FIFO or a link now.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw (
      notAFile(path, shown) ?? new LockstepError("io", `cannot read ${shown} (${code ?? "error"})`, { cause })
    );
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      throw notAFile(path, shown) ?? new LockstepError("io", `${shown} is not a regular file`);
    if (info.size > MAX_LOCK_BYTES)
      throw new LockstepError(
        "io",
        `${shown} is ${(info.size / 1024 / 1024).toFixed(0)} MiB, far more than any lock file lockstep writes; delete it and run lockstep lock`,
      );
    const bytes = Buffer.alloc(info.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    // Invalid UTF-8 reads as U+FFFD, which the parser reports with its line.
    return bytes.subarray(0, at).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Writes the lock file atomically (a temp file renamed over it): a failed write leaves the old one whole. */
export function writeLockText(dir: string, shown: string, text: string, steps?: WriteSteps): void {
  const path = join(dir, LOCK_FILE);
  const refused = notAFile(path, shown);
  if (refused) throw refused;
  try {
    removeStaleTemps(path);
    writeFileAtomic(path, text, { steps });
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${shown} (${(cause as NodeJS.ErrnoException).code ?? "error"}); the file was left as it was`,
      { cause },
    );
  }
}
