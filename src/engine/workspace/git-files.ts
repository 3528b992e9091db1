import type { GitRepo, IndexEntry, RepoPath } from "../../adapters/git.js";
import { decodeText } from "../../core/layouts/decode.js";
import { LOCK_FILE } from "../../core/lock/lock-file.js";
import type { SourceFile } from "../../core/migration.js";
import { shownPath } from "./databases.js";

/**
 * Where a migration directory's files come from: a commit's tree, or the index (`""`). Submodules are not
 * files: `repo.submodules` keeps them for `submoduleNotes`.
 */
export async function filesAt(
  repo: GitRepo,
  ref: string,
  dir: RepoPath,
  cwd: string,
  namesOnly?: (entry: IndexEntry) => boolean,
): Promise<SourceFile[]> {
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const entries: IndexEntry[] = ref === "" ? await repo.indexEntries(dir) : await repo.treeEntries(ref, dir);
  const files = entries.filter((e) => e.path !== lockPath);
  // An empty text in place of one not read: only where the caller knows nothing reads it (the guard).
  const unread = new Set(namesOnly ? files.filter(namesOnly) : []);
  const blobs = repo.readEntryBlobs(files.filter((e) => !unread.has(e)));
  const display = displayOf(repo, dir, cwd);
  return files.map((e) => {
    const rel = dir === "" ? e.path : e.path.slice(dir.length + 1);
    if (unread.has(e)) return { rel, display: display(rel), blob: e.blob, text: "" };
    const bytes = blobs.get(e.blob);
    return {
      rel,
      display: display(rel),
      blob: e.blob,
      // Never an empty text in its place: that would pass for a file that says nothing.
      ...(bytes
        ? decodeText(bytes)
        : { unreadable: `git has no blob ${e.blob} for it in this clone (run git fsck, or fetch again)` }),
    };
  });
}

/** How a file of the directory (by its path inside it) is shown to a user in `cwd`. */
export function displayOf(repo: GitRepo, dir: RepoPath, cwd: string): (rel: string) => string {
  // The directory as shown, once: git's paths below it are already normalized, so each file's display is it
  // joined with the path inside (path.relative for each of thousands of files is a cost of its own).
  const shownDir = shownPath(cwd, `${repo.root}/${dir}`);
  // Not where cwd is inside the directory: there a file's path may lead back down into cwd.
  const inside = /^\.\.(\/\.\.)*$/.test(shownDir);
  return (rel) =>
    inside
      ? shownPath(cwd, `${repo.root}/${dir === "" ? rel : `${dir}/${rel}`}`)
      : shownDir === "."
        ? rel.split("\\").join("/")
        : `${shownDir}/${rel.includes("\\") ? rel.split("\\").join("/") : rel}`;
}

/**
 * One note per submodule found in a migration directory during a command, however often it was read
 * (index, HEAD, base, fork point, working tree): those git reported to `repo`, and `shown` (display paths).
 */
export function submoduleNotes(
  cwd: string,
  repo: GitRepo | undefined,
  shown: Iterable<string> = [],
): string[] {
  const all = new Set(shown);
  for (const path of repo?.submodules ?? []) all.add(shownPath(cwd, `${repo?.root}/${path}`));
  return [...all]
    .sort()
    .map(
      (path) =>
        `${path} is a git submodule: it is not a migration, and nothing in it was read (run lockstep inside the submodule to check its own migrations)`,
    );
}
