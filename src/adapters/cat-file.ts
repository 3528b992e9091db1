import { LockstepError } from "../core/errors.js";

/** What `git cat-file --batch` answered for one name it was given. */
export type BatchAnswer =
  | { kind: "object"; oid: string; type: string; content: Uint8Array }
  | { kind: "missing" | "ambiguous"; name: string };

const FOUND = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) (\d{1,15})$/;
const NOT_FOUND = /^(\S+) (missing|ambiguous)$/;

function fault(message: string): LockstepError {
  return new LockstepError(
    "io",
    `git cat-file --batch ${message}; nothing was read from it (run git fsck, or update git)`,
  );
}

/**
 * Splits `git cat-file --batch` output into one answer per name asked, in order. An answer is
 * `<oid> <type> <size>\n<content>\n`, `<name> missing\n` or `<name> ambiguous\n` (git's other answers need
 * --follow-symlinks, which is not used). Anything else — a header git does not print, a size that runs past
 * the output, content not followed by its newline, an answer for another name, too many or too few
 * answers — is a fault: guessing would shift every answer after it onto the wrong file.
 */
export function parseBatch(out: Uint8Array, asked: readonly string[]): BatchAnswer[] {
  const answers: BatchAnswer[] = [];
  let at = 0;
  for (const name of asked) {
    const eol = out.indexOf(10, at);
    if (eol === -1) throw fault(`stopped after ${answers.length} of ${asked.length} answers`);
    const header = Buffer.from(out.subarray(at, eol)).toString("latin1");
    const missing = NOT_FOUND.exec(header);
    if (missing) {
      if (missing[1] !== name) throw fault(`answered for ${missing[1]} when asked for ${name}`);
      answers.push({ kind: missing[2] as "missing" | "ambiguous", name });
      at = eol + 1;
      continue;
    }
    const found = FOUND.exec(header);
    if (!found)
      throw fault(`printed an answer it does not document (${JSON.stringify(header.slice(0, 80))})`);
    const [, oid = "", type = "", size = ""] = found;
    if (oid.length === name.length && oid !== name) throw fault(`answered for ${oid} when asked for ${name}`);
    const start = eol + 1;
    const end = start + Number(size);
    if (end >= out.length || out[end] !== 10)
      throw fault(`announced ${size} bytes for ${oid}, which do not fit what it printed`);
    answers.push({ kind: "object", oid, type, content: out.subarray(start, end) });
    at = end + 1;
  }
  if (at !== out.length) throw fault(`printed more answers than the ${asked.length} asked for`);
  return answers;
}

/** One entry of a tree object. */
export interface TreeEntry {
  mode: string;
  name: string;
  id: string;
}

/**
 * A tree object's entries (`<mode> <name>\0<id>` each, the id in binary: 20 bytes, or 32 in a SHA-256
 * repository), in the tree's order; undefined where the bytes are not exactly that.
 */
export function parseTree(content: Uint8Array, idBytes: number): TreeEntry[] | undefined {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(32, at);
    const nul = space === -1 ? -1 : bytes.indexOf(0, space + 1);
    if (nul === -1 || nul + 1 + idBytes > bytes.length) return undefined;
    const mode = bytes.toString("latin1", at, space);
    if (!/^[0-7]{5,6}$/.test(mode) || nul === space + 1) return undefined;
    entries.push({
      mode,
      name: bytes.toString("utf8", space + 1, nul),
      id: bytes.toString("hex", nul + 1, nul + 1 + idBytes),
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}
