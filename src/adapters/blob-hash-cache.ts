import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { hashText } from "../core/lock/lock-file.js";
import { writeFileAtomic } from "./atomic-write.js";
import type { GitRepo } from "./git.js";
import { readRegularBytes } from "./regular-file.js";

/**
 * The lock hash of a git blob, kept in the git directory between commits. A lock hash is the sha256 of a
 * file's text as lockstep decodes it, which is a function of the blob's bytes, so of its object id: once
 * computed for an id, it holds for every later commit. The file is lockstep's own and is trusted only as a
 * whole: a first line with another format, a sum that does not match the lines below it (a hand edit, a
 * write cut short), or one malformed line, and none of it is used — everything is hashed again.
 *
 *     lockstep-blob-hashes 1 h1:<sum of the lines below>
 *     <blob id> h1:<hash>
 */
export const BLOB_HASH_CACHE = "lockstep/blob-hashes" as const;

const HEADER = "lockstep-blob-hashes 1";
const LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (h1:[A-Za-z0-9+/]{43}=)$/;
/** Enough for the largest directories (about 90 bytes a line); beyond it the oldest entries are dropped. */
export const MAX_CACHED_BLOBS = 200_000;
const MAX_CACHE_BYTES = MAX_CACHED_BLOBS * 100 + 100;

export interface BlobHashes {
  /** The lock hash of a file's text, from its blob id when known, else computed (and then remembered). */
  of(text: string, blob?: string): string;
  /** The lock hash a blob is known to have, without its text (a blob hashed before was readable text). */
  cached(blob: string): string | undefined;
  /** Writes what was learned back, when it is worth it; a git directory that cannot be written is left alone. */
  save(): void;
}

/** The path of the cache file for a repository (in the common git directory of its worktrees). */
export function blobHashCachePath(repo: GitRepo): string | undefined {
  return repo.gitPath(BLOB_HASH_CACHE);
}

/** Parses a cache file; undefined when any part of it does not validate. */
export function parseBlobHashes(text: string): Map<string, string> | undefined {
  const lines = text.split("\n");
  if (lines.pop() !== "") return undefined;
  const [first, ...body] = lines;
  const header = `${HEADER} `;
  if (!first?.startsWith(header)) return undefined;
  if (first.slice(header.length) !== hashText(`${body.join("\n")}\n`)) return undefined;
  const hashes = new Map<string, string>();
  for (const line of body) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    hashes.set(m[1] as string, m[2] as string);
  }
  return hashes;
}

export function renderBlobHashes(hashes: Map<string, string>): string {
  const body = [...hashes].map(([blob, hash]) => `${blob} ${hash}`);
  return `${[`${HEADER} ${hashText(`${body.join("\n")}\n`)}`, ...body].join("\n")}\n`;
}

/** The cache of a repository, read once; without a git directory to keep it in, hashes are only computed. */
export function loadBlobHashes(repo: GitRepo): BlobHashes {
  const path = blobHashCachePath(repo);
  const read = path === undefined ? undefined : readRegularBytes(path, MAX_CACHE_BYTES, { noFollow: true });
  const known = (read?.ok ? parseBlobHashes(read.bytes.toString("utf8")) : undefined) ?? new Map();
  const learned = new Map<string, string>();
  const used = new Set<string>();
  return {
    of(text, blob) {
      if (blob === undefined) return hashText(text);
      const cached = known.get(blob);
      if (cached !== undefined) {
        used.add(blob);
        return cached;
      }
      const again = learned.get(blob);
      if (again !== undefined) return again;
      const hash = hashText(text);
      learned.set(blob, hash);
      return hash;
    },
    cached(blob) {
      return known.get(blob) ?? learned.get(blob);
    },
    save() {
      // A commit that adds a file or two to thousands cached hashes those again next time rather than
      // rewrite the whole file each commit; it is rewritten once what it lacks is an eighth of what was used.
      if (path === undefined || learned.size === 0 || learned.size * 8 < used.size + learned.size) return;
      // What this run used or learned first, then older entries while there is room.
      const next = new Map(learned);
      for (const blob of used) next.set(blob, known.get(blob) as string);
      for (const [blob, hash] of known) {
        if (next.size >= MAX_CACHED_BLOBS) break;
        if (!next.has(blob)) next.set(blob, hash);
      }
      try {
        // Only lockstep's own regular file is replaced: never written through a link, nor over anything else.
        const info = lstatSync(path, { throwIfNoEntry: false });
        if (info && !info.isFile()) return;
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, renderBlobHashes(next));
      } catch {
        // A read-only git directory: the next commit hashes again, which is only slower.
      }
    },
  };
}
