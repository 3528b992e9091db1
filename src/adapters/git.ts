import { spawnSync } from "node:child_process";
import { dirname, join, relative, resolve } from "node:path";
import { LockstepError } from "../core/errors.js";
import { GitListings } from "./git-listings.js";
import { GitObjects, type IndexEntry, SIMPLE_NAME } from "./git-objects.js";
import { GitStaged } from "./git-staged.js";
import type { StagedChange } from "./raw-diff.js";

export type { StagedChange };

/** A path inside the repository, relative to its root, forward slashes. */
export type RepoPath = string;

/** lockstep's cache of blob hashes, in the git directory (see blob-hash-cache). */
const CACHE_FILE = "lockstep/blob-hashes";

/** An object a name stands for. */
export interface ObjectId {
  oid: string;
  type: string;
}

export type { IndexEntry };

/**
 * The few git questions lockstep asks; everything else about the repository is none of its business.
 * git is run directly: simple-git waits 50 ms after every command that prints nothing, which made the
 * pre-commit hook four times slower, and most of these commands print nothing in the common case.
 */
export class GitRepo {
  /** Submodules met under the directories read so far (paths in the repository), each kept once. */
  readonly submodules = new Set<RepoPath>();
  /** The objects read so far (see GitObjects). */
  private readonly objects: GitObjects;
  /** Refs resolved so far (to a commit, or to none), and files shown, by `<ref>:<path>`: within one command. */
  private readonly commits = new Map<string, string | undefined>();
  /** What `git cat-file --batch-check` said of names (an object, or none), within one command. */
  private readonly looked = new Map<string, ObjectId | undefined>();
  private readonly shown = new Map<string, string | undefined>();
  private readonly stagedQuestions: GitStaged;
  private readonly listings: GitListings;

  private constructor(
    /** Absolute path of the work tree's top. */
    readonly root: string,
    /** Absolute path of lockstep's own cache file in the git directory. */
    private readonly cachePath: string | undefined,
  ) {
    this.objects = new GitObjects(root);
    this.stagedQuestions = new GitStaged((args) => this.run(args));
    this.listings = new GitListings((args) => this.run(args), this.submodules);
  }

  static async open(cwd: string): Promise<GitRepo> {
    const run = spawnSync("git", ["rev-parse", "--show-toplevel", "--git-path", CACHE_FILE], {
      cwd,
      encoding: "utf8",
    });
    if (run.error || run.status !== 0) {
      const why = run.error ? "git is not installed" : `${cwd} is not inside a git repository`;
      throw new LockstepError("usage", `${why}; run lockstep where the migrations are committed`, {
        cause: run.error ?? new Error(run.stderr),
      });
    }
    const [root = "", cache] = run.stdout.split("\n");
    return new GitRepo(root.trim(), cache ? resolve(cwd, cache) : undefined);
  }

  /** Where lockstep keeps what it may remember between runs, in the git directory (see blob-hash-cache). */
  gitPath(name: typeof CACHE_FILE): string | undefined {
    return name === CACHE_FILE ? this.cachePath : undefined;
  }

  /** Another file of lockstep's own in the git directory, beside the blob hash cache (the guard's skip script). */
  lockstepPath(name: string): string | undefined {
    return this.cachePath === undefined ? undefined : join(dirname(this.cachePath), name);
  }

  /** The path of `abs` in the repository. */
  pathOf(abs: string): RepoPath {
    return relative(this.root, resolve(abs)).split("\\").join("/");
  }

  /** The commit a ref names, or undefined when it names none here. */
  async commitOf(ref: string): Promise<string | undefined> {
    if (this.commits.has(ref)) return this.commits.get(ref);
    const run = this.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    const commit = run.ok ? run.stdout.trim() || undefined : undefined;
    this.commits.set(ref, commit);
    return commit;
  }

  /**
   * Resolves several refs at once (with `lookup`), so that the `commitOf` calls that follow ask git nothing:
   * the guard tries five candidate bases before it knows which one exists. `also`: other names to look up
   * in the same question (the guard's migration directories at those refs).
   */
  resolveCommits(refs: readonly string[], also: readonly string[] = []): void {
    const asked = refs.filter((ref) => !this.commits.has(ref));
    const found = this.lookup([...asked.map((ref) => `${ref}^{commit}`), ...also]);
    for (const ref of asked) {
      const name = `${ref}^{commit}`;
      // Anything not understood is left to rev-parse.
      if (!found.has(name)) continue;
      const object = found.get(name);
      if (object === undefined) this.commits.set(ref, undefined);
      else if (object.type === "commit") this.commits.set(ref, object.oid);
    }
  }

  /** What a symbolic ref such as origin/HEAD points at ("origin/main"), if it is one. */
  async symbolicTarget(ref: string): Promise<string | undefined> {
    const run = this.run(["rev-parse", "--abbrev-ref", ref]);
    return run.ok ? run.stdout.trim() || undefined : undefined;
  }

  async currentBranch(): Promise<string | undefined> {
    const run = this.run(["symbolic-ref", "--short", "-q", "HEAD"]);
    return run.ok ? run.stdout.trim() || undefined : undefined;
  }

  /** See GitStaged.paths. */
  stagedPaths(dirs: RepoPath[]): RepoPath[] {
    return this.stagedQuestions.paths(dirs);
  }

  /** See GitStaged.changes. */
  stagedChanges(dirs: RepoPath[]): StagedChange[] | undefined {
    return this.stagedQuestions.changes(dirs);
  }

  /**
   * The objects names stand for (`<ref>^{commit}`, `<ref>:<path>`, an id), in one `git cat-file
   * --batch-check` for those not asked before in this command. A name that names nothing maps to
   * undefined; one whose answer was not understood (or that git cannot take on one line) is left out.
   */
  lookup(names: readonly string[]): Map<string, ObjectId | undefined> {
    const asked = [...new Set(names)].filter((name) => !this.looked.has(name) && SIMPLE_NAME.test(name));
    if (asked.length > 0) {
      const run = spawnSync("git", ["cat-file", "--batch-check"], {
        cwd: this.root,
        input: `${asked.join("\n")}\n`,
        encoding: "utf8",
      });
      const lines = !run.error && run.status === 0 ? run.stdout.split("\n") : [];
      for (const [i, name] of asked.entries()) {
        const found = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) \d+$/.exec(lines[i] ?? "");
        if (found) this.looked.set(name, { oid: found[1] as string, type: found[2] as string });
        else if (lines[i] === `${name} missing`) this.looked.set(name, undefined);
      }
    }
    const out = new Map<string, ObjectId | undefined>();
    for (const name of names) if (this.looked.has(name)) out.set(name, this.looked.get(name));
    return out;
  }

  private run(args: string[]): { ok: boolean; stdout: string; stderr: string } {
    const run = spawnSync("git", args, { cwd: this.root, encoding: "utf8", maxBuffer: 1 << 28 });
    return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
  }

  /** See GitListings.indexEntries. */
  async indexEntries(dir: RepoPath): Promise<IndexEntry[]> {
    return this.listings.indexEntries(dir);
  }

  /** See GitListings.treeEntries. */
  async treeEntries(ref: string, dir: RepoPath): Promise<IndexEntry[]> {
    return this.listings.treeEntries(ref, dir);
  }

  /** See GitObjects.offerWorkingFiles. */
  offerWorkingFiles(files: ReadonlyMap<string, Uint8Array>): void {
    this.objects.offerWorkingFiles(files);
  }

  /** See GitObjects.readEntryBlobs. */
  readEntryBlobs(entries: readonly IndexEntry[]): Map<string, Uint8Array> {
    return this.objects.readEntryBlobs(entries);
  }

  /** See GitObjects.readBlobs. */
  readBlobs(blobs: string[]): Map<string, Uint8Array> {
    return this.objects.readBlobs(blobs);
  }

  /** See GitObjects.readObjects. */
  readObjects(names: readonly string[]): Map<string, { type: string; content: Uint8Array }> {
    return this.objects.readObjects(names);
  }

  /** A file's text at a ref ("" ref: the index), or undefined when it is not there. */
  async show(ref: string, path: RepoPath): Promise<string | undefined> {
    const name = `${ref}:${path}`;
    if (this.shown.has(name)) return this.shown.get(name);
    const run = this.run(["show", name]);
    const text = run.ok ? run.stdout : undefined;
    this.shown.set(name, text);
    return text;
  }

  /**
   * Reads several files' texts at once (one `git cat-file --batch`) for the `show` calls that follow: the
   * guard reads the lock file from the index, HEAD and the base. A directory is answered as `show` does,
   * and its tree kept for treeEntries: a migration directory's listing comes in the same process.
   */
  prefetch(files: readonly { ref: string; path: RepoPath }[]): void {
    const names = files
      .map(({ ref, path }) => `${ref}:${path}`)
      .filter((name) => !this.shown.has(name) && SIMPLE_NAME.test(name));
    if (names.length === 0) return;
    // Only an optimisation: whatever fails here, `show` asks again.
    const answers = this.objects.tryCatFile(names) ?? [];
    for (const [i, answer] of answers.entries()) {
      const name = names[i] as string;
      if (answer.kind === "missing") this.shown.set(name, undefined);
      else if (answer.kind === "object" && answer.type === "blob")
        this.shown.set(name, Buffer.from(answer.content).toString("utf8"));
      else if (answer.kind === "object" && answer.type === "tree") {
        this.shown.set(name, `tree ${name}\n\n`);
        this.listings.keepTree(name, answer.content, answer.oid.length / 2);
      }
    }
  }

  /** The best common ancestor of two commits, or undefined (unrelated, or cut off by a shallow clone). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const run = this.run(["merge-base", a, b]);
    const commit = run.ok ? run.stdout.trim() || undefined : undefined;
    // What merge-base prints is a commit's id: commitOf it needs no question to git.
    if (commit) this.commits.set(commit, commit);
    return commit;
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return this.run(["merge-base", "--is-ancestor", ancestor, of]).ok;
  }

  /** The parents of a commit, first parent first. */
  async parents(ref: string): Promise<string[]> {
    const run = this.run(["rev-list", "--parents", "-n", "1", ref]);
    return run.ok ? run.stdout.trim().split(" ").slice(1) : [];
  }

  isShallow(): boolean {
    return this.run(["rev-parse", "--is-shallow-repository"]).stdout.trim() === "true";
  }

  /** `git fetch` with these arguments; false when it fails (no remote, no network). */
  fetch(args: string[]): boolean {
    this.forget();
    return this.run(["fetch", "--quiet", "--no-tags", ...args]).ok;
  }

  /** What was remembered of refs and the index: after a command of lockstep's own changed them. */
  private forget(): void {
    this.commits.clear();
    this.looked.clear();
    this.shown.clear();
    this.stagedQuestions.forget();
    this.listings.forget();
  }

  /** The paths among `paths` that are in the index (tracked, or staged to be). */
  trackedPaths(paths: RepoPath[]): Set<RepoPath> {
    if (paths.length === 0) return new Set();
    const run = this.run(["--literal-pathspecs", "ls-files", "--cached", "-z", "--", ...paths]);
    return new Set(run.stdout.split("\0").filter(Boolean));
  }

  /** `git mv` of one tracked file; the destination folder must exist. */
  move(from: RepoPath, to: RepoPath): void {
    this.forget();
    const run = this.run(["--literal-pathspecs", "mv", "--", from, to]);
    if (!run.ok) {
      throw new LockstepError(
        "io",
        `git mv ${from} ${to} failed: ${run.stderr.trim().split("\n")[0]}; nothing after it was moved`,
      );
    }
  }

  /**
   * Stages files the index already tracks, as `git add` does (the same filters and attributes, the same
   * entry), with `git update-index`: `git add` also lists each path's directory looking for untracked
   * files to add, which in a directory of thousands of migrations costs more than the rest of it.
   */
  stageTracked(paths: RepoPath[]): void {
    if (paths.length === 0) return;
    this.forget();
    const run = this.run(["update-index", "--add", "--", ...paths]);
    if (!run.ok)
      throw new LockstepError("io", `git update-index failed: ${run.stderr.trim().split("\n")[0]}`);
  }

  async add(paths: RepoPath[]): Promise<void> {
    if (paths.length === 0) return;
    this.forget();
    const run = this.run(["add", "--", ...paths]);
    if (!run.ok) throw new LockstepError("io", `git add failed: ${run.stderr.trim().split("\n")[0]}`);
  }
}
