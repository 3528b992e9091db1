import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  readLockText,
  writeLockText
} from "./chunk-33GPTTDT.js";
import {
  LOCK_FILE,
  compareLock,
  hashText,
  parseLockFile,
  renderLockFile
} from "./chunk-3DWMMBVY.js";
import {
  layoutOptions,
  readMigrationSet,
  readSourceFiles,
  resolveDatabases
} from "./chunk-4NFUIPFN.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-XJYJDYYE.js";

// src/engine/lock.ts
import { relative } from "node:path";
async function expectedLock(spec, cwd) {
  const files = await readSourceFiles(spec.dir, cwd);
  const set = readMigrationSet(files, await layoutOptions(spec, cwd));
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  const entries = [];
  const skipped = [];
  for (const migration of set.migrations) {
    for (const display2 of migration.files) {
      const file = byDisplay.get(display2);
      if (file?.text === void 0) skipped.push(display2);
      else entries.push({ version: migration.version, path: file.rel, hash: hashText(file.text) });
    }
  }
  return { lock: { entries, amendments: [] }, skipped, files };
}
function display(spec, cwd) {
  return (relative(cwd, `${spec.dir}/${LOCK_FILE}`) || LOCK_FILE).split("\\").join("/");
}
async function runLock(req) {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  const results = [];
  for (const spec of specs) {
    const file = display(spec, req.cwd);
    const { lock, skipped } = await expectedLock(spec, req.cwd);
    const text = readLockText(spec.dir);
    const current = text === void 0 ? void 0 : parseLockFile(text);
    const versions = new Set(lock.entries.map((e) => e.version));
    lock.amendments = (current?.lock.amendments ?? []).filter((a) => versions.has(a.version));
    if (req.amend) {
      const { version, reason } = req.amend;
      if (!versions.has(version)) {
        throw new LockstepError(
          "usage",
          `--amend ${version}: no migration in ${file.replace(`/${LOCK_FILE}`, "/")} has that version`
        );
      }
      lock.amendments = [...lock.amendments.filter((a) => a.version !== version), { version, reason }];
    }
    const wanted = renderLockFile(lock);
    if (req.check) {
      results.push({
        database: spec.name,
        file,
        status: "checked",
        findings: staleness(file, lock, text, current),
        skipped
      });
      continue;
    }
    if (text === wanted) {
      results.push({ database: spec.name, file, status: "unchanged", findings: [], skipped });
      continue;
    }
    try {
      writeLockText(spec.dir, wanted);
    } catch (cause) {
      throw new LockstepError(
        "io",
        `cannot write ${file} (${cause.code ?? "error"})`,
        {
          cause
        }
      );
    }
    results.push({ database: spec.name, file, status: "written", findings: [], skipped });
  }
  return { results, notes };
}
function staleness(file, expected, text, current = text === void 0 ? void 0 : parseLockFile(text)) {
  const stale = (message, extra = {}) => finding("lockfile-stale", `${message}; run \`lockstep lock\` and commit ${file}`, { file, ...extra });
  if (text === void 0 || !current) return [stale(`${file} does not exist`)];
  const out = current.problems.map((p) => stale(`${file}:${p.line}: ${p.message}`, { line: p.line }));
  const lineOf = (path) => current.lock.entries.findIndex((e) => e.path === path) + 2;
  for (const d of compareLock(expected, current.lock)) {
    const { version, path } = d.entry;
    if (d.kind === "missing") out.push(stale(`${path} (version ${version}) is not in ${file}`, { version }));
    else if (d.kind === "extra")
      out.push(
        stale(`${file} lists ${path}, which is no longer a migration here`, { version, line: lineOf(path) })
      );
    else if (d.kind === "changed")
      out.push(stale(`${path} changed since ${file} was written`, { version, line: lineOf(path) }));
    else
      out.push(
        stale(
          `${file} lists the migrations in another order than their tool applies them (first at ${path})`,
          { version, line: lineOf(path) }
        )
      );
  }
  return out;
}

export {
  runLock,
  staleness
};
