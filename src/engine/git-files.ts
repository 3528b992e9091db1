import type { GitRepo, IndexEntry, RepoPath } from "../adapters/git.js";
import { decodeText } from "../core/layouts/decode.js";
import { LOCK_FILE } from "../core/lock/lock-file.js";
import type { SourceFile } from "../core/migration.js";
import { shownPath } from "./databases.js";

/** Where a migration directory's files come from: a commit's tree, or the index (`""`). */
export async function filesAt(repo: GitRepo, ref: string, dir: RepoPath, cwd: string): Promise<SourceFile[]> {
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const entries: IndexEntry[] = ref === "" ? await repo.indexEntries(dir) : await repo.treeEntries(ref, dir);
  const files = entries.filter((e) => e.path !== lockPath);
  const blobs = repo.readBlobs(files.map((e) => e.blob));
  return files.map((e) => ({
    rel: dir === "" ? e.path : e.path.slice(dir.length + 1),
    display: shownPath(cwd, `${repo.root}/${e.path}`),
    ...decodeText(blobs.get(e.blob) ?? new Uint8Array()),
  }));
}
