import { spawnSync } from "node:child_process";
import { relative, resolve } from "node:path";
import { type SimpleGit, simpleGit } from "simple-git";
import { LockstepError } from "../core/errors.js";

/** A path inside the repository, relative to its root, forward slashes. */
export type RepoPath = string;

export interface IndexEntry {
  path: RepoPath;
  blob: string;
}

/** The few git questions lockstep asks; everything else about the repository is none of its business. */
export class GitRepo {
  private constructor(
    private readonly git: SimpleGit,
    /** Absolute path of the work tree's top. */
    readonly root: string,
  ) {}

  static async open(cwd: string): Promise<GitRepo> {
    const git = simpleGit({ baseDir: cwd });
    let root: string;
    try {
      root = (await git.revparse(["--show-toplevel"])).trim();
    } catch (cause) {
      throw new LockstepError(
        "usage",
        `${cwd} is not inside a git repository; run lockstep where the migrations are committed`,
        { cause },
      );
    }
    return new GitRepo(simpleGit({ baseDir: root }), root);
  }

  /** The path of `abs` in the repository. */
  pathOf(abs: string): RepoPath {
    return relative(this.root, resolve(abs)).split("\\").join("/");
  }

  /** The commit a ref names, or undefined when it names none here. */
  async commitOf(ref: string): Promise<string | undefined> {
    try {
      return (
        (await this.git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() || undefined
      );
    } catch {
      return undefined;
    }
  }

  /** What a symbolic ref such as origin/HEAD points at ("origin/main"), if it is one. */
  async symbolicTarget(ref: string): Promise<string | undefined> {
    try {
      return (await this.git.raw(["rev-parse", "--abbrev-ref", ref])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async currentBranch(): Promise<string | undefined> {
    try {
      return (await this.git.raw(["symbolic-ref", "--short", "-q", "HEAD"])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Paths under `dirs` whose staged content differs from HEAD (all staged paths there before a first commit).
   * Run directly, not through simple-git: it waits 50 ms after a command that prints nothing, and "nothing"
   * is the pre-commit hook's commonest answer.
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

  private run(args: string[]): { ok: boolean; stdout: string } {
    const run = spawnSync("git", args, { cwd: this.root, encoding: "utf8", maxBuffer: 1 << 28 });
    return { ok: run.status === 0, stdout: run.stdout ?? "" };
  }

  /** Every file staged under `dir`, with its blob. */
  async indexEntries(dir: RepoPath): Promise<IndexEntry[]> {
    const out = await this.git.raw(["ls-files", "--cached", "--stage", "-z", "--", dir || "."]);
    return out
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const [meta = "", path = ""] = line.split("\t");
        return { blob: meta.split(" ")[1] ?? "", path };
      });
  }

  /** Every file under `dir` at `ref`, with its blob. */
  async treeEntries(ref: string, dir: RepoPath): Promise<IndexEntry[]> {
    const out = await this.git.raw(["ls-tree", "-r", "-z", "--full-tree", ref, "--", dir || "."]);
    return out
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const [meta = "", path = ""] = line.split("\t");
        return { blob: meta.split(" ")[2] ?? "", path };
      });
  }

  /** The contents of many blobs in one `git cat-file --batch`. */
  readBlobs(blobs: string[]): Map<string, Uint8Array> {
    const unique = [...new Set(blobs)];
    const contents = new Map<string, Uint8Array>();
    if (unique.length === 0) return contents;
    const run = spawnSync("git", ["cat-file", "--batch"], {
      cwd: this.root,
      input: `${unique.join("\n")}\n`,
      maxBuffer: 1 << 30,
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
  async show(ref: string, path: RepoPath): Promise<string | undefined> {
    try {
      return await this.git.raw(["show", `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  }

  async add(paths: RepoPath[]): Promise<void> {
    if (paths.length > 0) await this.git.raw(["add", "--", ...paths]);
  }
}
