import { hashText } from "../core/lock/lock-file.js";
import type { GitRepo } from "./git.js";
import { parseSummed, readSummed, renderSummed, writeSummed } from "./summed-file.js";

/**
 * The lock hash of a git blob, kept in the git directory between commits. A lock hash is the sha256 of a
 * file's text as lockstep decodes it, which is a function of the blob's bytes, so of its object id: once
 * computed for an id, it holds for every later commit. The file is lockstep's own and is trusted only as a
 * whole (see summed-file): a first line with another format, a sum that does not match the lines below it
 * (a hand edit, a write cut short), or one malformed line, and none of it is used: everything is hashed
 * again.
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
  const body = parseSummed(text, HEADER);
  return body && hashesOf(body);
}

function hashesOf(body: readonly string[]): Map<string, string> | undefined {
  const hashes = new Map<string, string>();
  for (const line of body) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    hashes.set(m[1] as string, m[2] as string);
  }
  return hashes;
}

function bodyOf(hashes: Map<string, string>): string[] {
  return [...hashes].map(([blob, hash]) => `${blob} ${hash}`);
}

export function renderBlobHashes(hashes: Map<string, string>): string {
  return renderSummed(HEADER, bodyOf(hashes));
}

/** The cache of a repository, read once; without a git directory to keep it in, hashes are only computed. */
export function loadBlobHashes(repo: GitRepo): BlobHashes {
  const path = blobHashCachePath(repo);
  const body = readSummed(path, HEADER, MAX_CACHE_BYTES);
  const known = (body && hashesOf(body)) ?? new Map<string, string>();
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
      writeSummed(path, HEADER, bodyOf(next));
      // Written: a second save has nothing to add.
      for (const [blob, hash] of learned) known.set(blob, hash);
      learned.clear();
    },
  };
}
