import { spawnSync } from "node:child_process";
import { blobId } from "../core/blob-id.js";
import { LockstepError } from "../core/errors.js";
import { type BatchAnswer, parseBatch } from "./cat-file.js";

/** What one `git cat-file --batch` may print: every migration file of a directory at once. */
const MAX_BATCH_BYTES = 1 << 30;

/** A name `git cat-file` reads from one line and answers on one line: no whitespace in it. */
export const SIMPLE_NAME = /^\S+$/;

/** A file of a tree or the index, by its path in the repository and its blob. */
export interface IndexEntry {
  path: string;
  blob: string;
}

/**
 * git's objects as one command reads them (GitRepo's part that talks to `git cat-file --batch`): each blob
 * read once, by its id, whatever tree or name it was read for, and working-tree bytes that stand in for one.
 */
export class GitObjects {
  /** Blobs read so far, by object id. */
  private readonly blobs = new Map<string, Uint8Array>();
  /** Working-tree files read already, by absolute path with forward slashes (see offerWorkingFiles). */
  private readonly offered = new Map<string, Uint8Array>();

  constructor(
    /** Absolute path of the work tree's top. */
    private readonly root: string,
  ) {}

  /**
   * Files this command has read from the working tree already (by absolute path), as bytes on disk. An entry
   * read later whose blob they hash to is taken from them instead of asked of git: equal ids, equal bytes.
   * Bytes that differ (an edit, CRLF conversion, a filter) simply do not match, and git is asked.
   */
  offerWorkingFiles(files: ReadonlyMap<string, Uint8Array>): void {
    for (const [path, bytes] of files) this.offered.set(path.split("\\").join("/"), bytes);
  }

  /** The blobs of these entries, as readBlobs gives them, first from the working-tree files offered. */
  readEntryBlobs(entries: readonly IndexEntry[]): Map<string, Uint8Array> {
    if (this.offered.size > 0) {
      const top = this.root.split("\\").join("/");
      for (const entry of entries) {
        if (this.blobs.has(entry.blob)) continue;
        const path = `${top}/${entry.path}`;
        const bytes = this.offered.get(path);
        if (bytes === undefined) continue;
        this.offered.delete(path);
        if (blobId(bytes) === entry.blob) this.blobs.set(entry.blob, bytes);
      }
    }
    return this.readBlobs(entries.map((e) => e.blob));
  }

  /**
   * The contents of many blobs in one `git cat-file --batch`, by the name asked. Objects git does not have
   * (a gitlink's commit), or that are not blobs, are absent; an answer not parsed exactly is an io fault.
   */
  readBlobs(blobs: string[]): Map<string, Uint8Array> {
    const contents = new Map<string, Uint8Array>();
    const unique = this.unread(blobs, contents);
    if (unique.length === 0) return contents;
    const odd = unique.find((blob) => !/^[0-9a-f]{4,64}$/.test(blob));
    if (odd !== undefined)
      throw new LockstepError("internal", `asked git cat-file for ${JSON.stringify(odd)}, not an object id`);
    const run = this.catFile(unique);
    if (!run.ok) throw new LockstepError("io", `git cat-file failed: ${run.why}`, { cause: run.cause });
    for (const [i, answer] of this.keep(parseBatch(run.stdout, unique)).entries())
      if (answer.kind === "object" && answer.type === "blob")
        contents.set(unique[i] as string, answer.content);
    return contents;
  }

  /** The names not read before, each once; those read before (an object id names its bytes for good) go to `known`. */
  private unread(names: readonly string[], known: Map<string, Uint8Array>): string[] {
    const unique: string[] = [];
    for (const name of new Set(names)) {
      const bytes = this.blobs.get(name);
      if (bytes) known.set(name, bytes);
      else unique.push(name);
    }
    return unique;
  }

  /** Keeps the blobs among answers by their id: what one tree (HEAD) read, another (the base) has already. */
  private keep(answers: BatchAnswer[]): BatchAnswer[] {
    for (const answer of answers)
      if (answer.kind === "object" && answer.type === "blob") this.blobs.set(answer.oid, answer.content);
    return answers;
  }

  /** One `git cat-file --batch` for these names, one per line (see parseBatch for its answers). */
  private catFile(
    names: readonly string[],
  ): { ok: true; stdout: Buffer } | { ok: false; why: string; cause?: Error } {
    const run = spawnSync("git", ["cat-file", "--batch"], {
      cwd: this.root,
      input: `${names.join("\n")}\n`,
      maxBuffer: MAX_BATCH_BYTES,
    });
    if (!run.error && run.status === 0) return { ok: true, stdout: run.stdout };
    const why =
      (run.error as NodeJS.ErrnoException | undefined)?.code === "ENOBUFS"
        ? `the migration files' blobs are over ${MAX_BATCH_BYTES / 1024 / 1024} MiB in all`
        : (run.error?.message ?? run.stderr.toString().trim().split("\n")[0] ?? "");
    return { ok: false, why, cause: run.error };
  }

  /** `catFile` where failing is only slower (the caller asks another way): the answers, or undefined. */
  tryCatFile(names: readonly string[]): BatchAnswer[] | undefined {
    const run = names.length === 0 ? undefined : this.catFile(names);
    if (!run?.ok) return undefined;
    try {
      return this.keep(parseBatch(run.stdout, names));
    } catch {
      // Not understood: nothing read.
      return undefined;
    }
  }

  /**
   * Objects by name (`<ref>:<path>`, an id), read in one `git cat-file --batch`; those git lacks, and all of
   * them when git's answer is not understood, are absent. Blobs read before are not asked again.
   */
  readObjects(names: readonly string[]): Map<string, { type: string; content: Uint8Array }> {
    const out = new Map<string, { type: string; content: Uint8Array }>();
    const known = new Map<string, Uint8Array>();
    const asked = this.unread(names, known).filter((name) => SIMPLE_NAME.test(name));
    for (const [name, content] of known) out.set(name, { type: "blob", content });
    for (const [i, answer] of (this.tryCatFile(asked) ?? []).entries())
      if (answer.kind === "object") out.set(asked[i] as string, answer);
    return out;
  }
}
