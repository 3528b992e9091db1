import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  baseName,
  detectTool,
  dirName
} from "./chunk-X7R4MUVV.js";
import {
  decodeText,
  isInside,
  kindOf,
  readUpTo
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/adapters/file-source.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync
} from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var MAX_FILE_BYTES = 32 * 1024 * 1024;
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function intoGitDir(root, target) {
  return isInside(root, target) && relative(root, target).split(sep).some((p) => p.toLowerCase() === ".git");
}
async function readSourceFiles(dir, cwd, submodules, keep) {
  const shown = toPosix(relative(cwd, dir) || ".");
  let root;
  try {
    const info = statSync(dir);
    if (!info.isDirectory())
      throw new LockstepError("io", `${shown} is not a directory; pass the migrations directory`);
    root = realpathSync(dir);
  } catch (cause) {
    if (cause instanceof LockstepError) throw cause;
    throw new LockstepError(
      "io",
      `migrations directory ${shown} does not exist or cannot be read (${cause.code ?? "error"}); check the path`,
      { cause }
    );
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set([root]);
  const base = resolve(dir);
  const shownBase = toPosix(relative(cwd, base)) || ".";
  const inside = /^\.\.(\/\.\.)*$/.test(shownBase);
  walk(base, { base, shownBase, inside, root, cwd, submodules, keep }, out, seen);
  out.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return out;
}
function walk(dir, ctx, out, seen) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    out.push(
      entryFor(dir, ctx, {
        unreadable: `directory cannot be read (${cause.code})`
      })
    );
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const path = dir.endsWith(sep) ? `${dir}${entry.name}` : `${dir}${sep}${entry.name}`;
    const link = entry.isSymbolicLink();
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
          entryFor(path, ctx, { unreadable: "symlink into .git/ (refused: lockstep never reads it)" })
        );
        continue;
      }
      if (!isInside(ctx.root, target)) {
        out.push(
          entryFor(path, ctx, {
            unreadable: "symlink pointing outside the migrations directory (refused: replace it with the file itself)"
          })
        );
        continue;
      }
    }
    const info = lstatSync(target, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      if (seen.has(target)) continue;
      seen.add(target);
      if (lstatSync(join(target, ".git"), { throwIfNoEntry: false })) {
        ctx.submodules?.add(toPosix(relative(ctx.cwd, path)));
        continue;
      }
      walk(path, ctx, out, seen);
    } else if (info?.isFile()) {
      out.push(readOne(path, target, info.size, ctx));
    } else if (info) {
      out.push(entryFor(path, ctx, { unreadable: `${kindOf(info)}, not a regular file` }));
    }
  }
}
function readOne(path, target, size, ctx) {
  if (size > MAX_FILE_BYTES) {
    return entryFor(path, ctx, {
      unreadable: `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a migration`
    });
  }
  try {
    const bytes = readFileSync(target);
    return entryFor(path, ctx, decodeText(bytes));
  } catch (cause) {
    return entryFor(path, ctx, {
      unreadable: `cannot be read (${cause.code ?? "error"})`
    });
  }
}
function readRegular(path, ctx) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return entryFor(path, ctx, { unreadable: `${kindOf(info)}, not a regular file` });
    if (info.size > MAX_FILE_BYTES) return readOne(path, path, info.size, ctx);
    const bytes = readUpTo(fd, info.size + 1);
    if (bytes.length > MAX_FILE_BYTES) return readOne(path, path, bytes.length, ctx);
    ctx.keep?.set(`${ctx.root}${path.slice(ctx.base.length)}`, bytes);
    return entryFor(path, ctx, decodeText(bytes));
  } catch (cause) {
    return entryFor(path, ctx, {
      unreadable: `cannot be read (${cause.code ?? "error"})`
    });
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function entryFor(path, ctx, content) {
  const rel = toPosix(path.slice(ctx.base.length + (ctx.base.endsWith(sep) ? 0 : 1)));
  const display = ctx.inside ? toPosix(relative(ctx.cwd, path)) : ctx.shownBase === "." ? rel : rel === "" ? ctx.shownBase : `${ctx.shownBase}/${rel}`;
  return { rel, display, ...content };
}

// src/core/layouts/detect.ts
function isIgnored(rel) {
  return rel.split("/").some((segment) => segment === "archive" || segment.startsWith("."));
}
function detectLayout(files) {
  const usable = files.filter((file) => !isIgnored(file.rel));
  const names = usable.map((file) => ({ file, name: baseName(file.rel), folder: dirName(file.rel) }));
  const tool = detectTool(names);
  if (!tool?.detect) return void 0;
  return { layout: tool.id, reason: tool.detect.reason(names) };
}

export {
  MAX_FILE_BYTES,
  readSourceFiles,
  isIgnored,
  detectLayout
};
