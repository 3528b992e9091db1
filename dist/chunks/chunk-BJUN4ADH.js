import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  DISK,
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  submoduleNotes
} from "./chunk-ICBRVQAN.js";
import {
  LOCK_FILE,
  compareLock,
  hashText,
  normalizeLockText,
  parseLockFile,
  renderLockFile
} from "./chunk-Z2X2U7TB.js";
import {
  createTwoFilesPatch
} from "./chunk-TR7J7TJX.js";
import {
  isAlive,
  removeStaleTemps,
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  changeAdvice,
  clashAdvice,
  deletedNote,
  earlyAdvice,
  toolDoes
} from "./chunk-JCJLY7EN.js";
import {
  resolveDatabases,
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  baseName,
  compareVersions,
  dirName,
  toolOf,
  versionKey
} from "./chunk-X7R4MUVV.js";
import {
  kindOf,
  readRegularBytes
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// src/adapters/lock-store.ts
import { lstatSync } from "node:fs";
import { join } from "node:path";
var MAX_LOCK_BYTES = 256 * 1024 * 1024;
function notAFile(path, shown) {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isFile()) return void 0;
  const kind = kindOf(info);
  const what = info.isDirectory() ? "remove or rename the directory" : `remove ${kind.replace(/^an? /, "the ")}`;
  return new LockstepError(
    "io",
    `${shown} is ${kind}, not a lock file; lockstep reads and writes ${LOCK_FILE} only as a regular file: ${what}, then run lockstep lock`
  );
}
function readLockText(dir, shown) {
  const path = join(dir, LOCK_FILE);
  const read = readRegularBytes(path, MAX_LOCK_BYTES, { noFollow: true });
  if (read.ok) return read.bytes.toString("utf8");
  if (read.why === "missing") return void 0;
  if (read.why === "not-file")
    throw notAFile(path, shown) ?? new LockstepError("io", `${shown} is not a regular file`);
  if (read.why === "too-big") {
    const size = read.size === void 0 ? "over 256" : (read.size / 1024 / 1024).toFixed(0);
    throw new LockstepError(
      "io",
      `${shown} is ${size} MiB, far more than any lock file lockstep writes; delete it and run lockstep lock`
    );
  }
  throw new LockstepError("io", `cannot read ${shown} (${read.code})`, { cause: read.cause });
}
function writeLockText(dir, shown, text, steps, { sweep = true } = {}) {
  const path = join(dir, LOCK_FILE);
  const refused = notAFile(path, shown);
  if (refused) throw refused;
  try {
    if (sweep) removeStaleTemps(path);
    writeFileAtomic(path, text, { steps });
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${shown} (${cause.code ?? "error"}); the file was left as it was`,
      { cause }
    );
  }
}

// src/adapters/lock-turns.ts
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join as join2 } from "node:path";
var WAIT_MS = 15e3;
var STALE_MS = 12e4;
async function withLockFileLock(dir, shown, notes, work) {
  const path = join2(dir, `${LOCK_FILE}.lock`);
  const shownLock = `${shown}.lock`;
  const started = Date.now();
  let delay = 5;
  let held = true;
  for (; ; ) {
    try {
      writeFileSync(path, `${process.pid} ${hostname()} ${Date.now()}
`, { flag: "wx" });
      break;
    } catch (cause) {
      const code = cause.code;
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
        `${shownLock} is held by ${holder?.who ?? "another process"}: another lockstep is writing ${shown}; wait for it to finish, or, if no lockstep is running, remove ${shownLock}`
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
    }
  }
}
function readHolder(path) {
  let text;
  let age;
  try {
    text = readFileSync(path, "utf8");
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return void 0;
  }
  const [pid, host] = text.trim().split(" ");
  const who = pid ? `process ${pid}${host && host !== hostname() ? ` on ${host}` : ""}` : "a process";
  if (age > STALE_MS) return { text, who, stale: `has held it for ${Math.round(age / 1e3)} s` };
  if (pid && host === hostname() && !isAlive(Number(pid)))
    return { text, who, stale: "is no longer running" };
  return { text, who };
}
function takeOver(path, staleText) {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readFileSync(aside, "utf8");
  if (moved === staleText) {
    unlinkSync(aside);
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
  }
  unlinkSync(aside);
  return false;
}

// src/core/lock/guard-rules.ts
function checkFrozen(input) {
  const findings = [];
  const shown = (path) => input.dir === "." ? path : `${input.dir}/${path}`;
  const amended = new Map((input.stagedLock?.amendments ?? []).map((a) => [a.version, a.reason]));
  const recordedHashes = new Map((input.stagedLock?.entries ?? []).map((e) => [e.path, e.hash]));
  const frozenPaths = new Set(input.frozen.map((e) => e.path));
  const stagedHashes = input.stagedHashes ?? hashesOf(input.staged);
  const newByHash = /* @__PURE__ */ new Map();
  for (const [path, hash] of stagedHashes) if (!frozenPaths.has(path)) newByHash.set(hash, path);
  const tool = toolOf(input.set.layout);
  const renames = [];
  for (const entry of input.frozen) {
    const file = shown(entry.path);
    const hash = stagedHashes.get(entry.path);
    if (!input.staged.has(entry.path)) {
      if (!input.known.has(entry.path)) continue;
      const renamed = newByHash.get(entry.hash);
      if (renamed) {
        renames.push({ entry, to: renamed });
      } else {
        findings.push(
          finding(
            "locked-deleted",
            `${file} is applied and was deleted: databases that ran it keep its changes, and new ones would not get them${deletedNote(tool)}; restore it (git restore --staged --worktree ${file}), and undo it with a new migration if that is what you mean`,
            { file, version: entry.version }
          )
        );
      }
    } else if (hash !== entry.hash) {
      const reason = amended.get(entry.version);
      const recorded = recordedHashes.get(entry.path);
      if (reason !== void 0 && recorded === hash) continue;
      const before = input.frozenText(entry.path) ?? "";
      const after = input.staged.get(entry.path) ?? "";
      const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 2 }).split("\n").slice(1).map((line) => line.trimEnd()).join("\n").trimEnd();
      findings.push(
        finding(
          "locked-modified",
          `${file} is applied and was edited: ${toolDoes(tool, "edited")}. Put the change in a new migration (${changeAdvice(tool)}), or, for an edit that changes nothing (a comment), record why: lockstep lock --amend ${entry.version} --reason "\u2026"`,
          { file, version: entry.version, line: firstChangedLine(before, after), detail: patch }
        )
      );
    }
  }
  findings.push(...renamedFindings(renames, tool, shown));
  findings.push(...checkLockLines(input, amended));
  findings.push(...checkOrder(input, frozenPaths, new Set(renames.map((r) => r.to))));
  return findings;
}
function renamedFindings(renames, tool, shown) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const r of renames) byVersion.set(r.entry.version, [...byVersion.get(r.entry.version) ?? [], r]);
  return [...byVersion.values()].map((group) => {
    const [first] = group;
    const folders = group.every(
      (r) => dirName(r.entry.path) !== "" && baseName(r.entry.path) === baseName(r.to) && dirName(r.entry.path) === dirName(first.entry.path) && dirName(r.to) === dirName(first.to)
    );
    const from = folders ? `${shown(dirName(first.entry.path))}/` : listed(group.map((r) => shown(r.entry.path)));
    const to = folders ? `${shown(dirName(first.to))}/` : listed(group.map((r) => shown(r.to)));
    const what = folders || group.length === 1 ? "is applied and was" : "are applied and were";
    return finding(
      "locked-renamed",
      `${from} ${what} renamed to ${to}: ${toolDoes(tool, "renamed")}; rename it back, and put any change in a new migration (${changeAdvice(tool)})`,
      { file: shown(first.to), version: first.entry.version }
    );
  });
}
function listed(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function hashesOf(staged) {
  const hashes = /* @__PURE__ */ new Map();
  for (const [path, text] of staged) if (text !== void 0) hashes.set(path, hashText(text));
  return hashes;
}
function checkLockLines(input, amended) {
  if (!input.baseLock || !input.stagedLock) return [];
  const staged = new Map(input.stagedLock.entries.map((e) => [e.path, e]));
  const out = [];
  for (const entry of input.baseLock.entries) {
    const now = staged.get(entry.path);
    if (now?.hash === entry.hash && now.version === entry.version) continue;
    if (!now || amended.has(entry.version) || !input.staged.has(entry.path)) continue;
    out.push(
      finding(
        "lockfile-tampered",
        `${input.lockFile}: the line of applied migration ${entry.path} was changed; restore it (git checkout the base's ${input.lockFile}) and let lockstep write the lock file`,
        { file: input.lockFile, version: entry.version }
      )
    );
  }
  return out;
}
function checkOrder(input, frozenPaths, renamedTo) {
  if (input.frozen.length === 0) return [];
  const tool = toolOf(input.set.layout);
  const newest = input.frozen.reduce((max, e) => compareVersions(e.version, max.version) > 0 ? e : max);
  const shown = (path) => input.dir === "." ? path : `${input.dir}/${path}`;
  const isFrozen = (m) => m.files.some((f) => frozenPaths.has(relativeTo(input.dir, f)));
  const latest = latestStamp([
    ...(input.appliedSet?.migrations ?? []).filter(isFrozen),
    ...input.set.migrations.filter(isFrozen)
  ]);
  const takenBy = /* @__PURE__ */ new Map();
  for (const e of input.frozen) {
    const key = versionKey(e.version);
    if (!takenBy.has(key)) takenBy.set(key, e);
  }
  const out = [];
  for (const m of input.set.migrations) {
    if (isFrozen(m) || m.files.every((f) => renamedTo.has(relativeTo(input.dir, f)))) continue;
    const byTime = latest !== void 0 && m.stamp !== void 0;
    if (latest && m.stamp && m.stamp.millis <= latest.stamp.millis) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new, but the time ${tool.name} compares, ${timeOf(m.stamp.millis)} (${m.stamp.at}), is not after ${timeOf(latest.stamp.millis)} (${latest.stamp.at}) of ${latest.files[0]}, which is already applied: ${toolDoes(tool, "outOfOrder")}; ${earlyAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version }
        )
      );
      continue;
    }
    const taken = takenBy.get(versionKey(m.version));
    if (taken) {
      if (input.staged.has(taken.path)) continue;
      out.push(
        finding(
          "duplicate-version",
          `${m.files[0]} is new but version ${m.version} is already taken by ${shown(taken.path)}, which is applied (merged first): ${toolDoes(tool, "duplicate")}; ${clashAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version }
        )
      );
    } else if (!tool.graph && !byTime && compareVersions(m.version, newest.version) < 0) {
      out.push(
        finding(
          "out-of-order",
          `${m.files[0]} is new but its version ${m.version} sorts before ${newest.version} (${shown(newest.path)}), which is already applied: ${toolDoes(tool, "outOfOrder")}; ${earlyAdvice(tool, newest.version)}`,
          { file: m.files[0], version: m.version }
        )
      );
    }
  }
  if (tool.graph)
    out.push(
      ...tool.graph.afterApplied(input.set, input.appliedSet, new Set(input.frozen.map((e) => e.version)))
    );
  return out;
}
function latestStamp(migrations) {
  let latest;
  for (const m of migrations)
    if (m.stamp && (!latest || m.stamp.millis > latest.stamp.millis)) latest = m;
  return latest;
}
function timeOf(millis) {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? String(millis) : `${date.toISOString()} = ${millis}`;
}
function relativeTo(dir, file) {
  if (dir === ".") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}
function firstChangedLine(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

// src/engine/applied/applied.ts
function lockPathOf(dir) {
  return dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
}
async function lockTextAt(repo, ref, dir) {
  const path = lockPathOf(dir);
  const text = await repo.show(ref, path);
  if (text?.startsWith(`tree ${ref}:${path}

`)) {
    throw new LockstepError(
      "io",
      `${path} is a directory in ${ref === "" ? "the index" : ref}, not a lock file; remove or rename the directory (git rm -r --cached ${path}), then run lockstep lock`
    );
  }
  return text;
}
var hashOfText = (file) => hashText(file.text);
function hashOfBlob(hashes) {
  return (file) => hashes.of(file.text, file.blob);
}
function lockParser() {
  const parsed = /* @__PURE__ */ new Map();
  return (text) => {
    let result = parsed.get(text);
    if (!result) {
      result = parseLockFile(text);
      parsed.set(text, result);
    }
    return result;
  };
}
async function appliedAt(repo, ref, spec, cwd, parse = parseLockFile, hashOf = hashOfText, read = (at) => readDatabase(spec, cwd, { at: "git", repo, ref: at })) {
  const applied = { entries: [], texts: /* @__PURE__ */ new Map() };
  if (!ref) return applied;
  const lockText = await lockTextAt(repo, ref, repo.pathOf(spec.dir));
  if (lockText !== void 0) {
    applied.lock = parse(lockText).lock;
    applied.entries = applied.lock.entries;
    return applied;
  }
  const { files, set } = await read(ref);
  applied.entries = lockEntries(set, files, hashOf);
  for (const f of files) if (f.text !== void 0) applied.texts.set(f.rel, f.text);
  return applied;
}
function lockEntries(set, files, hashOf = hashOfText) {
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  const entries = [];
  for (const m of set.migrations) {
    for (const display of m.files) {
      const f = byDisplay.get(display);
      if (f?.text !== void 0)
        entries.push({ version: m.version, path: f.rel, hash: hashOf(f) });
    }
  }
  return entries;
}
async function frozenFindings(input) {
  const { repo, applied, appliedRef, dir } = input;
  const hashOf = input.hashOf ?? hashOfText;
  const staged = new Map(input.files.map((f) => [f.rel, f.text]));
  const stagedHashes = /* @__PURE__ */ new Map();
  for (const f of input.files)
    if (f.text !== void 0) stagedHashes.set(f.rel, hashOf(f));
  for (const entry of applied.entries) {
    const text = staged.get(entry.path);
    if (!appliedRef || text === void 0 || applied.texts.has(entry.path) || stagedHashes.get(entry.path) === entry.hash)
      continue;
    const before = await repo.show(appliedRef, dir === "" ? entry.path : `${dir}/${entry.path}`);
    if (before !== void 0)
      applied.texts.set(entry.path, before.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"));
  }
  return [
    ...checkFrozen({
      dir: input.shownDir,
      lockFile: input.shownLock,
      frozen: applied.entries,
      known: input.known,
      frozenText: (path) => applied.texts.get(path),
      staged,
      stagedHashes,
      set: input.set,
      baseLock: applied.lock,
      stagedLock: input.lock,
      appliedSet: input.appliedSet
    })
  ];
}
async function knownPaths(repo, ref, dir, lock) {
  const known = new Set((lock?.entries ?? []).map((e) => e.path));
  if (!await repo.commitOf(ref)) return known;
  for (const e of await repo.treeEntries(ref, dir))
    known.add(dir === "" ? e.path : e.path.slice(dir.length + 1));
  return known;
}

// src/engine/applied/lock.ts
function expectedLock(read) {
  const { files, set } = read;
  const readable = new Set(files.filter((f) => f.text !== void 0).map((f) => f.display));
  const skipped = set.migrations.flatMap((m) => m.files).filter((display) => !readable.has(display));
  return { lock: { entries: lockEntries(set, files), amendments: [] }, skipped };
}
async function refreshLock(spec, cwd) {
  const file = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  if (readLockText(spec.dir, file) === void 0) return void 0;
  const { lock } = expectedLock(await readDatabase(spec, cwd, DISK));
  const status = await withLockFileLock(spec.dir, file, [], () => writeLock(spec, file, lock, void 0, []));
  return status === "written" ? file : void 0;
}
var MAX_REASON = 2e3;
async function runLock(req) {
  const { specs, notes } = await resolveDatabases(req);
  if (req.amend && specs.length > 1) {
    throw new LockstepError("usage", "--amend names a version of one database: add --db NAME");
  }
  if (req.amend && req.amend.reason.length > MAX_REASON) {
    throw new LockstepError(
      "usage",
      `--reason is ${req.amend.reason.length} characters; say why in at most ${MAX_REASON}`
    );
  }
  const results = [];
  const submodules = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const file = shownPath(req.cwd, `${spec.dir}/${LOCK_FILE}`);
    const { lock, skipped } = expectedLock(await readDatabase(spec, req.cwd, { at: "disk", submodules }));
    if (req.check) {
      const text = readLockText(spec.dir, file);
      results.push({
        database: spec.name,
        file,
        status: "checked",
        findings: staleness(file, lock, text),
        skipped
      });
      continue;
    }
    const status = await withLockFileLock(
      spec.dir,
      file,
      notes,
      () => writeLock(spec, file, lock, req.amend, notes)
    );
    results.push({ database: spec.name, file, status, findings: [], skipped });
  }
  notes.push(...submoduleNotes(req.cwd, void 0, submodules));
  return { results, notes };
}
function writeLock(spec, file, lock, amend, notes) {
  const text = readLockText(spec.dir, file);
  const current = text === void 0 ? void 0 : parseLockFile(text);
  const versions = new Set(lock.entries.map((e) => e.version));
  lock.amendments = (current?.lock.amendments ?? []).filter((a) => versions.has(a.version));
  if (amend) {
    const { version, reason } = amend;
    if (!versions.has(version)) {
      throw new LockstepError(
        "usage",
        `--amend ${version}: no migration in ${file.replace(`/${LOCK_FILE}`, "/")} has that version`
      );
    }
    lock.amendments = [...lock.amendments.filter((a) => a.version !== version), { version, reason }];
  }
  const wanted = renderLockFile(lock);
  if (text !== void 0 && normalizeLockText(text) === wanted) return "unchanged";
  for (const p of current?.problems ?? []) {
    if (p.kind === "sum") continue;
    const lost = p.kind === "amendment" ? `; its amendment is dropped: record it again with lockstep lock --amend ${p.version ?? "VERSION"} --reason "\u2026"` : "";
    notes.push(`${file} ${p.message}; written again without it${lost}`);
  }
  writeLockText(spec.dir, file, wanted);
  return "written";
}
function lockProblemFindings(file, problems, applied = []) {
  const paths = new Set(applied.map((e) => e.path));
  const versions = new Set(applied.map((e) => e.version));
  return problems.map((p) => {
    const where = { file, line: p.line, version: p.version };
    const hit = p.kind === "amendment" ? p.version !== void 0 && versions.has(p.version) : p.path !== void 0 && paths.has(p.path);
    if (hit) {
      const what = p.kind === "amendment" ? `an amendment of applied version ${p.version}` : `the line of applied migration ${p.path}`;
      return finding(
        "lockfile-tampered",
        `${file} ${p.message}; it is ${what}, so it is reported as tampered, not merely stale: run \`lockstep lock\` to write it again from the files, check the diff of ${file} before committing it`,
        where
      );
    }
    return finding(
      "lockfile-stale",
      `${file} ${p.message}; lockstep writes this line itself, so it is only stale: run \`lockstep lock\` and commit ${file}`,
      where
    );
  });
}
function staleness(file, expected, text, current = text === void 0 ? void 0 : parseLockFile(text), applied = [], reported = /* @__PURE__ */ new Set()) {
  const stale = (message, extra = {}) => finding("lockfile-stale", `${message}; run \`lockstep lock\` and commit ${file}`, { file, ...extra });
  if (text === void 0 || !current) return [stale(`${file} does not exist`)];
  const out = lockProblemFindings(file, current.problems, applied);
  const lineOf = (path) => current.lock.entries.findIndex((e) => e.path === path) + 2;
  for (const d of compareLock(expected, current.lock)) {
    const { version, path } = d.entry;
    if (d.kind !== "moved" && reported.has(path)) continue;
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
  MAX_LOCK_BYTES,
  readLockText,
  writeLockText,
  withLockFileLock,
  lockPathOf,
  lockTextAt,
  hashOfText,
  hashOfBlob,
  lockParser,
  appliedAt,
  lockEntries,
  frozenFindings,
  knownPaths,
  refreshLock,
  runLock,
  lockProblemFindings,
  staleness
};
