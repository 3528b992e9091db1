import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { LockstepError } from "../core/errors.js";
import { LOCK_FILE } from "../core/lock/lock-file.js";
import { isAlive } from "./atomic-write.js";

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
