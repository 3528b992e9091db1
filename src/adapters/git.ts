import { spawnSync } from "node:child_process";
import { relative, resolve } from "node:path";
import { LockstepError } from "../core/errors.js";
import { parseBatch } from "./cat-file.js";

/** A path inside the repository, relative to its root, forward slashes. */
export type RepoPath = string;

/** The mode git gives a submodule's entry: a commit of another repository, not a file. */
const GITLINK = "160000";

/** What one `git cat-file --batch` may print: every migration file of a directory at once. */
const MAX_BATCH_BYTES = 1 << 30;

/** lockstep's cache of blob hashes, in the git directory (see blob-hash-cache). */
const CACHE_FILE = "lockstep/blob-hashes";

export interface IndexEntry {
  path: RepoPath;
  blob: string;
}

/**
 * The few git questions lockstep asks; everything else about the repository is none of its business.
 * git is run directly: simple-git waits 50 ms after every command that prints nothing, which made the
 * pre-commit hook four times slower, and most of these commands print nothing in the common case.
 */
export class GitRepo {
  /** Submodules met under the directories read so far (paths in the repository), each kept once. */
  readonly submodules = new Set<RepoPath>();

  private constructor(
    /** Absolute path of the work tree's top. */
    readonly root: string,
    /** Absolute path of lockstep's own cache file in the git directory. */
    private readonly cachePath: string | undefined,
  ) {}

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

  /** The path of `abs` in the repository. */
  pathOf(abs: string): RepoPath {
    return relative(this.root, resolve(abs)).split("\\").join("/");
  }

  /** The commit a ref names, or undefined when it names none here. */
  async commitOf(ref: string): Promise<string | undefined> {
    const run = this.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return run.ok ? run.stdout.trim() || undefined : undefined;
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

  /**
   * Paths under `dirs` whose staged content differs from HEAD (all staged paths there before a first commit).
   */
  stagedPaths(dirs: RepoPath[]): RepoPath[] {
    const pathspecs = dirs.map((dir) => dir || ".");
    const diff = this.run([
      "diff",
      "--cached",
      "--name-only",
      "--no-renames",
      "-z",
      "HEAD",
      "--",
      ...pathspecs,
    ]);
    const out = diff.ok ? diff.stdout : this.run(["ls-files", "--cached", "-z", "--", ...pathspecs]).stdout;
    return out.split("\0").filter(Boolean);
  }

  private run(args: string[]): { ok: boolean; stdout: string; stderr: string } {
    const run = spawnSync("git", args, { cwd: this.root, encoding: "utf8", maxBuffer: 1 << 28 });
    return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
  }

  /** Every file staged under `dir`, with its blob; submodules are recorded in `submodules`. */
  async indexEntries(dir: RepoPath): Promise<IndexEntry[]> {
    // `<mode> <object> <stage>\t<path>`
    const out = this.run(["ls-files", "--cached", "--stage", "-z", "--", dir || "."]).stdout;
    return this.files(out, (meta) => [meta[0], meta[1]]);
  }

  /** Every file under `dir` at `ref`, with its blob; submodules are recorded in `submodules`. */
  async treeEntries(ref: string, dir: RepoPath): Promise<IndexEntry[]> {
    // `<mode> <type> <object>\t<path>`
    const run = this.run(["ls-tree", "-r", "-z", "--full-tree", ref, "--", dir || "."]);
    if (!run.ok)
      throw new LockstepError("io", `git ls-tree ${ref} failed: ${run.stderr.trim().split("\n")[0]}`);
    return this.files(run.stdout, (meta) => [meta[0], meta[2]]);
  }

  /**
   * The file entries of `ls-files`/`ls-tree -z` output. A gitlink (mode 160000) names a commit of another
   * repository, not a file: it is left out, and kept in `submodules` for the command to report once.
   */
  private files(out: string, modeAndObject: (meta: string[]) => (string | undefined)[]): IndexEntry[] {
    const entries: IndexEntry[] = [];
    for (const line of out.split("\0")) {
      const tab = line.indexOf("\t");
      if (tab === -1) continue;
      // A path may itself hold tabs: only the first one ends the metadata.
      const path = line.slice(tab + 1);
      const [mode = "", blob = ""] = modeAndObject(line.slice(0, tab).split(" "));
      if (mode === GITLINK) this.submodules.add(path);
      else if (blob) entries.push({ path, blob });
    }
    return entries;
  }

  /**
   * The contents of many blobs in one `git cat-file --batch`, by the name asked. Objects git does not have
   * (a gitlink's commit), or that are not blobs, are absent; an answer not parsed exactly is an io fault.
   */
  readBlobs(blobs: string[]): Map<string, Uint8Array> {
    const unique = [...new Set(blobs)];
    const contents = new Map<string, Uint8Array>();
    if (unique.length === 0) return contents;
    const odd = unique.find((blob) => !/^[0-9a-f]{4,64}$/.test(blob));
    if (odd !== undefined)
      throw new LockstepError("internal", `asked git cat-file for ${JSON.stringify(odd)}, not an object id`);
    const run = spawnSync("git", ["cat-file", "--batch"], {
      cwd: this.root,
      input: `${unique.join("\n")}\n`,
      maxBuffer: MAX_BATCH_BYTES,
    });
    if (run.error || run.status !== 0) {
      const why =
        (run.error as NodeJS.ErrnoException | undefined)?.code === "ENOBUFS"
          ? `the migration files' blobs are over ${MAX_BATCH_BYTES / 1024 / 1024} MiB in all`
          : (run.error?.message ?? run.stderr.toString().trim().split("\n")[0]);
      throw new LockstepError("io", `git cat-file failed: ${why}`, { cause: run.error });
    }
    for (const [i, answer] of parseBatch(run.stdout, unique).entries()) {
      if (answer.kind === "object" && answer.type === "blob")
        contents.set(unique[i] as string, answer.content);
    }
    return contents;
  }

  /** A file's text at a ref ("" ref: the index), or undefined when it is not there. */
  async show(ref: string, path: RepoPath): Promise<string | undefined> {
    const run = this.run(["show", `${ref}:${path}`]);
    return run.ok ? run.stdout : undefined;
  }

  /** The best common ancestor of two commits, or undefined (unrelated, or cut off by a shallow clone). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const run = this.run(["merge-base", a, b]);
    return run.ok ? run.stdout.trim() || undefined : undefined;
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
    return this.run(["fetch", "--quiet", "--no-tags", ...args]).ok;
  }

  /** The paths among `paths` that are in the index (tracked, or staged to be). */
  trackedPaths(paths: RepoPath[]): Set<RepoPath> {
    if (paths.length === 0) return new Set();
    const run = this.run(["--literal-pathspecs", "ls-files", "--cached", "-z", "--", ...paths]);
    return new Set(run.stdout.split("\0").filter(Boolean));
  }

  /** `git mv` of one tracked file; the destination folder must exist. */
  move(from: RepoPath, to: RepoPath): void {
    const run = this.run(["--literal-pathspecs", "mv", "--", from, to]);
    if (!run.ok) {
      throw new LockstepError(
        "io",
        `git mv ${from} ${to} failed: ${run.stderr.trim().split("\n")[0]}; nothing after it was moved`,
      );
    }
  }

  async add(paths: RepoPath[]): Promise<void> {
    if (paths.length === 0) return;
    const run = this.run(["add", "--", ...paths]);
    if (!run.ok) throw new LockstepError("io", `git add failed: ${run.stderr.trim().split("\n")[0]}`);
  }
}
