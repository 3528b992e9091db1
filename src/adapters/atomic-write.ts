import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The file-system steps of a write, behind an interface so a test can make one of them fail. The default
 * is Node's own; `writeAll` writes every byte and fsyncs before returning.
 */
export interface WriteSteps {
  /** `exact`: set `mode` as it is (an existing file's), not filtered by the umask. */
  writeAll(path: string, data: Uint8Array, mode: number, exact: boolean): void;
  rename(from: string, to: string): void;
  /** Like rename, but fails with EEXIST when `to` exists (for files that must not be overwritten). */
  renameNew(from: string, to: string): void;
  remove(path: string): void;
}

export const NODE_STEPS: WriteSteps = {
  writeAll(path, data, mode, exact) {
    const fd = openSync(path, "wx", mode);
    try {
      if (exact) fchmodSync(fd, mode);
      let at = 0;
      while (at < data.length) at += writeSync(fd, data, at, data.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
  renameNew(from, to) {
    linkSync(from, to);
    unlinkSync(from);
  },
  remove: (path) => unlinkSync(path),
};

export interface WriteOptions {
  /** Mode of a file that does not exist yet; an existing file keeps its own (a hook stays executable). */
  mode?: number;
  /** Fail with EEXIST instead of replacing an existing file. */
  exclusive?: boolean;
  steps?: WriteSteps;
}

let counter = 0;

/**
 * The temp file beside a target: same directory (so the rename is atomic), hidden and ending `.tmp` so
 * nothing reads it as a migration, and short enough for a target whose name is as long as names go.
 */
export function tempPathFor(target: string): string {
  counter++;
  return join(dirname(target), `.${basename(target).slice(0, 40)}.${process.pid}.${counter}.tmp`);
}

/**
 * Removes the temp files of `target` left by runs that were killed mid-write (their process is gone);
 * a live run's temp file is left alone.
 */
export function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target).slice(0, 40)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(/^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Writes a file so that a reader sees the old content or the new, never a part: the text goes to a temp
 * file in the same directory, fully and fsynced, then is renamed over the target. On any failure the temp
 * file is removed and the target is as it was. A target that is not a regular file (a FIFO, /dev/stdout)
 * is written in place: there is nothing to replace atomically there.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const steps = options.steps ?? NODE_STEPS;
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let target = path;
  let mode = options.mode ?? 0o666;
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing) {
    if (existing.isDirectory()) throw errno("EISDIR", path);
    if (!existing.isFile()) {
      writeInPlace(path, bytes);
      return;
    }
    // Through a symlink to its target: the link stays a link.
    target = realpathSync(path);
    mode = existing.mode & 0o7777;
  }
  const temp = tempPathFor(target);
  try {
    steps.writeAll(temp, bytes, mode, existing !== undefined);
    if (options.exclusive) steps.renameNew(temp, target);
    else steps.rename(temp, target);
  } catch (error) {
    try {
      steps.remove(temp);
    } catch {
      // Never created, or already gone.
    }
    throw error;
  }
}

function writeInPlace(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, "w");
  try {
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${path}`);
  error.code = code;
  error.path = path;
  return error;
}
