import { createHash } from "node:crypto";

/**
 * `lockstep.sum`, one per migration directory. The first line sums every line below it, so two branches
 * that each add a migration both change it and git reports a conflict when they meet: the second branch
 * must rebase and renumber. Then one line per migration file, in the order the tool applies them:
 *
 *     h1:<sum of the lines below>
 *     0001 0001_create_users.up.sql h1:<sha256 of the text>
 *     0001 0001_create_users.down.sql h1:<…>
 *     amended 0001 "fix a typo in a comment"
 *
 * Texts are hashed as lockstep reads them (CRLF as LF, no BOM), so a checkout on Windows does not trip it.
 */
export const LOCK_FILE = "lockstep.sum";

export interface LockEntry {
  version: string;
  /** Path relative to the migration directory, forward slashes. */
  path: string;
  hash: string;
}

/** A deliberate edit of an applied migration, with the reason its author gave. */
export interface LockAmendment {
  version: string;
  reason: string;
}

export interface LockFile {
  entries: LockEntry[];
  amendments: LockAmendment[];
}

export interface LockProblem {
  line: number;
  message: string;
}

export function hashText(text: string): string {
  return `h1:${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function bodyLines(lock: LockFile): string[] {
  return [
    ...lock.entries.map((e) => `${e.version} ${e.path} ${e.hash}`),
    ...lock.amendments.map((a) => `amended ${a.version} ${JSON.stringify(a.reason)}`),
  ];
}

export function renderLockFile(lock: LockFile): string {
  const body = bodyLines(lock);
  return `${[hashText(`${body.join("\n")}\n`), ...body].join("\n")}\n`;
}

/** Parses a lock file; a line it cannot read, or a first line that does not sum the rest, is a problem. */
export function parseLockFile(text: string): { lock: LockFile; problems: LockProblem[] } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n/g, "\n")
    .split("\n");
  if (lines.at(-1) === "") lines.pop();
  const lock: LockFile = { entries: [], amendments: [] };
  const problems: LockProblem[] = [];
  const [sum, ...body] = lines;
  for (const [i, line] of body.entries()) {
    const amended = /^amended (\S+) ("(?:[^"\\]|\\.)*")$/.exec(line);
    if (amended) {
      lock.amendments.push({
        version: amended[1] as string,
        reason: JSON.parse(amended[2] as string) as string,
      });
      continue;
    }
    const entry = /^(\S+) (.+) (h1:[A-Za-z0-9+/=]+)$/.exec(line);
    if (entry)
      lock.entries.push({ version: entry[1] as string, path: entry[2] as string, hash: entry[3] as string });
    else problems.push({ line: i + 2, message: `line ${i + 2} is not "<version> <path> h1:<hash>"` });
  }
  if (sum === undefined || !/^h1:/.test(sum)) {
    problems.push({ line: 1, message: "the first line is not the h1: sum of the file" });
  } else if (sum !== hashText(body.length > 0 ? `${body.join("\n")}\n` : "\n")) {
    problems.push({
      line: 1,
      message: "the first line does not sum the lines below it: the file was edited by hand",
    });
  }
  return { lock, problems };
}

/** How a lock file differs from the migrations it should describe. */
export interface LockDifference {
  kind: "missing" | "extra" | "changed" | "moved";
  entry: LockEntry;
}

/** Entries the lock lacks, lists in excess, records with another hash, or lists in another order. */
export function compareLock(expected: LockFile, actual: LockFile): LockDifference[] {
  const have = new Map(actual.entries.map((e) => [e.path, e]));
  const want = new Map(expected.entries.map((e) => [e.path, e]));
  const out: LockDifference[] = [];
  for (const entry of expected.entries) {
    const found = have.get(entry.path);
    if (!found) out.push({ kind: "missing", entry });
    else if (found.hash !== entry.hash || found.version !== entry.version)
      out.push({ kind: "changed", entry });
  }
  for (const entry of actual.entries) if (!want.has(entry.path)) out.push({ kind: "extra", entry });
  if (out.length === 0) {
    const order = (lock: LockFile) => lock.entries.map((e) => e.path).join("\n");
    if (order(expected) !== order(actual)) {
      const moved = expected.entries.find((e, i) => actual.entries[i]?.path !== e.path);
      if (moved) out.push({ kind: "moved", entry: moved });
    }
  }
  return out;
}
