import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
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
} from "./chunk-VA54R4SO.js";
import {
  readDatabase
} from "./chunk-WD5GBYVN.js";
import "./chunk-AFWG5PRK.js";
import {
  LOCK_FILE,
  hashText,
  renderLockFile
} from "./chunk-RCIOBLM7.js";
import "./chunk-TR7J7TJX.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import "./chunk-FDVI4G6E.js";
import "./chunk-2YOQCJGH.js";
import {
  shownPath
} from "./chunk-DDE6UK47.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YHFC2QG4.js";
import {
  toolOf
} from "./chunk-QWFTYCWX.js";
import "./chunk-I7OISHKV.js";
import {
  readRegularBytes
} from "./chunk-5LXPE3ZJ.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/adapters/blob-hash-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var BLOB_HASH_CACHE = "lockstep/blob-hashes";
var HEADER = "lockstep-blob-hashes 1";
var LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (h1:[A-Za-z0-9+/]{43}=)$/;
var MAX_CACHED_BLOBS = 2e5;
var MAX_CACHE_BYTES = MAX_CACHED_BLOBS * 100 + 100;
function blobHashCachePath(repo) {
  return repo.gitPath(BLOB_HASH_CACHE);
}
function parseBlobHashes(text) {
  const lines = text.split("\n");
  if (lines.pop() !== "") return void 0;
  const [first, ...body] = lines;
  const header = `${HEADER} `;
  if (!first?.startsWith(header)) return void 0;
  if (first.slice(header.length) !== hashText(`${body.join("\n")}
`)) return void 0;
  const hashes = /* @__PURE__ */ new Map();
  for (const line of body) {
    const m = LINE.exec(line);
    if (!m) return void 0;
    hashes.set(m[1], m[2]);
  }
  return hashes;
}
function renderBlobHashes(hashes) {
  const body = [...hashes].map(([blob, hash]) => `${blob} ${hash}`);
  return `${[`${HEADER} ${hashText(`${body.join("\n")}
`)}`, ...body].join("\n")}
`;
}
function loadBlobHashes(repo) {
  const path = blobHashCachePath(repo);
  const read = path === void 0 ? void 0 : readRegularBytes(path, MAX_CACHE_BYTES, { noFollow: true });
  const known = (read?.ok ? parseBlobHashes(read.bytes.toString("utf8")) : void 0) ?? /* @__PURE__ */ new Map();
  const learned = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  return {
    of(text, blob) {
      if (blob === void 0) return hashText(text);
      const cached = known.get(blob);
      if (cached !== void 0) {
        used.add(blob);
        return cached;
      }
      const again = learned.get(blob);
      if (again !== void 0) return again;
      const hash = hashText(text);
      learned.set(blob, hash);
      return hash;
    },
    cached(blob) {
      return known.get(blob) ?? learned.get(blob);
    },
    save() {
      if (path === void 0 || learned.size === 0 || learned.size * 8 < used.size + learned.size) return;
      const next = new Map(learned);
      for (const blob of used) next.set(blob, known.get(blob));
      for (const [blob, hash] of known) {
        if (next.size >= MAX_CACHED_BLOBS) break;
        if (!next.has(blob)) next.set(blob, hash);
      }
      try {
        const info = lstatSync(path, { throwIfNoEntry: false });
        if (info && !info.isFile()) return;
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, renderBlobHashes(next));
      } catch {
      }
    }
  };
}

// src/engine/applied/guard-staged.ts
async function replayStaged(repo, spec, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-KF2JUHK2.js");
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
