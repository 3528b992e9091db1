import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { LockstepError } from "../core/errors.js";
import { excerpt } from "../core/excerpt.js";
import { decodeText } from "../core/layouts/decode.js";
import { kindOf, lstatOrUndefined, readRegularBytes, sizeText } from "./regular-file.js";

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
    if (lstatOrUndefined(join(at, ".git"))) return at;
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
  const read = readRegularBytes(abs, maxBytes);
  if (!read.ok) {
    const tooBig = `over the ${sizeText(maxBytes)} limit for a file lockstep reads; name the right file`;
    if (read.why === "missing") return fail("which does not exist; fix the path");
    if (read.why === "not-file")
      return fail(`${kindOf(read.info)}, not a regular file; name a regular text file`);
    if (read.why === "too-big")
      return fail(read.size === undefined ? tooBig : `${sizeText(read.size)}, ${tooBig}`);
    return fail(`which cannot be read (${read.code}); fix the path or the file's permissions`, read.cause);
  }
  const decoded = decodeText(read.bytes);
  if (decoded.text === undefined) return fail(`not text: ${decoded.unreadable}; save it as UTF-8 text`);
  return decoded.text;
}

/** A path that must be a regular file (a module to import), checked without opening it. */
export function requireRegularFile(abs: string, key: PathKey, shown: string): void {
  const info = lstatOrUndefined(abs);
  if (!info)
    throw new LockstepError("config", `${key} is ${quotePath(shown)}, which does not exist; fix the path`);
  if (!info.isFile())
    throw new LockstepError(
      "config",
      `${key} is ${quotePath(shown)}, ${kindOf(info)}, not a regular file; name a regular file`,
    );
}

/** A path as written in the config, quoted and bounded (it is repository text too). */
function quotePath(path: string): string {
  return `"${excerpt(path)}"`;
}

/** `target` is `top` or below it (both absolute, real paths). */
export function isInside(top: string, target: string): boolean {
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
