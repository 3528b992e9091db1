import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { LockstepError } from "../core/errors.js";
import { decodeText } from "../core/layouts/decode.js";
import type { SourceFile } from "../core/migration.js";
import { kindOf, readUpTo } from "./regular-file.js";
import { isInside } from "./repo-files.js";

/** Far above any hand-written migration; a file this big is a data dump, not a migration. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** A target below the migrations directory inside a `.git` folder (a `dir` of "." holds the repository's own). */
function intoGitDir(root: string, target: string): boolean {
  return (
    isInside(root, target) &&
    relative(root, target)
      .split(sep)
      .some((p) => p.toLowerCase() === ".git")
  );
}

/**
 * Lists every file below `dir` with its decoded text. The file system is read synchronously: a thousand
 * small files read one await at a time cost more than replaying them, and this runs in a pre-commit hook. Problems with single files become
 * `unreadable` entries (the layout readers turn them into findings); a missing directory is a fault. A checked-out
 * submodule below `dir` is another repository, not migrations: it is skipped, its display path added to `submodules`.
 */
export async function readSourceFiles(
  dir: string,
  cwd: string,
  submodules?: Set<string>,
  /** Given each regular file's bytes as read, by path (see GitRepo.offerWorkingFiles). */
  keep?: Map<string, Uint8Array>,
): Promise<SourceFile[]> {
  const shown = toPosix(relative(cwd, dir) || ".");
  let root: string;
  try {
    const info = statSync(dir);
    if (!info.isDirectory())
      throw new LockstepError("io", `${shown} is not a directory; pass the migrations directory`);
    root = realpathSync(dir);
  } catch (cause) {
    if (cause instanceof LockstepError) throw cause;
    throw new LockstepError(
      "io",
      `migrations directory ${shown} does not exist or cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"}); check the path`,
      { cause },
    );
  }
  const out: SourceFile[] = [];
  const seen = new Set<string>([root]);
  // Paths below the directory are built by joining plain names to its normalized path, so each file's
  // relative and shown paths are slices of them (path.relative for each of thousands of files costs more
  // than reading them). Where cwd is inside the directory a shown path leads back up: relative then.
  const base = resolve(dir);
  const shownBase = toPosix(relative(cwd, base)) || ".";
  const inside = /^\.\.(\/\.\.)*$/.test(shownBase);
  walk(base, { base, shownBase, inside, root, cwd, submodules, keep }, out, seen);
  out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return out;
}

interface WalkContext {
  /** The directory, resolved: relative paths are what follows it. */
  base: string;
  /** The directory as shown from cwd, and whether cwd is inside it. */
  shownBase: string;
  inside: boolean;
  /** Its real path: symlink targets must stay inside it. */
  root: string;
  cwd: string;
  submodules?: Set<string>;
  keep?: Map<string, Uint8Array>;
}

function walk(dir: string, ctx: WalkContext, out: SourceFile[], seen: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    out.push(
      entryFor(dir, ctx, {
        unreadable: `directory cannot be read (${(cause as NodeJS.ErrnoException).code})`,
      }),
    );
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const path = dir.endsWith(sep) ? `${dir}${entry.name}` : `${dir}${sep}${entry.name}`;
    const link = entry.isSymbolicLink();
    // A regular file (not through a link) is opened once and its size read from what was opened.
    if (!link && entry.isFile()) {
      out.push(readRegular(path, ctx));
      continue;
    }
    let target = path;
    if (link) {
      try {
        target = realpathSync(path);
      } catch {
        out.push(entryFor(path, ctx, { unreadable: "symlink whose target does not exist" }));
        continue;
      }
      if (intoGitDir(ctx.root, target)) {
        out.push(
          entryFor(path, ctx, { unreadable: "symlink into .git/ (refused: lockstep never reads it)" }),
        );
        continue;
      }
      if (!isInside(ctx.root, target)) {
        out.push(
          entryFor(path, ctx, {
            unreadable:
              "symlink pointing outside the migrations directory (refused: replace it with the file itself)",
          }),
        );
        continue;
      }
    }
    const info = lstatSync(target, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      if (seen.has(target)) continue;
      seen.add(target);
      // A `.git` file or folder: a submodule's checkout (or another repository), whose files are its own.
      if (lstatSync(join(target, ".git"), { throwIfNoEntry: false })) {
        ctx.submodules?.add(toPosix(relative(ctx.cwd, path)));
        continue;
      }
      walk(path, ctx, out, seen);
    } else if (info?.isFile()) {
      out.push(readOne(path, target, info.size, ctx));
    } else if (info) {
      // Never opened: reading a FIFO waits for a writer forever. Reported, so a file named like a migration
      // that cannot be one is not silently skipped.
      out.push(entryFor(path, ctx, { unreadable: `${kindOf(info)}, not a regular file` }));
    }
  }
}

function readOne(path: string, target: string, size: number, ctx: WalkContext): SourceFile {
  if (size > MAX_FILE_BYTES) {
    return entryFor(path, ctx, {
      unreadable: `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a migration`,
    });
  }
  try {
    const bytes = readFileSync(target);
    return entryFor(path, ctx, decodeText(bytes));
  } catch (cause) {
    return entryFor(path, ctx, {
      unreadable: `cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
    });
  }
}

function readRegular(path: string, ctx: WalkContext): SourceFile {
  let fd: number | undefined;
  try {
    // Non-blocking, and checked once open, as readRegularBytes does: a FIFO put in its place is not waited on.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return entryFor(path, ctx, { unreadable: `${kindOf(info)}, not a regular file` });
    if (info.size > MAX_FILE_BYTES) return readOne(path, path, info.size, ctx);
    const bytes = readUpTo(fd, info.size + 1);
    if (bytes.length > MAX_FILE_BYTES) return readOne(path, path, bytes.length, ctx);
    // Kept by the directory's real path and the path below it: git names a file of the work tree so.
    ctx.keep?.set(`${ctx.root}${path.slice(ctx.base.length)}`, bytes);
    return entryFor(path, ctx, decodeText(bytes));
  } catch (cause) {
    return entryFor(path, ctx, {
      unreadable: `cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function entryFor(
  path: string,
  ctx: WalkContext,
  content: { text?: string; unreadable?: string },
): SourceFile {
  const rel = toPosix(path.slice(ctx.base.length + (ctx.base.endsWith(sep) ? 0 : 1)));
  const display = ctx.inside
    ? toPosix(relative(ctx.cwd, path))
    : ctx.shownBase === "."
      ? rel
      : rel === ""
        ? ctx.shownBase
        : `${ctx.shownBase}/${rel}`;
  return { rel, display, ...content };
}
