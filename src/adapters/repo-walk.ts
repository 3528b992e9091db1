import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readRegularBytes } from "./regular-file.js";

/** Folders no migration set lives in: dependencies, build output, caches. Hidden folders are skipped too. */
const SKIPPED = new Set([
  "node_modules",
  "vendor",
  "target",
  "dist",
  "build",
  "out",
  "coverage",
  "venv",
  "__pycache__",
  "bower_components",
  "Pods",
]);

export interface RepoListing {
  /** Every folder searched, repository-relative, forward slashes, breadth first ("" is the top). */
  dirs: string[];
  /** The files `keep` chose, repository-relative. */
  files: string[];
  /** The search stopped at its folder limit. */
  truncated: boolean;
}

/**
 * The repository's folders, breadth first, bounded: a monorepo's sets are a few levels down, and a walk of
 * a huge checkout must not outlast the command. Symbolic links are not followed (they may leave the tree).
 */
export function listRepository(root: string, keep: (name: string) => boolean, maxDirs = 4000): RepoListing {
  const dirs: string[] = [];
  const files: string[] = [];
  const queue = [""];
  while (queue.length > 0) {
    if (dirs.length >= maxDirs) return { dirs, files, truncated: true };
    const rel = queue.shift() as string;
    dirs.push(rel);
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      continue; // unreadable: nothing of it can be a set lockstep reads either
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !SKIPPED.has(entry.name)) queue.push(path);
      } else if (entry.isFile() && keep(entry.name)) files.push(path);
    }
  }
  return { dirs, files, truncated: false };
}

/** A small text file of the repository, or `undefined` where it is not a regular file or too large. */
export function readSmallText(root: string, rel: string, maxBytes = 1024 * 1024): string | undefined {
  const read = readRegularBytes(join(root, rel), maxBytes, { noFollow: true });
  return read.ok ? read.bytes.toString("utf8") : undefined;
}
