import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/adapters/git.ts
import { spawnSync } from "node:child_process";
import { relative, resolve } from "node:path";
var GitRepo = class _GitRepo {
  constructor(root) {
    this.root = root;
  }
  root;
  static async open(cwd) {
    const run = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8" });
    if (run.error || run.status !== 0) {
      const why = run.error ? "git is not installed" : `${cwd} is not inside a git repository`;
      throw new LockstepError("usage", `${why}; run lockstep where the migrations are committed`, {
        cause: run.error ?? new Error(run.stderr)
      });
    }
    return new _GitRepo(run.stdout.trim());
  }
  /** The path of `abs` in the repository. */
  pathOf(abs) {
    return relative(this.root, resolve(abs)).split("\\").join("/");
  }
  /** The commit a ref names, or undefined when it names none here. */
  async commitOf(ref) {
    const run = this.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return run.ok ? run.stdout.trim() || void 0 : void 0;
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
  /**
   * Paths under `dirs` whose staged content differs from HEAD (all staged paths there before a first commit).
   */
  stagedPaths(dirs) {
    const pathspecs = dirs.map((dir) => dir || ".");
    const diff = this.run([
      "diff",
      "--cached",
      "--name-only",
      "--no-renames",
      "-z",
      "HEAD",
      "--",
      ...pathspecs
    ]);
    const out = diff.ok ? diff.stdout : this.run(["ls-files", "--cached", "-z", "--", ...pathspecs]).stdout;
    return out.split("\0").filter(Boolean);
  }
  run(args) {
    const run = spawnSync("git", args, { cwd: this.root, encoding: "utf8", maxBuffer: 1 << 28 });
    return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
  }
  /** Every file staged under `dir`, with its blob. */
  async indexEntries(dir) {
    const out = this.run(["ls-files", "--cached", "--stage", "-z", "--", dir || "."]).stdout;
    return out.split("\0").filter(Boolean).map((line) => {
      const [meta = "", path = ""] = line.split("	");
      return { blob: meta.split(" ")[1] ?? "", path };
    });
  }
  /** Every file under `dir` at `ref`, with its blob. */
  async treeEntries(ref, dir) {
    const run = this.run(["ls-tree", "-r", "-z", "--full-tree", ref, "--", dir || "."]);
    if (!run.ok)
      throw new LockstepError("io", `git ls-tree ${ref} failed: ${run.stderr.trim().split("\n")[0]}`);
    const out = run.stdout;
    return out.split("\0").filter(Boolean).map((line) => {
      const [meta = "", path = ""] = line.split("	");
      return { blob: meta.split(" ")[2] ?? "", path };
    });
  }
  /** The contents of many blobs in one `git cat-file --batch`. */
  readBlobs(blobs) {
    const unique = [...new Set(blobs)];
    const contents = /* @__PURE__ */ new Map();
    if (unique.length === 0) return contents;
    const run = spawnSync("git", ["cat-file", "--batch"], {
      cwd: this.root,
      input: `${unique.join("\n")}
`,
      maxBuffer: 1 << 30
    });
    if (run.status !== 0) {
      throw new LockstepError("io", `git cat-file failed: ${run.stderr.toString().trim().split("\n")[0]}`);
    }
    const buf = run.stdout;
    let at = 0;
    while (at < buf.length) {
      const eol = buf.indexOf(10, at);
      const [blob = "", , size = "0"] = buf.subarray(at, eol).toString().split(" ");
      const start = eol + 1;
      const end = start + Number(size);
      contents.set(blob, buf.subarray(start, end));
      at = end + 1;
    }
    return contents;
  }
  /** A file's text at a ref ("" ref: the index), or undefined when it is not there. */
  async show(ref, path) {
    const run = this.run(["show", `${ref}:${path}`]);
    return run.ok ? run.stdout : void 0;
  }
  /** The best common ancestor of two commits, or undefined (unrelated, or cut off by a shallow clone). */
  async mergeBase(a, b) {
    const run = this.run(["merge-base", a, b]);
    return run.ok ? run.stdout.trim() || void 0 : void 0;
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
    return this.run(["fetch", "--quiet", "--no-tags", ...args]).ok;
  }
  /** The paths among `paths` that are in the index (tracked, or staged to be). */
  trackedPaths(paths) {
    if (paths.length === 0) return /* @__PURE__ */ new Set();
    const run = this.run(["--literal-pathspecs", "ls-files", "--cached", "-z", "--", ...paths]);
    return new Set(run.stdout.split("\0").filter(Boolean));
  }
  /** `git mv` of one tracked file; the destination folder must exist. */
  move(from, to) {
    const run = this.run(["--literal-pathspecs", "mv", "--", from, to]);
    if (!run.ok) {
      throw new LockstepError(
        "io",
        `git mv ${from} ${to} failed: ${run.stderr.trim().split("\n")[0]}; nothing after it was moved`
      );
    }
  }
  async add(paths) {
    if (paths.length === 0) return;
    const run = this.run(["add", "--", ...paths]);
    if (!run.ok) throw new LockstepError("io", `git add failed: ${run.stderr.trim().split("\n")[0]}`);
  }
};

export {
  GitRepo
};
