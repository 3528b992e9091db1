import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/adapters/atomic-write.ts
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
  writeSync
} from "node:fs";
import { basename, dirname, join } from "node:path";
var NODE_STEPS = {
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
  remove: (path) => unlinkSync(path)
};
var counter = 0;
function tempPathFor(target) {
  counter++;
  return join(dirname(target), `.${basename(target).slice(0, 40)}.${process.pid}.${counter}.tmp`);
}
function removeStaleTemps(target) {
  const prefix = `.${basename(target).slice(0, 40)}.`;
  let names;
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
    }
  }
}
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function writeFileAtomic(path, data, options = {}) {
  const steps = options.steps ?? NODE_STEPS;
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let target = path;
  let mode = options.mode ?? 438;
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing) {
    if (existing.isDirectory()) throw errno("EISDIR", path);
    if (!existing.isFile()) {
      writeInPlace(path, bytes);
      return;
    }
    target = realpathSync(path);
    mode = existing.mode & 4095;
  }
  const temp = tempPathFor(target);
  try {
    steps.writeAll(temp, bytes, mode, existing !== void 0);
    if (options.exclusive) steps.renameNew(temp, target);
    else steps.rename(temp, target);
  } catch (error) {
    try {
      steps.remove(temp);
    } catch {
    }
    throw error;
  }
}
function writeInPlace(path, bytes) {
  const fd = openSync(path, "w");
  try {
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}
function errno(code, path) {
  const error = new Error(`${code}: ${path}`);
  error.code = code;
  error.path = path;
  return error;
}

export {
  removeStaleTemps,
  isAlive,
  writeFileAtomic
};
