import { createHash } from "node:crypto";
import { digestOf } from "../digest.js";

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
  /** What the damaged line names, when that much of it can still be read (the rule id depends on it). */
  version?: string;
  path?: string;
  /** `sum`: the first line; `amendment`: an `amended` line; `entry`: any other line. */
  kind: "sum" | "entry" | "amendment";
}

/** Longer than any line lockstep writes (a path within PATH_MAX and a hash, or a reason); longer is damage. */
export const MAX_LOCK_LINE = 8192;

export function hashText(text: string): string {
  return `h1:${digestOf("sha256", text, "base64")}`;
}

/**
 * The first line of a lock file: the sum of the lines below it, each with its newline ("\n" when there are
 * none). `body` is their text, or their bytes in pieces: the guard appends lines to a file it never decodes.
 */
export function lockSum(body: string | readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  if (typeof body === "string") hash.update(body === "" ? "\n" : body, "utf8");
  else if (body.every((piece) => piece.length === 0)) hash.update("\n");
  else for (const piece of body) hash.update(piece);
  return `h1:${hash.digest("base64")}`;
}

/** An entry's line, as renderLockFile writes it. */
export function entryLine(e: LockEntry): string {
  return `${field(e.version, /\s/)} ${field(e.path, / h1:/)} ${e.hash}`;
}

function bodyLines(lock: LockFile): string[] {
  return [
    ...lock.entries.map(entryLine),
    ...lock.amendments.map((a) => `amended ${a.version} ${reasonLiteral(a.reason)}`),
  ];
}

/** A reason as a JSON string, with DEL and U+FFFD escaped too: the parser reads those raw as damage. */
function reasonLiteral(reason: string): string {
  return JSON.stringify(reason).replace(
    /[\u007f\uFFFD]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A version or path as it goes on its line: as it is, or as a JSON string when it holds what the line
 * cannot carry raw (a newline or another control character in a file name, a leading quote, `unsafe`), so
 * every file lockstep lists reads back exactly.
 */
function field(text: string, unsafe: RegExp): string {
  const raw = !text.startsWith('"') && !unsafe.test(text) && !hasControl(text) && !/[\uFFFD]/.test(text);
  return raw && !LONE_SURROGATE.test(text) ? text : reasonLiteral(text);
}

/** A field read back: a JSON string when it is quoted, else as it is; undefined when the quote is damaged. */
function unfield(text: string): string | undefined {
  if (!text.startsWith('"')) return text;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function renderLockFile(lock: LockFile): string {
  const lines = bodyLines(lock);
  const body = lines.length > 0 ? `${lines.join("\n")}\n` : "";
  return `${lockSum(body)}\n${body}`;
}

/** The text as lockstep reads it: no BOM, LF line ends (a checkout with core.autocrlf has CRLF). */
export function normalizeLockText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

/** A path inside the migration directory, as lockstep writes it: relative, forward slashes, no `.`/`..`. */
export function isInsidePath(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const ENTRY = new RegExp(`^(${QUOTED}|[^\\s"]\\S*) (${QUOTED}|.+) (h1:[A-Za-z0-9+/=]+)$`);
const AMENDED = /^amended (\S+) ("(?:[^"\\]|\\.)*")$/;
/** A control character lockstep never writes (a reason's are JSON-escaped); a tab may be in a file name. */
function hasControl(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The line itself, bounded and escaped, for a message. */
function quote(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

/**
 * Parses a lock file. Never throws: a line it cannot read (any text at all), a line listed twice, a path
 * leaving the directory, or a first line that does not sum the rest is a problem with its line number; the
 * lines it can read are kept, so `lockstep lock` rewrites the file keeping every amendment still readable.
 */
export function parseLockFile(text: string): { lock: LockFile; problems: LockProblem[] } {
  const lines = normalizeLockText(text).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const lock: LockFile = { entries: [], amendments: [] };
  const problems: LockProblem[] = [];
  const paths = new Set<string>();
  const amended = new Set<string>();
  const [sum, ...body] = lines;
  for (const [i, line] of body.entries()) {
    const n = i + 2;
    const problem = readLine(line, n);
    if ("message" in problem) {
      problems.push(problem);
    } else if ("reason" in problem) {
      if (amended.has(problem.version)) {
        problems.push({
          line: n,
          kind: "amendment",
          version: problem.version,
          message: `line ${n} amends ${problem.version} a second time; the first amendment is kept`,
        });
      } else {
        amended.add(problem.version);
        lock.amendments.push(problem);
      }
    } else if (paths.has(problem.path)) {
      problems.push({
        line: n,
        kind: "entry",
        version: problem.version,
        path: problem.path,
        message: `line ${n} lists ${problem.path} a second time; the first line is kept`,
      });
    } else {
      paths.add(problem.path);
      lock.entries.push(problem);
    }
  }
  if (sum === undefined || !/^h1:/.test(sum)) {
    problems.push({ line: 1, kind: "sum", message: "line 1: the first line is not the h1: sum of the file" });
  } else if (sum !== lockSum(body.length > 0 ? `${body.join("\n")}\n` : "")) {
    problems.push({
      line: 1,
      kind: "sum",
      message: "line 1: the first line does not sum the lines below it: the file was edited by hand",
    });
  }
  return { lock, problems };
}

/** One body line: an entry, an amendment, or what is wrong with it (and what of it can still be read). */
function readLine(line: string, n: number): LockEntry | LockAmendment | LockProblem {
  const bad = (message: string, named: { version?: string; path?: string } = {}): LockProblem => ({
    line: n,
    kind: line.startsWith("amended ") ? "amendment" : "entry",
    ...named,
    message: `line ${n} ${message}`,
  });
  if (line.length > MAX_LOCK_LINE)
    return bad(`is ${line.length} characters long, more than lockstep ever writes (${MAX_LOCK_LINE})`);
  if (line.includes("\u0000")) return bad(`contains a NUL byte: ${quote(line)}`, salvage(line));
  if (line.includes("\uFFFD") || LONE_SURROGATE.test(line))
    return bad(`is not valid UTF-8: ${quote(line)}`, salvage(line));
  if (hasControl(line)) return bad(`contains a control character: ${quote(line)}`, salvage(line));
  if (line.startsWith("amended ")) {
    const m = AMENDED.exec(line);
    const version = m?.[1] ?? /^amended (\S+)/.exec(line)?.[1];
    if (!m) return bad(`is not 'amended <version> "<reason>"': ${quote(line)}`, { version });
    try {
      return { version: m[1] as string, reason: JSON.parse(m[2] as string) as string };
    } catch {
      return bad(`has a reason that is not a valid JSON string (a bad escape): ${quote(line)}`, { version });
    }
  }
  const m = ENTRY.exec(line);
  if (!m) return bad(`is not "<version> <path> h1:<hash>": ${quote(line)}`, salvage(line));
  const version = unfield(m[1] as string);
  const path = unfield(m[2] as string);
  if (version === undefined || path === undefined)
    return bad(`has a quoted version or path that is not a valid JSON string: ${quote(line)}`);
  const entry = { version, path, hash: m[3] as string };
  if (!isInsidePath(entry.path))
    return bad(
      `names ${quote(entry.path)}, a path outside the migration directory (absolute, or with . or ..)`,
    );
  return entry;
}

/** The version and path of a damaged `<version> <path> h1:<hash>` line, when they look like one. */
function salvage(line: string): { version?: string; path?: string } {
  const words = line.split(" ");
  if (words[0] === "amended") return { version: words[1] };
  if (words.length < 2) return {};
  const path = words.length > 2 ? words.slice(1, -1).join(" ") : (words[1] as string);
  return isInsidePath(path) ? { version: words[0], path } : { version: words[0] };
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
