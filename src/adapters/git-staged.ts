import { parseRawDiff, type StagedChange } from "./raw-diff.js";

/** A pathspec git matches only as itself and what is below it: no glob or magic characters in it. */
const PLAIN_PATH = /^(?!:)[^*?[\\]+$/;

type Run = (args: string[]) => { ok: boolean; stdout: string; stderr: string };

/**
 * What is staged under migration directories, as GitRepo asks git for it: one `git diff --cached --raw` per
 * set of directories, and a question about fewer of them answered from one about more.
 */
export class GitStaged {
  private readonly staged = new Map<string, { paths: string[]; changes?: StagedChange[] }>();

  constructor(private readonly run: Run) {}

  /** What was remembered: after a command of lockstep's own changed the index. */
  forget(): void {
    this.staged.clear();
  }

  /**
   * Paths under `dirs` whose staged content differs from HEAD (all staged paths there before a first commit).
   */
  paths(dirs: string[]): string[] {
    const pathspecs = dirs.map((dir) => dir || ".");
    const key = pathspecs.join("\0");
    const known = this.staged.get(key) ?? this.within(pathspecs);
    if (known) {
      this.staged.set(key, known);
      return [...known.paths];
    }
    // `:<old mode> <new mode> <old blob> <new blob> <status>\0<path>\0`, whole object ids.
    const diff = this.run([
      "diff",
      "--cached",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "-z",
      "HEAD",
      "--",
      ...pathspecs,
    ]);
    const changes = diff.ok ? parseRawDiff(diff.stdout) : undefined;
    const listed = (args: string[]) =>
      this.run([...args, "-z", "--", ...pathspecs])
        .stdout.split("\0")
        .filter(Boolean);
    const paths = changes
      ? changes.map((c) => c.path)
      : diff.ok
        ? listed(["diff", "--cached", "--name-only", "--no-renames", "HEAD"])
        : listed(["ls-files", "--cached"]);
    this.staged.set(key, { paths, changes });
    return [...paths];
  }

  /**
   * The answer for `pathspecs` taken from one asked for more of them (the guard asks for every database's
   * directory, then for each one's): only for plain paths, whose matches are the path and what is below it.
   */
  private within(pathspecs: readonly string[]): { paths: string[]; changes?: StagedChange[] } | undefined {
    if (!pathspecs.every((spec) => PLAIN_PATH.test(spec))) return undefined;
    for (const [key, answer] of this.staged) {
      const asked = key.split("\0");
      if (!answer.changes || !pathspecs.every((spec) => asked.includes(spec))) continue;
      const under = (path: string) =>
        pathspecs.some((spec) => spec === "." || path === spec || path.startsWith(`${spec}/`));
      const changes = answer.changes.filter((c) => under(c.path));
      return { paths: changes.map((c) => c.path), changes };
    }
    return undefined;
  }

  /**
   * How each path `paths(dirs)` gave differs from HEAD, or undefined before a first commit (or where
   * git's answer was not understood): asked with it, at no extra cost.
   */
  changes(dirs: string[]): StagedChange[] | undefined {
    this.paths(dirs);
    return this.staged.get(dirs.map((dir) => dir || ".").join("\0"))?.changes;
  }
}
