import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBlobHashes
} from "./chunk-EHTVMRAJ.js";
import {
  appliedAt,
  frozenFindings,
  hashOfBlob,
  knownPaths,
  lockEntries,
  lockParser,
  lockPathOf,
  lockProblemFindings,
  lockTextAt,
  withLockFileLock,
  writeLockText
} from "./chunk-PTDPJ22C.js";
import {
  readDatabase
} from "./chunk-WAQMSOO4.js";
import "./chunk-MHPKKKLI.js";
import {
  LOCK_FILE,
  renderLockFile
} from "./chunk-RCIOBLM7.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-2YOQCJGH.js";
import {
  shownPath
} from "./chunk-NTD3TKN5.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-45RATDZH.js";
import {
  toolOf
} from "./chunk-AS75FC3M.js";
import "./chunk-JSHXDXIC.js";
import "./chunk-AVXSGVIB.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/engine/applied/guard-staged.ts
async function replayStaged(repo, spec, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-4452DM24.js");
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const staged = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { report } = await replayDatabase(staged, { cwd, down: "new" }, rules, appliedVersions);
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
}
async function unchangedFiles(repo, spec, dir, applied, hashes) {
  const layout = spec.config.pattern ? "pattern" : spec.config.layout;
  if (layout === void 0 || toolOf(layout).namesOnly !== true || !await repo.commitOf("HEAD"))
    return void 0;
  const head = new Map((await repo.treeEntries("HEAD", dir)).map((e) => [e.path, e.blob]));
  const prefix = dir === "" ? "" : `${dir}/`;
  const appliedHash = new Map(applied.entries.map((e) => [`${prefix}${e.path}`, e.hash]));
  return (entry) => {
    if (head.get(entry.path) !== entry.blob) return false;
    const hash = hashes.cached(entry.blob);
    const lock = appliedHash.get(entry.path);
    return hash !== void 0 && (lock === void 0 || lock === hash);
  };
}
function configuredTool(spec) {
  const layout = spec.config.pattern ? "pattern" : spec.config.layout ?? spec.detected?.layout;
  return layout === void 0 ? void 0 : toolOf(layout);
}
function touchesMigrations(spec, dir, touched) {
  const only = configuredTool(spec)?.reads.only;
  const prefix = dir === "" ? "" : `${dir}/`;
  return touched.some((path) => {
    if (!path.startsWith(prefix)) return false;
    const rel = path.slice(prefix.length);
    return !only || rel === LOCK_FILE || only(rel);
  });
}
async function guardDatabase(repo, spec, dir, appliedRef, cwd) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  repo.prefetch(["", "HEAD", ...appliedRef ? [appliedRef] : []].map((ref) => ({ ref, path: lockPath })));
  const parse = lockParser();
  const hashes = loadBlobHashes(repo);
  const hashOf = hashOfBlob(hashes);
  const stagedLockText = await lockTextAt(repo, "", dir);
  const stagedParsed = stagedLockText === void 0 ? void 0 : parse(stagedLockText);
  const stagedLock = stagedParsed?.lock;
  const applied = await appliedAt(repo, appliedRef, spec, cwd, parse, hashOf);
  const unchanged = await unchangedFiles(repo, spec, dir, applied, hashes);
  const only = configuredTool(spec)?.reads.only;
  const prefix = dir === "" ? "" : `${dir}/`;
  const namesOnly = only ? (entry) => !only(entry.path.slice(prefix.length)) || unchanged?.(entry) === true : unchanged;
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { files, set } = await readDatabase(
    spec,
    cwd,
    { at: "git", repo, ref: "", namesOnly },
    appliedVersions
  );
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const known = await knownPaths(
    repo,
    "HEAD",
    dir,
    headLockText === void 0 ? void 0 : parse(headLockText).lock
  );
  const appliedSet = appliedRef && (set.migrations.some((m) => m.stamp !== void 0) || toolOf(set.layout).graph) ? (await readDatabase(spec, cwd, { at: "git", repo, ref: appliedRef })).set : void 0;
  const findings = [
    ...set.findings.filter((f) => f.severity === "error"),
    ...await frozenFindings({
      known,
      repo,
      appliedRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files,
      set,
      lock: stagedLock,
      hashOf,
      appliedSet
    }),
    // A damaged line of an applied migration refuses the commit; any other bad line is simply written again.
    ...lockProblemFindings(shownLock, stagedParsed?.problems ?? [], applied.entries).filter(
      (f) => f.rule === "lockfile-tampered"
    )
  ];
  const result = { name: spec.name, dir: shownDir, findings };
  if (findings.some((f) => f.severity === "error")) {
    hashes.save();
    return result;
  }
  const entries = lockEntries(set, files, hashOf);
  hashes.save();
  const versions = new Set(entries.map((e) => e.version));
  const amendments = (stagedLock?.amendments ?? []).filter((a) => versions.has(a.version));
  const wanted = renderLockFile({ entries, amendments });
  if (wanted !== stagedLockText) {
    const notes = [];
    await withLockFileLock(spec.dir, shownLock, notes, () => writeLockText(spec.dir, shownLock, wanted));
    await repo.add([lockPath]);
    result.lockStaged = shownLock;
  }
  return result;
}
export {
  guardDatabase,
  replayStaged,
  touchesMigrations
};
