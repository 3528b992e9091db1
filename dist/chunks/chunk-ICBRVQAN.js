import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LOCK_FILE
} from "./chunk-Z2X2U7TB.js";
import {
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  decodeText
} from "./chunk-CUGJOLQ7.js";

// src/engine/workspace/git-files.ts
async function filesAt(repo, ref, dir, cwd, namesOnly) {
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const entries = ref === "" ? await repo.indexEntries(dir) : await repo.treeEntries(ref, dir);
  const files = entries.filter((e) => e.path !== lockPath);
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
      ...bytes ? decodeText(bytes) : { unreadable: `git has no blob ${e.blob} for it in this clone (run git fsck, or fetch again)` }
    };
  });
}
function displayOf(repo, dir, cwd) {
  const shownDir = shownPath(cwd, `${repo.root}/${dir}`);
  const inside = /^\.\.(\/\.\.)*$/.test(shownDir);
  return (rel) => inside ? shownPath(cwd, `${repo.root}/${dir === "" ? rel : `${dir}/${rel}`}`) : shownDir === "." ? rel.split("\\").join("/") : `${shownDir}/${rel.includes("\\") ? rel.split("\\").join("/") : rel}`;
}
function submoduleNotes(cwd, repo, shown = []) {
  const all = new Set(shown);
  for (const path of repo?.submodules ?? []) all.add(shownPath(cwd, `${repo?.root}/${path}`));
  return [...all].sort().map(
    (path) => `${path} is a git submodule: it is not a migration, and nothing in it was read (run lockstep inside the submodule to check its own migrations)`
  );
}

export {
  filesAt,
  displayOf,
  submoduleNotes
};
