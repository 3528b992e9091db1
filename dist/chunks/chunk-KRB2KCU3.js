import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  lockEntries,
  readLockText,
  writeLockText
} from "./chunk-SUSQVD54.js";
import {
  LOCK_FILE,
  compareLock,
  parseLockFile,
  renderLockFile
} from "./chunk-PW6FGNTB.js";
import {
  loadSet,
  resolveDatabases,
  shownPath
} from "./chunk-VFAKEDVC.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-XJYJDYYE.js";

// src/engine/lock.ts
async function expectedLock(spec, cwd) {
  const { files, set } = await loadSet(spec, cwd);
  const readable = new Set(files.filter((f) => f.text !== void 0).map((f) => f.display));
  const skipped = set.migrations.flatMap((m) => m.files).filter((display) => !readable.has(display));
  const entries = lockEntries(set, files);
  return { lock: { entries, amendments: [] }, skipped, files };
}
async function refreshLock(spec, cwd, configPath) {
  if (readLockText(spec.dir) === void 0) return void 0;
  const { results } = await runLock({ cwd, dir: spec.dir, configPath, check: false });
  return results[0]?.status === "written" ? results[0].file : void 0;
}
async function runLock(req) {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  const results = [];
  for (const spec of specs) {
    const file = shownPath(req.cwd, `${spec.dir}/${LOCK_FILE}`);
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
  refreshLock,
  runLock,
  staleness
};
