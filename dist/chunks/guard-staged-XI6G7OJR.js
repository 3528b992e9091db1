import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBlobHashes
} from "./chunk-54FJ3ISS.js";
import {
  MAX_LOCK_BYTES,
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
} from "./chunk-W2CONA4Z.js";
import {
  blobId
} from "./chunk-JPMREDHX.js";
import {
  readDatabase,
  setOf
} from "./chunk-2YISKZN7.js";
import {
  displayOf
} from "./chunk-VQRAOVLM.js";
import {
  LOCK_FILE,
  entryLine,
  hashText,
  renderLockFile
} from "./chunk-DGP3YP7L.js";
import {
  BUILD,
  VERSION
} from "./chunk-K6GRYC25.js";
import "./chunk-TR7J7TJX.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import {
  shownPath
} from "./chunk-5QFZSIP7.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-BFRFBM5V.js";
import {
  compareVersions,
  toolOf
} from "./chunk-PLNMKAPZ.js";
import "./chunk-5OGJ6SNL.js";
import {
  decodeText,
  readRegularBytes
} from "./chunk-XEVHRPGF.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/engine/applied/guard-settled.ts
import { createHash as createHash2 } from "node:crypto";
import { join } from "node:path";

// src/adapters/git-tree.ts
import { createHash } from "node:crypto";
var ID_BYTES = 20;
function compareTo(name, buf, start, end, isTree) {
  const first = name[0] - buf[start];
  if (first !== 0 && end > start) return first;
  const length = end - start;
  const n = Math.min(name.length, length);
  const c = name.compare(buf, start, start + n, 0, n);
  if (c !== 0) return c;
  const mine = name.length > n ? name[n] : 0;
  const theirs = length > n ? buf[start + n] : isTree ? 47 : 0;
  return mine - theirs;
}
function treeIdWith(tree, files) {
  const buf = Buffer.from(tree.buffer, tree.byteOffset, tree.byteLength);
  const puts = [];
  for (const file of files) {
    if (!/^[0-9a-f]{40}$/.test(file.blob) || file.name.includes("/") || file.name === "") return void 0;
    if (file.mode !== "100644" && file.mode !== "100755") return void 0;
    const name = Buffer.from(file.name);
    const entry = Buffer.concat([
      Buffer.from(`${file.mode} `),
      name,
      Buffer.of(0),
      Buffer.from(file.blob, "hex")
    ]);
    puts.push({ name, entry });
  }
  puts.sort((a, b) => Buffer.compare(a.name, b.name));
  if (puts.some((p, i) => i > 0 && p.name.equals(puts[i - 1].name))) return void 0;
  const pieces = [];
  let from = 0;
  let next = 0;
  let at = 0;
  while (at < buf.length && next < puts.length) {
    let space = at;
    while (space < buf.length && buf[space] !== 32) space++;
    let nul = space;
    while (nul < buf.length && buf[nul] !== 0) nul++;
    if (nul + 1 + ID_BYTES > buf.length) return void 0;
    const isTree = space - at === 5 && buf[at] === 52;
    const end = nul + 1 + ID_BYTES;
    let c = compareTo(puts[next].name, buf, space + 1, nul, isTree);
    while (c < 0) {
      pieces.push(buf.subarray(from, at), puts[next].entry);
      from = at;
      next++;
      if (next === puts.length) break;
      c = compareTo(puts[next].name, buf, space + 1, nul, isTree);
    }
    if (next < puts.length && c === 0) {
      pieces.push(buf.subarray(from, at), puts[next].entry);
      from = end;
      next++;
    }
    at = end;
  }
  pieces.push(buf.subarray(from));
  for (; next < puts.length; next++) pieces.push(puts[next].entry);
  const length = pieces.reduce((sum, p) => sum + p.length, 0);
  const hash = createHash("sha1").update(`tree ${length}\0`);
  for (const p of pieces) hash.update(p);
  return hash.digest("hex");
}

// src/adapters/settled-states.ts
import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var SETTLED_FILE = "settled-states";
var HEADER = "lockstep-settled 1";
var KEY = /^[0-9a-f]{64}$/;
var MAX_STATES = 16;
var MAX_BYTES = 4 * 1024 * 1024;
function isStrings(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function isSettled(value) {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  const v = value;
  const keys = Object.keys(v).sort().join(",");
  return (keys === "elsewhere,entries,last" || keys === "elsewhere,entries,last,newest") && isStrings(v.last) && isStrings(v.elsewhere) && Number.isSafeInteger(v.entries) && v.entries >= 0 && (v.newest === void 0 || typeof v.newest === "string");
}
function parseSettledStates(text) {
  const lines = text.split("\n");
  if (lines.pop() !== "") return void 0;
  const [first, ...body] = lines;
  if (first !== `${HEADER} ${hashText(`${body.join("\n")}
`)}`) return void 0;
  const states = /* @__PURE__ */ new Map();
  for (const line of body) {
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    if (space === -1 || !KEY.test(key) || states.has(key)) return void 0;
    let value;
    try {
      value = JSON.parse(line.slice(space + 1));
    } catch {
      return void 0;
    }
    if (!isSettled(value)) return void 0;
    states.set(key, value);
  }
  return states;
}
function renderSettledStates(states) {
  const body = [...states].map(([key, settled]) => `${key} ${JSON.stringify(settled)}`);
  return `${[`${HEADER} ${hashText(`${body.join("\n")}
`)}`, ...body].join("\n")}
`;
}
function loadSettledStates(repo) {
  const path = repo.lockstepPath(SETTLED_FILE);
  const read = path === void 0 ? void 0 : readRegularBytes(path, MAX_BYTES, { noFollow: true });
  const states = (read?.ok ? parseSettledStates(read.bytes.toString("utf8")) : void 0) ?? /* @__PURE__ */ new Map();
  return {
    get: (key) => states.get(key),
    put(key, settled) {
      states.delete(key);
      const next = new Map([[key, settled], ...[...states].slice(0, MAX_STATES - 1)]);
      states.clear();
      for (const [k, v] of next) states.set(k, v);
      if (path === void 0) return;
      try {
        const info = lstatSync(path, { throwIfNoEntry: false });
        if (info && !info.isFile()) return;
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, renderSettledStates(states));
      } catch {
      }
    }
  };
}

// src/core/lock/guard-delta.ts
function newestOf(versions, start) {
  let newest = start;
  for (const v of versions) if (newest === void 0 || compareVersions(v, newest) > 0) newest = v;
  return newest;
}
function settledOf(input) {
  const { set, files } = input;
  if (set.migrations.some((m) => m.stamp !== void 0)) return void 0;
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const last = set.migrations.at(-1)?.files.map((display) => relOf.get(display));
  if (last?.some((rel) => rel === void 0)) return void 0;
  const held = new Set(files.map((f) => f.rel));
  return {
    last: last ?? [],
    newest: newestOf([...set.migrations.map((m) => m.version), ...input.applied.map((e) => e.version)]),
    entries: input.entries,
    elsewhere: input.applied.filter((e) => !held.has(e.path)).map((e) => e.path)
  };
}
function appendedEntries(settled, subset, lastFiles, added, entries) {
  if (subset.findings.some((f) => f.severity === "error")) return void 0;
  if (added.length === 0 || added.some((f) => f.text === void 0)) return void 0;
  const elsewhere = new Set(settled.elsewhere);
  if (added.some((f) => elsewhere.has(f.rel))) return void 0;
  const shownAdded = new Set(added.map((f) => f.display));
  const [first, ...rest] = subset.migrations;
  const fresh = lastFiles.length === 0 ? subset.migrations : rest;
  if (lastFiles.length > 0 && !sameFiles(first?.files ?? [], lastFiles)) return void 0;
  const placed = /* @__PURE__ */ new Set();
  for (const m of fresh) {
    if (m.stamp !== void 0 || m.files.some((f) => !shownAdded.has(f))) return void 0;
    if (settled.newest !== void 0 && compareVersions(m.version, settled.newest) <= 0) return void 0;
    for (const f of m.files) placed.add(f);
  }
  if (placed.size !== shownAdded.size) return void 0;
  const addedRels = new Set(added.map((f) => f.rel));
  const out = entries.filter((e) => addedRels.has(e.path));
  if (entries.slice(0, entries.length - out.length).some((e) => addedRels.has(e.path))) return void 0;
  return out.length === addedRels.size ? out : void 0;
}
function sameFiles(shown, files) {
  return shown.length === files.length && files.every((f, i) => shown[i] === f.display);
}
function settledAfter(settled, subset, files, added) {
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const last = subset.migrations.at(-1)?.files.map((display) => relOf.get(display)) ?? [];
  return {
    last,
    newest: newestOf(
      subset.migrations.map((m) => m.version),
      settled.newest
    ),
    entries: settled.entries + added.length,
    elsewhere: settled.elsewhere
  };
}
function appendLockLines(text, count, added) {
  const first = text.indexOf("\n");
  if (first === -1 || !text.endsWith("\n")) return void 0;
  let at = first;
  for (let i = 0; i < count; i++) {
    at = text.indexOf("\n", at + 1);
    if (at === -1 || at === text.length) return void 0;
  }
  const lines = added.map((e) => `${entryLine(e)}
`).join("");
  const body = `${text.slice(first + 1, at + 1)}${lines}${text.slice(at + 1)}`;
  return `${hashText(body)}
${body}`;
}

// src/engine/applied/guard-verdict.ts
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
async function guardVerdict(repo, spec, dir, appliedRef, cwd, at) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  repo.prefetch(["", "HEAD", ...appliedRef ? [appliedRef] : []].map((ref) => ({ ref, path: lockPath })));
  const parse = lockParser();
  const hashes = loadBlobHashes(repo);
  const hashOf = hashOfBlob(hashes);
  const stagedLockText = await lockTextAt(repo, at, dir);
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
    { at: "git", repo, ref: at, namesOnly },
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
  const verdict = { findings, files, set, applied, lockText: stagedLockText, shownLock };
  if (findings.some((f) => f.severity === "error")) {
    hashes.save();
    return verdict;
  }
  const entries = lockEntries(set, files, hashOf);
  hashes.save();
  const versions = new Set(entries.map((e) => e.version));
  const amendments = (stagedLock?.amendments ?? []).filter((a) => versions.has(a.version));
  return { ...verdict, entries, wanted: renderLockFile({ entries, amendments }) };
}

// src/engine/applied/guard-settled.ts
var REGULAR = /* @__PURE__ */ new Set(["100644", "100755"]);
function stateKey(repo, parts) {
  const { spec } = parts;
  const where = { dir: repo.pathOf(spec.dir), root: repo.pathOf(spec.root), top: repo.pathOf(spec.top) };
  const material = [
    "lockstep-guard-state 1",
    BUILD,
    VERSION,
    parts.configId,
    JSON.stringify({ name: spec.name, ...where, config: spec.config, detected: spec.detected }),
    repo.pathOf(parts.cwd),
    parts.tree,
    parts.applied
  ];
  return createHash2("sha256").update(JSON.stringify(material)).digest("hex");
}
function addedOnly(changes, dir) {
  const prefix = dir === "" ? "" : `${dir}/`;
  const mine = changes.filter((c) => c.path.startsWith(prefix));
  const lock = lockPathOf(dir);
  const plain = mine.every((c) => c.status === "A" && REGULAR.has(c.mode) && c.path !== lock);
  return plain && mine.length > 0 ? mine : void 0;
}
async function guardAdded(repo, spec, dir, appliedRef, cwd, configId) {
  if (!spec.config.layout && !spec.config.pattern) return void 0;
  const tool = configuredTool(spec);
  if (!tool?.namesOnly || tool.graph || tool.reads.only || spec.config.order) return void 0;
  if (configId === void 0 || appliedRef === void 0) return void 0;
  const changes = repo.stagedChanges([dir]);
  const added = changes && addedOnly(changes, dir);
  if (!added) return void 0;
  const lockPath = lockPathOf(dir);
  const treeName = `HEAD:${dir}`;
  const headLock = `HEAD:${lockPath}`;
  const appliedNames = appliedRef === "HEAD" ? [] : [`${appliedRef}:${lockPath}`, `${appliedRef}:${dir}`];
  const ids = repo.objectIds([treeName, headLock, ...appliedNames]);
  const tree = ids.get(treeName);
  if (tree === void 0 || appliedNames.some((name) => !ids.has(name))) return void 0;
  const [appliedLock = "", appliedDir = ""] = appliedNames;
  const applied = appliedRef === "HEAD" ? "HEAD" : ids.get(appliedLock) !== void 0 ? `lock ${ids.get(appliedLock)}` : `tree ${ids.get(appliedDir) ?? "none"}`;
  const keyOf = (state) => stateKey(repo, { spec, cwd, configId, tree: state, applied });
  const states = loadSettledStates(repo);
  const key = keyOf(tree);
  let settled = states.get(key);
  if (settled === void 0) {
    settled = await settledAtHead(repo, spec, dir, appliedRef, cwd);
    states.put(key, settled ?? null);
  }
  if (!settled) return void 0;
  const display = displayOf(repo, dir, cwd);
  const rel = (path) => dir === "" ? path : path.slice(dir.length + 1);
  const lockName = `:${lockPath}`;
  const onDisk = readRegularBytes(join(spec.dir, LOCK_FILE), MAX_LOCK_BYTES, { noFollow: true });
  const same = onDisk.ok && ids.get(headLock) !== void 0 && blobId(onDisk.bytes) === ids.get(headLock);
  const objects = repo.readObjects([...same ? [] : [lockName], tree, ...added.map((c) => c.blob)]);
  const lock = same && onDisk.ok ? { type: "blob", content: onDisk.bytes } : objects.get(lockName);
  if (lock?.type !== "blob") return void 0;
  const addedFiles = added.map((c) => {
    const object = objects.get(c.blob);
    const base = { rel: rel(c.path), display: display(rel(c.path)), blob: c.blob };
    return object?.type === "blob" ? { ...base, ...decodeText(object.content) } : { ...base, unreadable: "absent" };
  });
  const lastFiles = settled.last.map((r) => ({ rel: r, display: display(r), text: "" }));
  const files = [...lastFiles, ...addedFiles].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const subset = await setOf(spec, cwd, { at: "git", repo, ref: "" }, files);
  const appended = appendedEntries(settled, subset, lastFiles, addedFiles, lockEntries(subset, files));
  if (!appended) return void 0;
  const wanted = appendLockLines(Buffer.from(lock.content).toString("utf8"), settled.entries, appended);
  if (wanted === void 0) return void 0;
  const bytes = Buffer.from(wanted);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  await withLockFileLock(
    spec.dir,
    shownLock,
    [],
    () => writeLockText(spec.dir, shownLock, bytes, void 0, { sweep: false })
  );
  await repo.add([lockPath]);
  const treeBytes = objects.get(tree);
  const next = treeBytes?.type === "tree" ? treeIdWith(treeBytes.content, [
    ...added.map((c) => ({ name: rel(c.path), mode: c.mode, blob: c.blob })),
    { name: LOCK_FILE, mode: "100644", blob: blobId(bytes) }
  ]) : void 0;
  if (next !== void 0) states.put(keyOf(next), settledAfter(settled, subset, files, appended));
  return { lockStaged: shownLock };
}
async function settledAtHead(repo, spec, dir, appliedRef, cwd) {
  const v = await guardVerdict(repo, spec, dir, appliedRef, cwd, "HEAD");
  if (v.findings.length > 0 || v.wanted === void 0 || v.wanted !== v.lockText) return void 0;
  if (repo.submodules.size > 0) return void 0;
  return settledOf({
    set: v.set,
    files: v.files,
    applied: v.applied.entries,
    entries: v.entries?.length ?? 0
  });
}

// src/engine/applied/guard-staged.ts
async function replayStaged(repo, spec, appliedRef, cwd, rules) {
  const { replayDatabase } = await import("./replay-OM6NIPLX.js");
  const applied = await appliedAt(repo, appliedRef, spec, cwd);
  const staged = await readDatabase(spec, cwd, { at: "git", repo, ref: "" });
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const { report } = await replayDatabase(staged, { cwd, down: "new" }, rules, appliedVersions);
  return report.findings.filter((f) => f.rule !== "duplicate-version" && f.rule !== "parse-error");
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
async function guardDatabase(repo, spec, dir, appliedRef, cwd, configId) {
  const shownDir = shownPath(cwd, spec.dir);
  const added = await guardAdded(repo, spec, dir, appliedRef, cwd, configId);
  if (added) return { name: spec.name, dir: shownDir, findings: [], lockStaged: added.lockStaged };
  const verdict = await guardVerdict(repo, spec, dir, appliedRef, cwd, "");
  const result = { name: spec.name, dir: shownDir, findings: verdict.findings };
  const { wanted, shownLock } = verdict;
  if (wanted !== void 0 && wanted !== verdict.lockText) {
    const notes = [];
    await withLockFileLock(spec.dir, shownLock, notes, () => writeLockText(spec.dir, shownLock, wanted));
    await repo.add([lockPathOf(dir)]);
    result.lockStaged = shownLock;
  }
  return result;
}
export {
  guardDatabase,
  replayStaged,
  touchesMigrations
};
