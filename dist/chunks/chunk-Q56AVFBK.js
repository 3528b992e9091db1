import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LOCK_FILE
} from "./chunk-3DWMMBVY.js";
import {
  decodeText
} from "./chunk-4NFUIPFN.js";

// src/engine/git-files.ts
import { relative } from "node:path";
async function filesAt(repo, ref, dir, cwd) {
  const lockPath = dir === "" ? LOCK_FILE : `${dir}/${LOCK_FILE}`;
  const entries = ref === "" ? await repo.indexEntries(dir) : await repo.treeEntries(ref, dir);
  const files = entries.filter((e) => e.path !== lockPath);
  const blobs = repo.readBlobs(files.map((e) => e.blob));
  return files.map((e) => ({
    rel: dir === "" ? e.path : e.path.slice(dir.length + 1),
    display: relative(cwd, `${repo.root}/${e.path}`).split("\\").join("/"),
    ...decodeText(blobs.get(e.blob) ?? new Uint8Array())
  }));
}

export {
  filesAt
};
