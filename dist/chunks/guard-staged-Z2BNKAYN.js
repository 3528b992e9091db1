import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  appliedAt,
  frozenFindings,
  knownPaths,
  lockEntries,
  lockPathOf,
  lockProblemFindings,
  lockTextAt,
  withLockFileLock,
  writeLockText
} from "./chunk-CWAX726T.js";
import {
  readDatabase
} from "./chunk-CQLFA3BR.js";
import {
  LOCK_FILE,
  parseLockFile,
  renderLockFile
} from "./chunk-IETUWMIG.js";
import "./chunk-5RV7R7RT.js";
import {
  shownPath
} from "./chunk-HTGRSFEQ.js";
import "./chunk-DFXCLHQK.js";
import "./chunk-QNOSOVEJ.js";
import "./chunk-KSWA4IWM.js";
import "./chunk-Z27VCTDF.js";
import "./chunk-VZ4ZRTPL.js";
import "./chunk-CVUXP45T.js";

// src/engine/applied/guard-staged.ts
async function replayStaged(repo, spec, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-MGQU6NWD.js");
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const staged = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { report } = await replayDatabase(staged, { cwd, down: "new" }, rules, appliedVersions);
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
}
async function guardDatabase(repo, spec, dir, appliedRef, cwd) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const { files, set } = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const stagedLockText = await lockTextAt(repo, "", dir);
  const stagedParsed = stagedLockText === void 0 ? void 0 : parseLockFile(stagedLockText);
  const stagedLock = stagedParsed?.lock;
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const known = await knownPaths(
    repo,
    "HEAD",
    dir,
    headLockText === void 0 ? void 0 : parseLockFile(headLockText).lock
  );
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
      lock: stagedLock
    }),
    // A damaged line of an applied migration refuses the commit; any other bad line is simply written again.
    ...lockProblemFindings(shownLock, stagedParsed?.problems ?? [], applied.entries).filter(
      (f) => f.rule === "lockfile-tampered"
    )
  ];
  const result = { name: spec.name, dir: shownDir, findings };
  if (findings.some((f) => f.severity === "error")) return result;
  const entries = lockEntries(set, files);
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
  replayStaged
};
