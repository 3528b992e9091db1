import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";

/** What one entry holds: the database after a verified prefix of migrations, and what lockstep saw on the way. */
export interface CacheEntry {
  /** The chain key it was stored under: an entry answering for another key is foreign and ignored. */
  key: string;
  /** JSON-safe record of the verdicts (reports, findings, touched tables) for the prefix. */
  record: unknown;
  /** The database file's bytes after the prefix. */
  database: Uint8Array;
}

/** What `get` gives back: the record, checked; the database, checked only when it is asked for. */
export interface StoredEntry {
  key: string;
  record: unknown;
  /** The database's bytes, or undefined when they are not what was stored (the entry is then a miss). */
  database(): Uint8Array | undefined;
}

/**
 * Entries of this store's format only: a store written by another format is not read. The record and the
 * database have a digest each, so a replay that needs only the verdicts (its whole history is cached) does
 * not hash megabytes of database it never opens.
 */
const FORMAT = "lockstep-replay-cache/2";
const MAGIC = Buffer.from(`${FORMAT}\n`);
const DIGEST_BYTES = 32;
/** Default bound of the whole store; the least recently used entries go first. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * A directory of entries, one file each, named by key. Anything it cannot read as its own (truncated,
 * altered, another format, another key) is a miss, never an error: a cache is only ever an optimisation.
 */
export class ReplayCache {
  constructor(
    readonly dir: string,
    private readonly maxBytes = DEFAULT_CACHE_BYTES,
  ) {}

  private pathOf(key: string): string {
    return join(this.dir, `${key.replace(/[^0-9a-f]/g, "")}.entry`);
  }

  /**
   * The entry stored for `key`, or undefined; a hit marks it recently used. Only the record is read here: the
   * database, megabytes after it, is read (and checked) when `database()` is called.
   */
  get(key: string): StoredEntry | undefined {
    const path = this.pathOf(key);
    const header = readHeader(path);
    if (!header || header.key !== key) return undefined;
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Read-only store: still a hit.
    }
    return {
      key,
      record: header.record,
      database: () => {
        try {
          // The file as it is now: replaced since (another run stored the same key) it is read whole again.
          return decodeDatabase(readFileSync(path), key, header.digest);
        } catch {
          return undefined;
        }
      },
    };
  }

  /** Whether an entry file exists for `key` (not whether it is sound: `get` decides that). */
  has(key: string): boolean {
    try {
      return statSync(this.pathOf(key)).isFile();
    } catch {
      return false;
    }
  }

  /** The keys of every entry file, in one listing of the directory (none when it does not exist). */
  storedKeys(): Set<string> {
    try {
      return new Set(
        readdirSync(this.dir)
          .filter((name) => name.endsWith(".entry"))
          .map((name) => name.slice(0, -".entry".length)),
      );
    } catch {
      return new Set();
    }
  }

  /** Stores an entry (atomically: a reader never sees half of one), then keeps the store within its bound. */
  put(entry: CacheEntry): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(this.pathOf(entry.key), encodeEntry(entry));
      this.evict();
    } catch {
      // A cache that cannot be written (read-only, full disk) leaves the replay as it was: uncached.
    }
  }

  private evict(): void {
    const files = readdirSync(this.dir)
      .filter((name) => name.endsWith(".entry"))
      .flatMap((name) => {
        try {
          const info = statSync(join(this.dir, name));
          return [{ path: join(this.dir, name), size: info.size, used: info.mtimeMs }];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.used - a.used);
    let total = 0;
    for (const file of files) {
      total += file.size;
      if (total > this.maxBytes) rmSync(file.path, { force: true });
    }
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest();

/** magic · u32 header length · sha-256 of the header · header JSON · sha-256 of the database · database. */
function encodeEntry(entry: CacheEntry): Uint8Array {
  const header = Buffer.from(JSON.stringify({ key: entry.key, record: entry.record }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([MAGIC, length, sha256(header), header, sha256(entry.database), entry.database]);
}

const FIXED = MAGIC.length + 4 + DIGEST_BYTES;

/** The header's key and record, read from the front of the file, or undefined when it is not sound. */
function readHeader(path: string): { key: string; record: unknown; digest: Buffer } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const fixed = Buffer.alloc(FIXED);
    if (readSync(fd, fixed, 0, FIXED, 0) !== FIXED) return undefined;
    if (!fixed.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const length = fixed.readUInt32BE(MAGIC.length);
    // A damaged length is never allocated: the header and the database digest must fit in the file.
    if (FIXED + length + DIGEST_BYTES > fstatSync(fd).size) return undefined;
    const header = Buffer.alloc(length);
    if (readSync(fd, header, 0, length, FIXED) !== length) return undefined;
    const digest = Buffer.from(fixed.subarray(FIXED - DIGEST_BYTES));
    const parsed = parseHeader(header, digest);
    return parsed && { ...parsed, digest };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseHeader(header: Buffer, digest: Buffer): { key: string; record: unknown } | undefined {
  if (!sha256(header).equals(digest)) return undefined;
  let parsed: { key?: unknown; record?: unknown };
  try {
    parsed = JSON.parse(header.toString("utf8")) as typeof parsed;
  } catch {
    return undefined;
  }
  return typeof parsed.key === "string" ? { key: parsed.key, record: parsed.record } : undefined;
}

/**
 * The database of a whole entry file stored for `key`, or undefined when any part of it is not sound. A
 * header whose digest is the one `get` read (`read`) is that header, checked again but not parsed again.
 */
function decodeDatabase(bytes: Buffer, key: string, read: Buffer): Uint8Array | undefined {
  if (bytes.length < FIXED + DIGEST_BYTES) return undefined;
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const headerEnd = FIXED + bytes.readUInt32BE(MAGIC.length);
  if (headerEnd + DIGEST_BYTES > bytes.length) return undefined;
  const header = bytes.subarray(FIXED, headerEnd);
  const stored = bytes.subarray(FIXED - DIGEST_BYTES, FIXED);
  const same = stored.equals(read) && sha256(header).equals(stored);
  if (!same && parseHeader(header, stored)?.key !== key) return undefined;
  const digest = bytes.subarray(headerEnd, headerEnd + DIGEST_BYTES);
  const database = bytes.subarray(headerEnd + DIGEST_BYTES);
  return sha256(database).equals(digest) ? new Uint8Array(database) : undefined;
}
