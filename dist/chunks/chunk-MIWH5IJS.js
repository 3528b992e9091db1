import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  blobId
} from "./chunk-NUGY736W.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/adapters/git.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { dirname, join, relative, resolve } from "node:path";

// src/adapters/cat-file.ts
var FOUND = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) (\d{1,15})$/;
var NOT_FOUND = /^(\S+) (missing|ambiguous)$/;
function fault(message) {
  return new LockstepError(
    "io",
    `git cat-file --batch ${message}; nothing was read from it (run git fsck, or update git)`
  );
}
function parseBatch(out, asked) {
  const answers = [];
  let at = 0;
  for (const name of asked) {
    const eol = out.indexOf(10, at);
    if (eol === -1) throw fault(`stopped after ${answers.length} of ${asked.length} answers`);
    const header = Buffer.from(out.subarray(at, eol)).toString("latin1");
    const missing = NOT_FOUND.exec(header);
    if (missing) {
      if (missing[1] !== name) throw fault(`answered for ${missing[1]} when asked for ${name}`);
      answers.push({ kind: missing[2], name });
      at = eol + 1;
      continue;
    }
    const found = FOUND.exec(header);
    if (!found)
      throw fault(`printed an answer it does not document (${JSON.stringify(header.slice(0, 80))})`);
    const [, oid = "", type = "", size = ""] = found;
    if (oid.length === name.length && oid !== name) throw fault(`answered for ${oid} when asked for ${name}`);
    const start = eol + 1;
    const end = start + Number(size);
    if (end >= out.length || out[end] !== 10)
      throw fault(`announced ${size} bytes for ${oid}, which do not fit what it printed`);
    answers.push({ kind: "object", oid, type, content: out.subarray(start, end) });
    at = end + 1;
  }
  if (at !== out.length) throw fault(`printed more answers than the ${asked.length} asked for`);
  return answers;
}
function parseTree(content, idBytes) {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const entries = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(32, at);
    const nul = space === -1 ? -1 : bytes.indexOf(0, space + 1);
    if (nul === -1 || nul + 1 + idBytes > bytes.length) return void 0;
    const mode = bytes.toString("latin1", at, space);
    if (!/^[0-7]{5,6}$/.test(mode) || nul === space + 1) return void 0;
    entries.push({
      mode,
      name: bytes.toString("utf8", space + 1, nul),
      id: bytes.toString("hex", nul + 1, nul + 1 + idBytes)
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}

// src/adapters/git-listings.ts
var GITLINK = "160000";
var GitListings = class {
  constructor(run, submodules) {
    this.run = run;
    this.submodules = submodules;
  }
  run;
  submodules;
  trees = /* @__PURE__ */ new Map();
  /** Tree objects a prefetch read, by `<ref>:<path>`, with their ids' width in bytes (see treeEntries). */
  treeObjects = /* @__PURE__ */ new Map();
  /** A directory's tree object as a prefetch read it (`<ref>:<path>`), for treeEntries to list from. */
  keepTree(name, content, idBytes) {
    this.treeObjects.set(name, { content, idBytes });
  }
  /** What was listed: after a command of lockstep's own changed the index or the refs. */
  forget() {
    this.trees.clear();
  }
  /** Every file staged under `dir`, with its blob; submodules are recorded in `submodules`. */
  async indexEntries(dir) {
    const out = this.run(["ls-files", "--cached", "--stage", "-z", "--", dir || "."]).stdout;
    return this.files(out, (meta) => [meta[0], meta[1]]);
  }
  /** Every file under `dir` at `ref`, with its blob; submodules are recorded in `submodules`. */
  async treeEntries(ref, dir) {
    const key = `${ref}\0${dir}`;
    const known = this.trees.get(key);
    if (known) return known;
    const flat = this.flatTree(ref, dir);
    if (flat) {
      this.trees.set(key, flat);
      return flat;
    }
    const run = this.run(["ls-tree", "-r", "-z", "--full-tree", ref, "--", dir || "."]);
    if (!run.ok)
      throw new LockstepError("io", `git ls-tree ${ref} failed: ${run.stderr.trim().split("\n")[0]}`);
    const entries = this.files(run.stdout, (meta) => [meta[0], meta[2]]);
    this.trees.set(key, entries);
    return entries;
  }
  /**
   * A directory's entries from its tree object, read by a prefetch, where it holds no folder: what
   * `ls-tree -r` would list, without starting it. Undefined (ls-tree then answers) for anything else.
   */
  flatTree(ref, dir) {
    const tree = dir === "" ? void 0 : this.treeObjects.get(`${ref}:${dir}`);
    const parsed = tree && parseTree(tree.content, tree.idBytes);
    if (!parsed || parsed.some((e) => e.mode === "40000" || e.name.includes("/"))) return void 0;
    const entries = [];
    for (const e of parsed) {
      const path = `${dir}/${e.name}`;
      if (e.mode === GITLINK) this.submodules.add(path);
      else entries.push({ path, blob: e.id });
    }
    return entries;
  }
  /**
   * The file entries of `ls-files`/`ls-tree -z` output. A gitlink (mode 160000) names a commit of another
   * repository, not a file: it is left out, and kept in `submodules` for the command to report once.
   */
  files(out, modeAndObject) {
    const entries = [];
    for (const line of out.split("\0")) {
      const tab = line.indexOf("	");
      if (tab === -1) continue;
      const path = line.slice(tab + 1);
      const [mode = "", blob = ""] = modeAndObject(line.slice(0, tab).split(" "));
      if (mode === GITLINK) this.submodules.add(path);
      else if (blob) entries.push({ path, blob });
    }
    return entries;
  }
};

// src/adapters/git-objects.ts
import { spawnSync } from "node:child_process";
var MAX_BATCH_BYTES = 1 << 30;
var SIMPLE_NAME = /^\S+$/;
var GitObjects = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** Blobs read so far, by object id. */
  blobs = /* @__PURE__ */ new Map();
  /** Working-tree files read already, by absolute path with forward slashes (see offerWorkingFiles). */
  offered = /* @__PURE__ */ new Map();
  /**
   * Files this command has read from the working tree already (by absolute path), as bytes on disk. An entry
   * read later whose blob they hash to is taken from them instead of asked of git: equal ids, equal bytes.
   * Bytes that differ (an edit, CRLF conversion, a filter) simply do not match, and git is asked.
   */
  offerWorkingFiles(files) {
    for (const [path, bytes] of files) this.offered.set(path.split("\\").join("/"), bytes);
  }
  /** The blobs of these entries, as readBlobs gives them, first from the working-tree files offered. */
  readEntryBlobs(entries) {
    if (this.offered.size > 0) {
      const top = this.root.split("\\").join("/");
      for (const entry of entries) {
        if (this.blobs.has(entry.blob)) continue;
        const path = `${top}/${entry.path}`;
        const bytes = this.offered.get(path);
        if (bytes === void 0) continue;
        this.offered.delete(path);
        if (blobId(bytes) === entry.blob) this.blobs.set(entry.blob, bytes);
      }
    }
    return this.readBlobs(entries.map((e) => e.blob));
  }
  /**
   * The contents of many blobs in one `git cat-file --batch`, by the name asked. Objects git does not have
   * (a gitlink's commit), or that are not blobs, are absent; an answer not parsed exactly is an io fault.
   */
  readBlobs(blobs) {
    const contents = /* @__PURE__ */ new Map();
    const unique = this.unread(blobs, contents);
    if (unique.length === 0) return contents;
    const odd = unique.find((blob) => !/^[0-9a-f]{4,64}$/.test(blob));
    if (odd !== void 0)
      throw new LockstepError("internal", `asked git cat-file for ${JSON.stringify(odd)}, not an object id`);
    const run = this.catFile(unique);
    if (!run.ok) throw new LockstepError("io", `git cat-file failed: ${run.why}`, { cause: run.cause });
    for (const [i, answer] of this.keep(parseBatch(run.stdout, unique)).entries())
      if (answer.kind === "object" && answer.type === "blob")
        contents.set(unique[i], answer.content);
    return contents;
  }
  /** The names not read before, each once; those read before (an object id names its bytes for good) go to `known`. */
  unread(names, known) {
    const unique = [];
    for (const name of new Set(names)) {
      const bytes = this.blobs.get(name);
      if (bytes) known.set(name, bytes);
      else unique.push(name);
    }
    return unique;
  }
  /** Keeps the blobs among answers by their id: what one tree (HEAD) read, another (the base) has already. */
  keep(answers) {
    for (const answer of answers)
      if (answer.kind === "object" && answer.type === "blob") this.blobs.set(answer.oid, answer.content);
    return answers;
  }
  /** One `git cat-file --batch` for these names, one per line (see parseBatch for its answers). */
  catFile(names) {
    const run = spawnSync("git", ["cat-file", "--batch"], {
      cwd: this.root,
      input: `${names.join("\n")}
`,
      maxBuffer: MAX_BATCH_BYTES
    });
    if (!run.error && run.status === 0) return { ok: true, stdout: run.stdout };
    const why = run.error?.code === "ENOBUFS" ? `the migration files' blobs are over ${MAX_BATCH_BYTES / 1024 / 1024} MiB in all` : run.error?.message ?? run.stderr.toString().trim().split("\n")[0] ?? "";
    return { ok: false, why, cause: run.error };
  }
  /** `catFile` where failing is only slower (the caller asks another way): the answers, or undefined. */
  tryCatFile(names) {
    const run = names.length === 0 ? void 0 : this.catFile(names);
    if (!run?.ok) return void 0;
    try {
      return this.keep(parseBatch(run.stdout, names));
    } catch {
      return void 0;
    }
  }
  /**
   * Objects by name (`<ref>:<path>`, an id), read in one `git cat-file --batch`; those git lacks, and all of
   * them when git's answer is not understood, are absent. Blobs read before are not asked again.
   */
  readObjects(names) {
    const out = /* @__PURE__ */ new Map();
    const known = /* @__PURE__ */ new Map();
    const asked = this.unread(names, known).filter((name) => SIMPLE_NAME.test(name));
    for (const [name, content] of known) out.set(name, { type: "blob", content });
    for (const [i, answer] of (this.tryCatFile(asked) ?? []).entries())
      if (answer.kind === "object") out.set(asked[i], answer);
    return out;
  }
};

// src/adapters/raw-diff.ts
function parseRawDiff(out) {
  const parts = out.split("\0");
  if (parts.at(-1) === "") parts.pop();
  const changes = [];
  for (let i = 0; i < parts.length; i += 2) {
    const meta = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(parts[i]);
    const path = parts[i + 1];
    if (!meta || path === void 0) return void 0;
    changes.push({ path, status: meta[3], mode: meta[1], blob: meta[2] });
  }
  return changes;
}

// src/adapters/git-staged.ts
var PLAIN_PATH = /^(?!:)[^*?[\\]+$/;
var GitStaged = class {
  constructor(run) {
    this.run = run;
  }
  run;
  staged = /* @__PURE__ */ new Map();
  /** What was remembered: after a command of lockstep's own changed the index. */
  forget() {
    this.staged.clear();
  }
  /**
   * Paths under `dirs` whose staged content differs from HEAD (all staged paths there before a first commit).
   */
  paths(dirs) {
    const pathspecs = dirs.map((dir) => dir || ".");
    const key = pathspecs.join("\0");
    const known = this.staged.get(key) ?? this.within(pathspecs);
    if (known) {
      this.staged.set(key, known);
      return [...known.paths];
    }
    const diff = this.run([
      "diff",
      "--cached",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "-z",
      "HEAD",
      "--",
      ...pathspecs
    ]);
    const changes = diff.ok ? parseRawDiff(diff.stdout) : void 0;
    const listed = (args) => this.run([...args, "-z", "--", ...pathspecs]).stdout.split("\0").filter(Boolean);
    const paths = changes ? changes.map((c) => c.path) : diff.ok ? listed(["diff", "--cached", "--name-only", "--no-renames", "HEAD"]) : listed(["ls-files", "--cached"]);
    this.staged.set(key, { paths, changes });
    return [...paths];
  }
  /**
   * The answer for `pathspecs` taken from one asked for more of them (the guard asks for every database's
   * directory, then for each one's): only for plain paths, whose matches are the path and what is below it.
   */
  within(pathspecs) {
    if (!pathspecs.every((spec) => PLAIN_PATH.test(spec))) return void 0;
    for (const [key, answer] of this.staged) {
      const asked = key.split("\0");
      if (!answer.changes || !pathspecs.every((spec) => asked.includes(spec))) continue;
      const under = (path) => pathspecs.some((spec) => spec === "." || path === spec || path.startsWith(`${spec}/`));
      const changes = answer.changes.filter((c) => under(c.path));
      return { paths: changes.map((c) => c.path), changes };
    }
    return void 0;
  }
  /**
   * How each path `paths(dirs)` gave differs from HEAD, or undefined before a first commit (or where
   * git's answer was not understood): asked with it, at no extra cost.
   */
  changes(dirs) {
    this.paths(dirs);
    return this.staged.get(dirs.map((dir) => dir || ".").join("\0"))?.changes;
  }
};

// src/adapters/git.ts
var CACHE_FILE = "lockstep/blob-hashes";
var GitRepo = class _GitRepo {
  constructor(root, cachePath) {
    this.root = root;
    this.cachePath = cachePath;
    this.objects = new GitObjects(root);
    this.stagedQuestions = new GitStaged((args) => this.run(args));
    this.listings = new GitListings((args) => this.run(args), this.submodules);
  }
  root;
  cachePath;
  /** Submodules met under the directories read so far (paths in the repository), each kept once. */
  submodules = /* @__PURE__ */ new Set();
  /** The objects read so far (see GitObjects). */
  objects;
  /** Refs resolved so far (to a commit, or to none), and files shown, by `<ref>:<path>`: within one command. */
  commits = /* @__PURE__ */ new Map();
  /** What `git cat-file --batch-check` said of names (an object, or none), within one command. */
  looked = /* @__PURE__ */ new Map();
  shown = /* @__PURE__ */ new Map();
  stagedQuestions;
  listings;
  static async open(cwd) {
    const run = spawnSync2("git", ["rev-parse", "--show-toplevel", "--git-path", CACHE_FILE], {
      cwd,
      encoding: "utf8"
    });
    if (run.error || run.status !== 0) {
      const why = run.error ? "git is not installed" : `${cwd} is not inside a git repository`;
      throw new LockstepError("usage", `${why}; run lockstep where the migrations are committed`, {
        cause: run.error ?? new Error(run.stderr)
      });
    }
    const [root = "", cache] = run.stdout.split("\n");
    return new _GitRepo(root.trim(), cache ? resolve(cwd, cache) : void 0);
  }
  /** Where lockstep keeps what it may remember between runs, in the git directory (see blob-hash-cache). */
  gitPath(name) {
    return name === CACHE_FILE ? this.cachePath : void 0;
  }
  /** Another file of lockstep's own in the git directory, beside the blob hash cache (the guard's skip script). */
  lockstepPath(name) {
    return this.cachePath === void 0 ? void 0 : join(dirname(this.cachePath), name);
  }
  /** The path of `abs` in the repository. */
  pathOf(abs) {
    return relative(this.root, resolve(abs)).split("\\").join("/");
  }
  /** The commit a ref names, or undefined when it names none here. */
  async commitOf(ref) {
    if (this.commits.has(ref)) return this.commits.get(ref);
    const run = this.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    const commit = run.ok ? run.stdout.trim() || void 0 : void 0;
    this.commits.set(ref, commit);
    return commit;
  }
  /**
   * Resolves several refs at once (with `lookup`), so that the `commitOf` calls that follow ask git nothing:
   * the guard tries five candidate bases before it knows which one exists. `also`: other names to look up
   * in the same question (the guard's migration directories at those refs).
   */
  resolveCommits(refs, also = []) {
    const asked = refs.filter((ref) => !this.commits.has(ref));
    const found = this.lookup([...asked.map((ref) => `${ref}^{commit}`), ...also]);
    for (const ref of asked) {
      const name = `${ref}^{commit}`;
      if (!found.has(name)) continue;
      const object = found.get(name);
      if (object === void 0) this.commits.set(ref, void 0);
      else if (object.type === "commit") this.commits.set(ref, object.oid);
    }
  }
  /** What a symbolic ref such as origin/HEAD points at ("origin/main"), if it is one. */
  async symbolicTarget(ref) {
    const run = this.run(["rev-parse", "--abbrev-ref", ref]);
    return run.ok ? run.stdout.trim() || void 0 : void 0;
  }
  async currentBranch() {
    const run = this.run(["symbolic-ref", "--short", "-q", "HEAD"]);
    return run.ok ? run.stdout.trim() || void 0 : void 0;
  }
  /** See GitStaged.paths. */
  stagedPaths(dirs) {
    return this.stagedQuestions.paths(dirs);
  }
  /** See GitStaged.changes. */
  stagedChanges(dirs) {
    return this.stagedQuestions.changes(dirs);
  }
  /**
   * The objects names stand for (`<ref>^{commit}`, `<ref>:<path>`, an id), in one `git cat-file
   * --batch-check` for those not asked before in this command. A name that names nothing maps to
   * undefined; one whose answer was not understood (or that git cannot take on one line) is left out.
   */
  lookup(names) {
    const asked = [...new Set(names)].filter((name) => !this.looked.has(name) && SIMPLE_NAME.test(name));
    if (asked.length > 0) {
      const run = spawnSync2("git", ["cat-file", "--batch-check"], {
        cwd: this.root,
        input: `${asked.join("\n")}
`,
        encoding: "utf8"
      });
      const lines = !run.error && run.status === 0 ? run.stdout.split("\n") : [];
      for (const [i, name] of asked.entries()) {
        const found = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) \d+$/.exec(lines[i] ?? "");
        if (found) this.looked.set(name, { oid: found[1], type: found[2] });
        else if (lines[i] === `${name} missing`) this.looked.set(name, void 0);
      }
    }
    const out = /* @__PURE__ */ new Map();
    for (const name of names) if (this.looked.has(name)) out.set(name, this.looked.get(name));
    return out;
  }
  run(args) {
    const run = spawnSync2("git", args, { cwd: this.root, encoding: "utf8", maxBuffer: 1 << 28 });
    return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
  }
  /** See GitListings.indexEntries. */
  async indexEntries(dir) {
    return this.listings.indexEntries(dir);
  }
  /** See GitListings.treeEntries. */
  async treeEntries(ref, dir) {
    return this.listings.treeEntries(ref, dir);
  }
  /** See GitObjects.offerWorkingFiles. */
  offerWorkingFiles(files) {
    this.objects.offerWorkingFiles(files);
  }
  /** See GitObjects.readEntryBlobs. */
  readEntryBlobs(entries) {
    return this.objects.readEntryBlobs(entries);
  }
  /** See GitObjects.readBlobs. */
  readBlobs(blobs) {
    return this.objects.readBlobs(blobs);
  }
  /** See GitObjects.readObjects. */
  readObjects(names) {
    return this.objects.readObjects(names);
  }
  /** A file's text at a ref ("" ref: the index), or undefined when it is not there. */
  async show(ref, path) {
    const name = `${ref}:${path}`;
    if (this.shown.has(name)) return this.shown.get(name);
    const run = this.run(["show", name]);
    const text = run.ok ? run.stdout : void 0;
    this.shown.set(name, text);
    return text;
  }
  /**
   * Reads several files' texts at once (one `git cat-file --batch`) for the `show` calls that follow: the
   * guard reads the lock file from the index, HEAD and the base. A directory is answered as `show` does,
   * and its tree kept for treeEntries: a migration directory's listing comes in the same process.
   */
  prefetch(files) {
    const names = files.map(({ ref, path }) => `${ref}:${path}`).filter((name) => !this.shown.has(name) && SIMPLE_NAME.test(name));
    if (names.length === 0) return;
    const answers = this.objects.tryCatFile(names) ?? [];
    for (const [i, answer] of answers.entries()) {
      const name = names[i];
      if (answer.kind === "missing") this.shown.set(name, void 0);
      else if (answer.kind === "object" && answer.type === "blob")
        this.shown.set(name, Buffer.from(answer.content).toString("utf8"));
      else if (answer.kind === "object" && answer.type === "tree") {
        this.shown.set(name, `tree ${name}

`);
        this.listings.keepTree(name, answer.content, answer.oid.length / 2);
      }
    }
  }
  /** The best common ancestor of two commits, or undefined (unrelated, or cut off by a shallow clone). */
  async mergeBase(a, b) {
    const run = this.run(["merge-base", a, b]);
    const commit = run.ok ? run.stdout.trim() || void 0 : void 0;
    if (commit) this.commits.set(commit, commit);
    return commit;
  }
  async isAncestor(ancestor, of) {
    return this.run(["merge-base", "--is-ancestor", ancestor, of]).ok;
  }
  /** The parents of a commit, first parent first. */
  async parents(ref) {
    const run = this.run(["rev-list", "--parents", "-n", "1", ref]);
    return run.ok ? run.stdout.trim().split(" ").slice(1) : [];
  }
  isShallow() {
    return this.run(["rev-parse", "--is-shallow-repository"]).stdout.trim() === "true";
  }
  /** `git fetch` with these arguments; false when it fails (no remote, no network). */
  fetch(args) {
    this.forget();
    return this.run(["fetch", "--quiet", "--no-tags", ...args]).ok;
  }
  /** What was remembered of refs and the index: after a command of lockstep's own changed them. */
  forget() {
    this.commits.clear();
    this.looked.clear();
    this.shown.clear();
    this.stagedQuestions.forget();
    this.listings.forget();
  }
  /** The paths among `paths` that are in the index (tracked, or staged to be). */
  trackedPaths(paths) {
    if (paths.length === 0) return /* @__PURE__ */ new Set();
    const run = this.run(["--literal-pathspecs", "ls-files", "--cached", "-z", "--", ...paths]);
    return new Set(run.stdout.split("\0").filter(Boolean));
  }
  /** `git mv` of one tracked file; the destination folder must exist. */
  move(from, to) {
    this.forget();
    const run = this.run(["--literal-pathspecs", "mv", "--", from, to]);
    if (!run.ok) {
      throw new LockstepError(
        "io",
        `git mv ${from} ${to} failed: ${run.stderr.trim().split("\n")[0]}; nothing after it was moved`
      );
    }
  }
  /**
   * Stages files the index already tracks, as `git add` does (the same filters and attributes, the same
   * entry), with `git update-index`: `git add` also lists each path's directory looking for untracked
   * files to add, which in a directory of thousands of migrations costs more than the rest of it.
   */
  stageTracked(paths) {
    if (paths.length === 0) return;
    this.forget();
    const run = this.run(["update-index", "--add", "--", ...paths]);
    if (!run.ok)
      throw new LockstepError("io", `git update-index failed: ${run.stderr.trim().split("\n")[0]}`);
  }
  async add(paths) {
    if (paths.length === 0) return;
    this.forget();
    const run = this.run(["add", "--", ...paths]);
    if (!run.ok) throw new LockstepError("io", `git add failed: ${run.stderr.trim().split("\n")[0]}`);
  }
};

export {
  GitRepo
};
