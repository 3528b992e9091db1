import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBlobHashes,
  readSummed,
  writeSummed
} from "./chunk-T6ZHBBNA.js";
import {
  MAX_LOCK_BYTES,
  appliedAt,
  frozenFindings,
  knownPaths,
  lockEntries,
  lockParser,
  lockPathOf,
  lockProblemFindings,
  lockTextAt,
  withLockFileLock,
  writeLockText
} from "./chunk-BJUN4ADH.js";
import {
  blobId
} from "./chunk-NUGY736W.js";
import {
  readDatabase,
  setOf
} from "./chunk-27KHMPRI.js";
import {
  displayOf
} from "./chunk-ICBRVQAN.js";
import {
  LOCK_FILE,
  entryLine,
  lockSum,
  renderLockFile
} from "./chunk-Z2X2U7TB.js";
import {
  BUILD,
  VERSION
} from "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import {
  shownPath
} from "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-ILLIW43Z.js";
import {
  compareVersions,
  toolOf
} from "./chunk-X7R4MUVV.js";
import "./chunk-5OGJ6SNL.js";
import {
  decodeText,
  readRegularBytes
} from "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/engine/applied/guard-settled.ts
import { createHash as createHash2 } from "node:crypto";
import { join } from "node:path";

// src/adapters/git-tree.ts
import { createHash } from "node:crypto";
var ID_BYTES = 20;
var NEAR = 4096;
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
var compareEntry = (name, buf, e) => compareTo(name, buf, e.name, e.nul, e.isTree);
var MODES = ["100644 ", "100755 ", "120000 ", "160000 ", "40000 "].map((m) => Buffer.from(m));
function entryAt(buf, start, nul) {
  if (nul === -1 || nul + 1 + ID_BYTES > buf.length) return void 0;
  for (const mode of MODES) {
    const name = start + mode.length;
    if (name < nul && buf.compare(mode, 0, mode.length, start, name) === 0)
      return { start, name, nul, isTree: buf[start] === 52 };
  }
  return void 0;
}
var entryStarting = (buf, start) => entryAt(buf, start, buf.indexOf(0, start));
var endOf = (e) => e.nul + 1 + ID_BYTES;
function endsOneWay(buf, end) {
  const nul = end - 1 - ID_BYTES;
  if (nul <= 0 || buf[nul] !== 0) return false;
  const before = buf.lastIndexOf(0, nul - 1);
  let readings = 0;
  for (let start = before + 1; start <= before + 1 + ID_BYTES && start < nul; start++) {
    if (start !== 0 && buf[start - 1 - ID_BYTES] !== 0) continue;
    if (entryAt(buf, start, nul)) readings++;
  }
  return readings === 1;
}
function entryFrom(buf, from, to) {
  let nul = buf.indexOf(0, Math.max(from - 1 - ID_BYTES, 0));
  for (let tries = 0; tries < 8 && nul !== -1; tries++) {
    const start = nul + 1 + ID_BYTES;
    if (start >= to) return void 0;
    const here = endsOneWay(buf, start) ? entryStarting(buf, start) : void 0;
    if (here) return here;
    nul = buf.indexOf(0, nul + 1);
  }
  return void 0;
}
function place(buf, name) {
  let low = 0;
  let high = buf.length;
  while (high - low > NEAR) {
    const entry2 = entryFrom(buf, low + high >>> 1, high);
    if (!entry2) break;
    if (compareEntry(name, buf, entry2) > 0) low = endOf(entry2);
    else high = entry2.start;
  }
  for (let at = low; at < high; ) {
    const entry2 = entryStarting(buf, at);
    if (!entry2) return void 0;
    if (compareEntry(name, buf, entry2) <= 0) return { at, entry: entry2 };
    at = endOf(entry2);
  }
  if (high === buf.length) return { at: high };
  const entry = entryStarting(buf, high);
  return entry ? { at: high, entry } : void 0;
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
  let kept = 0;
  for (const put of puts) {
    const found = place(buf, put.name);
    if (!found || found.at < kept) return void 0;
    pieces.push(buf.subarray(kept, found.at), put.entry);
    const same = found.entry !== void 0 && compareEntry(put.name, buf, found.entry) === 0;
    kept = same && found.entry ? endOf(found.entry) : found.at;
  }
  pieces.push(buf.subarray(kept));
  const length = pieces.reduce((sum, p) => sum + p.length, 0);
  const hash = createHash("sha1").update(`tree ${length}\0`);
  for (const p of pieces) hash.update(p);
  return hash.digest("hex");
}

// src/adapters/settled-states.ts
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
function statesOf(body) {
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
function loadSettledStates(repo) {
  const path = repo.lockstepPath(SETTLED_FILE);
  const body = readSummed(path, HEADER, MAX_BYTES);
  const states = (body && statesOf(body)) ?? /* @__PURE__ */ new Map();
  const fresh = /* @__PURE__ */ new Map();
  let changed = false;
  return {
    get(key) {
      if (fresh.has(key)) return fresh.get(key);
      const known = states.get(key);
      if (known !== void 0) fresh.set(key, known);
      return known;
    },
    put(key, settled) {
      fresh.delete(key);
      fresh.set(key, settled);
      changed = true;
    },
    save() {
      if (!changed) return;
      changed = false;
      const newest = [...fresh].reverse();
      const rest = [...states].filter(([key]) => !fresh.has(key));
      const kept = [...newest, ...rest].slice(0, MAX_STATES);
      states.clear();
      for (const [key, settled] of kept) states.set(key, settled);
      fresh.clear();
      writeSummed(
        path,
        HEADER,
        kept.map(([key, settled]) => `${key} ${JSON.stringify(settled)}`)
      );
    }
  };
}

// src/core/lock/guard-delta.ts
var NEWLINE = 10;
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
function appendLockLines(lock, count, added) {
  const bytes = Buffer.from(lock.buffer, lock.byteOffset, lock.byteLength);
  const first = bytes.indexOf(NEWLINE);
  if (first === -1 || bytes[bytes.length - 1] !== NEWLINE) return void 0;
  let at = first;
  for (let i = 0; i < count; i++) {
    at = bytes.indexOf(NEWLINE, at + 1);
    if (at === -1) return void 0;
  }
  const lines = Buffer.from(added.map((e) => `${entryLine(e)}
`).join(""), "utf8");
  const body = [bytes.subarray(first + 1, at + 1), lines, bytes.subarray(at + 1)];
  return Buffer.concat([Buffer.from(`${lockSum(body)}
`), ...body]);
}

// src/engine/applied/guard-verdict.ts
function verdictInputs(repo, spec, appliedRef, cwd, hashes) {
  const parse = lockParser();
  const hashOf = (file) => hashes().of(file.text, file.blob);
  let applied;
  return {
    parse,
    hashes,
    hashOf,
    applied: () => {
      applied ??= appliedAt(repo, appliedRef, spec, cwd, parse, hashOf);
      return applied;
    }
  };
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
async function guardVerdict(repo, spec, dir, appliedRef, cwd, at, inputs) {
  const lockPath = lockPathOf(dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  repo.prefetch(["", "HEAD", ...appliedRef ? [appliedRef] : []].map((ref) => ({ ref, path: lockPath })));
  const { parse, hashOf } = inputs;
  const stagedLockText = await lockTextAt(repo, at, dir);
  const stagedParsed = stagedLockText === void 0 ? void 0 : parse(stagedLockText);
  const stagedLock = stagedParsed?.lock;
  const applied = await inputs.applied();
  const unchanged = await unchangedFiles(repo, spec, dir, applied, inputs.hashes());
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
  if (findings.some((f) => f.severity === "error")) return verdict;
  const entries = lockEntries(set, files, hashOf);
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
    "lockstep-guard-state 2",
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
function shortcutNames(ref, dir) {
  return ref === "" ? [`:${lockPathOf(dir)}`] : [`${ref}:${dir}`];
}
async function guardAdded(repo, spec, dir, appliedRef, cwd, inputs, configId) {
  if (!spec.config.layout && !spec.config.pattern) return void 0;
  const tool = configuredTool(spec);
  if (!tool?.namesOnly || tool.graph || tool.reads.only || spec.config.order) return void 0;
  if (configId === void 0 || appliedRef === void 0) return void 0;
  const changes = repo.stagedChanges([dir]);
  const added = changes && addedOnly(changes, dir);
  if (!added) return void 0;
  const [headDir = "", indexLock = ""] = [...shortcutNames("HEAD", dir), ...shortcutNames("", dir)];
  const appliedDir = appliedRef === "HEAD" ? void 0 : shortcutNames(appliedRef, dir)[0];
  const ids = repo.lookup([headDir, indexLock, ...appliedDir ? [appliedDir] : []]);
  const tree = ids.get(headDir);
  const lockId = ids.get(indexLock);
  if (tree?.type !== "tree" || lockId?.type !== "blob") return void 0;
  if (appliedDir !== void 0 && !ids.has(appliedDir)) return void 0;
  const appliedObject = appliedDir === void 0 ? void 0 : ids.get(appliedDir);
  const applied = appliedDir === void 0 ? "HEAD" : appliedObject ? `${appliedObject.type} ${appliedObject.oid}` : "none";
  const keyOf = (state) => stateKey(repo, { spec, cwd, configId, tree: state, applied });
  const states = loadSettledStates(repo);
  try {
    const key = keyOf(tree.oid);
    let settled = states.get(key);
    if (settled === void 0) {
      settled = await settledAtHead(repo, spec, dir, appliedRef, cwd, inputs);
      states.put(key, settled ?? null);
    }
    if (!settled) return void 0;
    return await appendAdded(
      repo,
      spec,
      dir,
      cwd,
      { settled, added, tree: tree.oid, lockId: lockId.oid },
      (next, after) => states.put(keyOf(next), after)
    );
  } finally {
    states.save();
  }
}
async function appendAdded(repo, spec, dir, cwd, at, remember) {
  const { settled, added, tree, lockId } = at;
  const lockPath = lockPathOf(dir);
  const display = displayOf(repo, dir, cwd);
  const rel = (path) => dir === "" ? path : path.slice(dir.length + 1);
  const onDisk = readRegularBytes(join(spec.dir, LOCK_FILE), MAX_LOCK_BYTES, { noFollow: true });
  const same = onDisk.ok && blobId(onDisk.bytes) === lockId;
  const objects = repo.readObjects([...same ? [] : [lockId], tree, ...added.map((c) => c.blob)]);
  const lock = same && onDisk.ok ? onDisk.bytes : objects.get(lockId)?.content;
  if (lock === void 0) return void 0;
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
  const wanted = appendLockLines(lock, settled.entries, appended);
  if (wanted === void 0) return void 0;
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  await withLockFileLock(
    spec.dir,
    shownLock,
    [],
    () => writeLockText(spec.dir, shownLock, wanted, void 0, { sweep: false })
  );
  repo.stageTracked([lockPath]);
  const treeBytes = objects.get(tree);
  const next = treeBytes?.type === "tree" ? treeIdWith(treeBytes.content, [
    ...added.map((c) => ({ name: rel(c.path), mode: c.mode, blob: c.blob })),
    { name: LOCK_FILE, mode: "100644", blob: blobId(wanted) }
  ]) : void 0;
  if (next !== void 0) remember(next, settledAfter(settled, subset, files, appended));
  return { lockStaged: shownLock };
}
async function settledAtHead(repo, spec, dir, appliedRef, cwd, inputs) {
  const v = await guardVerdict(repo, spec, dir, appliedRef, cwd, "HEAD", inputs);
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
async function replayStaged(repo, spec, inputs, cwd, rules) {
  const { replayDatabase } = await import("./replay-JTN3XIZN.js");
  const applied = await inputs.applied();
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
async function guardDatabase(repo, spec, dir, appliedRef, cwd, inputs, configId) {
  const shownDir = shownPath(cwd, spec.dir);
  const added = await guardAdded(repo, spec, dir, appliedRef, cwd, inputs, configId);
  if (added) return { name: spec.name, dir: shownDir, findings: [], lockStaged: added.lockStaged };
  const verdict = await guardVerdict(repo, spec, dir, appliedRef, cwd, "", inputs);
  const result = { name: spec.name, dir: shownDir, findings: verdict.findings };
  const { wanted, shownLock } = verdict;
  if (wanted !== void 0 && wanted !== verdict.lockText) {
    const notes = [];
    await withLockFileLock(spec.dir, shownLock, notes, () => writeLockText(spec.dir, shownLock, wanted));
    if (verdict.lockText !== void 0) repo.stageTracked([lockPathOf(dir)]);
    else await repo.add([lockPathOf(dir)]);
    result.lockStaged = shownLock;
  }
  return result;
}
export {
  guardDatabase,
  loadBlobHashes,
  replayStaged,
  shortcutNames,
  touchesMigrations,
  verdictInputs
};
