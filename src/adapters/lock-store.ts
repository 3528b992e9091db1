import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { LockstepError } from "../core/errors.js";
import { LOCK_FILE } from "../core/lock/lock-file.js";
import { isAlive, removeStaleTemps, type WriteSteps, writeFileAtomic } from "./atomic-write.js";

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

/** How long a writer waits for another one to finish (a lock file is written in well under a second). */
const WAIT_MS = 15_000;
/** A lock held longer than this was left behind (its process died, or its pid was reused). */
const STALE_MS = 120_000;

/**
 * Runs `work` holding `lockstep.sum.lock`, created exclusively, so two lockstep runs that read, change and
 * write the same lock file (two `lock --amend`) take turns instead of one silently losing the other's
 * change. A lock left by a process that is gone is taken over, and `notes` says so.
 */
export async function withLockFileLock<T>(
  dir: string,
  shown: string,
  notes: string[],
  work: () => Promise<T> | T,
): Promise<T> {
  const path = join(dir, `${LOCK_FILE}.lock`);
  const shownLock = `${shown}.lock`;
  const started = Date.now();
  let delay = 5;
  let held = true;
  for (;;) {
    try {
      writeFileSync(path, `${process.pid} ${hostname()} ${Date.now()}\n`, { flag: "wx" });
      break;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      // No directory, or one lockstep cannot write in: nothing to take turns on. A write, if one is
      // needed, fails with its own message; a lock file already up to date is just read.
      if (code === "ENOENT" || code === "EACCES" || code === "EROFS" || code === "EPERM") {
        held = false;
        break;
      }
      if (code !== "EEXIST")
        throw new LockstepError("io", `cannot create ${shownLock} (${code ?? "error"})`, { cause });
    }
    const holder = readHolder(path);
    if (holder?.stale) {
      if (takeOver(path, holder.text))
        notes.push(`removed ${shownLock}, left behind by ${holder.who}, which ${holder.stale}`);
      continue;
    }
    if (Date.now() - started > WAIT_MS) {
      throw new LockstepError(
        "io",
        `${shownLock} is held by ${holder?.who ?? "another process"}: another lockstep is writing ${shown}; wait for it to finish, or, if no lockstep is running, remove ${shownLock}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await work();
  } finally {
    try {
      if (held) unlinkSync(path);
    } catch {
      // Taken over as stale by another run, or the directory is gone.
    }
  }
}

function readHolder(path: string): { text: string; who: string; stale?: string } | undefined {
  let text: string;
  let age: number;
  try {
    text = readFileSync(path, "utf8");
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined; // Released meanwhile.
  }
  const [pid, host] = text.trim().split(" ");
  const who = pid ? `process ${pid}${host && host !== hostname() ? ` on ${host}` : ""}` : "a process";
  if (age > STALE_MS) return { text, who, stale: `has held it for ${Math.round(age / 1000)} s` };
  if (pid && host === hostname() && !isAlive(Number(pid)))
    return { text, who, stale: "is no longer running" };
  return { text, who };
}

/** Moves a stale lock aside and removes it, unless what was moved is not the lock judged stale. */
function takeOver(path: string, staleText: string): boolean {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // Someone else took it over first.
  }
  const moved = readFileSync(aside, "utf8");
  if (moved === staleText) {
    unlinkSync(aside);
    return true;
  }
  // A live lock taken in the meantime: put it back (unless yet another one was created).
  try {
    linkSync(aside, path);
  } catch {
    // EEXIST: yet another run holds it now.
  }
  unlinkSync(aside);
  return false;
}
