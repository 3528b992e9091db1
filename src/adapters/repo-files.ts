import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { LockstepError } from "../core/errors.js";
import { excerpt } from "../core/excerpt.js";
import { decodeText } from "../core/layouts/decode.js";

/**
 * Every path a config names is read through here. The config comes from the repository (in CI, from the
 * pull request), so what it names must stay inside the repository's work tree, after symlinks, and out of
 * `.git/` (the checkout's persisted credentials live in `.git/config`); and it is read only as the kind of
 * file it should be, so a FIFO cannot hang the job and a device cannot fill memory.
 */

/** What a config path is for, as messages name it: `database "main": "order"`. */
export type PathKey = string;

/**
 * The top of the git work tree holding `dir`: the nearest directory with a `.git` entry (a directory, or a
 * worktree's or submodule's `.git` file), found without running git so the pre-commit hook stays fast.
 * Outside git, the project is where lockstep runs (`cwd`) when that holds `dir`, else `dir` itself.
 * Symlinks resolved.
 */
export function repositoryTop(dir: string, cwd = dir): string {
  const start = realOrSelf(resolve(dir));
  for (let at = start; ; at = dirname(at)) {
    if (statOrUndefined(join(at, ".git"))) return at;
    if (dirname(at) === at) break;
  }
  const project = realOrSelf(resolve(cwd));
  return isInside(project, start) ? project : start;
}

/**
 * `path` from the config (relative to `base`, the config's directory) as an absolute path inside `top`,
 * symlinks resolved as far as the path exists (a `dir` that `new` will create need not exist yet).
 * Anything outside the repository or inside `.git/` is a config fault naming the key and the path.
 */
export function resolveInRepo(top: string, base: string, key: PathKey, path: string, shown = path): string {
  const refuse = (why: string, fix: string) => {
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, ${why}; ${fix}`);
  };
  if (path.includes("\0")) refuse("which contains a NUL character", "fix the path");
  const lexical = resolve(realOrSelf(base), path);
  const real = realAsFarAsExists(lexical);
  if (inGitDir(top, lexical) || inGitDir(top, real))
    refuse("inside .git/, which lockstep never reads", "name a path in the repository's work tree");
  if (!isInside(top, real)) {
    const how = isInside(top, lexical)
      ? "a symlink to a place outside the repository"
      : "outside the repository";
    refuse(how, "lockstep reads only inside the repository: name a path there");
  }
  return real;
}

/**
 * The text of a regular file, decoded as the readers want it (BOM dropped, CRLF read as LF). A FIFO, socket,
 * device or directory is refused before anything is read (the file is opened non-blocking), as is a file over
 * `maxBytes` or one that is not UTF-8 text.
 */
export function readRegularText(abs: string, key: PathKey, shown: string, maxBytes: number): string {
  const fail = (why: string, cause?: unknown): never => {
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, ${why}`, { cause });
  };
  // A socket cannot even be opened: say what it is rather than ENXIO.
  const before = statOrUndefined(abs);
  if (before && !before.isFile() && !before.isSymbolicLink())
    return fail(`${kindOf(before)}, not a regular file; name a regular text file`);
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("which does not exist; fix the path", cause);
    if (code === "EISDIR") return fail("a directory, not a regular file; name a regular text file", cause);
    return fail(`which cannot be read (${code ?? "error"}); fix the path or the file's permissions`, cause);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return fail(`${kindOf(info)}, not a regular file; name a regular text file`);
    const tooBig = `over the ${sizeText(maxBytes)} limit for a file lockstep reads; name the right file`;
    if (info.size > maxBytes) return fail(`${sizeText(info.size)}, ${tooBig}`);
    // A file whose size the system does not know (/proc) is read only up to the limit.
    const bytes = readUpTo(fd, maxBytes + 1);
    if (bytes.length > maxBytes) return fail(tooBig);
    const decoded = decodeText(bytes);
    if (decoded.text === undefined) return fail(`not text: ${decoded.unreadable}; save it as UTF-8 text`);
    return decoded.text;
  } catch (cause) {
    if (cause instanceof LockstepError) throw cause;
    return fail(`which cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"})`, cause);
  } finally {
    closeSync(fd);
  }
}

/** A path that must be a regular file (a module to import), checked without opening it. */
export function requireRegularFile(abs: string, key: PathKey, shown: string): void {
  const info = statOrUndefined(abs);
  if (!info)
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, which does not exist; fix the path`);
  if (!info.isFile())
    throw new LockstepError(
      "config",
      `${key} is ${quotePath(shown)}, ${kindOf(info)}, not a regular file; name a regular file`,
    );
}

/** What a non-regular file is, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSymbolicLink()) return "a symlink";
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

function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** A path as written in the config, quoted and bounded (it is repository text too). */
function quotePath(path: string): string {
  return `"${excerpt(path)}"`;
}

function isInside(top: string, target: string): boolean {
  const rel = relative(top, target);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Any component named `.git` (in any case: macOS and Windows file systems fold it). */
function inGitDir(top: string, target: string): boolean {
  if (!isInside(top, target)) return false;
  return relative(top, target)
    .split(/[\\/]/)
    .some((part) => part.toLowerCase() === ".git");
}

/** lstat, with any failure (missing, a file where a directory was expected, no permission) as absence. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** realpath of the longest existing prefix, with the rest appended. */
function realAsFarAsExists(path: string): string {
  const rest: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return path;
      rest.push(basename(at));
    }
  }
}
