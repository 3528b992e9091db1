import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";

/** What reading a path as a regular file gave: its bytes, or why it is not one to read. */
export type RegularRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; why: "missing" }
  | { ok: false; why: "not-file"; info: Stats }
  /** `size` when the system knew it; a file that does not say (/proc) is only found too big by reading. */
  | { ok: false; why: "too-big"; size?: number }
  | { ok: false; why: "unreadable"; code: string; cause: unknown };

/**
 * The bytes of a regular file, at most `maxBytes`. A FIFO, socket, device or directory is never read: it is
 * looked at first and opened non-blocking, so nothing in a repository can hang a job or fill its memory.
 * `noFollow`: a symlink is refused too (a file lockstep also writes must not lead elsewhere).
 */
export function readRegularBytes(path: string, maxBytes: number, { noFollow = false } = {}): RegularRead {
  // A socket cannot even be opened: say what it is rather than ENXIO.
  const before = lstatOrUndefined(path);
  if (before && !before.isFile() && !(before.isSymbolicLink() && !noFollow))
    return { ok: false, why: "not-file", info: before };
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0),
    );
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    if (code === "ENOENT") return { ok: false, why: "missing" };
    const info = lstatOrUndefined(path);
    if (info && !info.isFile()) return { ok: false, why: "not-file", info };
    return { ok: false, why: "unreadable", code, cause };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, why: "not-file", info };
    if (info.size > maxBytes) return { ok: false, why: "too-big", size: info.size };
    const bytes = readUpTo(fd, maxBytes + 1);
    return bytes.length > maxBytes ? { ok: false, why: "too-big" } : { ok: true, bytes };
  } catch (cause) {
    return { ok: false, why: "unreadable", code: (cause as NodeJS.ErrnoException).code ?? "error", cause };
  } finally {
    closeSync(fd);
  }
}

/** What a non-regular file is, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

export function sizeText(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * The bytes of an open file, up to `limit` (a file may grow while it is read). Read into one buffer until
 * the end, so a file of the size its stat gave (the common case) costs one allocation and no copy.
 */
export function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    // Unfilled bytes are never handed out: only what was read is kept.
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
    let filled = 0;
    while (filled < chunk.length) {
      const n = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    if (filled > 0) chunks.push(chunk.subarray(0, filled));
    total += filled;
    if (filled < chunk.length) break;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** lstat, with any failure (missing, a file where a directory was expected, no permission) as absence. */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
