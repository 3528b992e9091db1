import { createHash } from "node:crypto";

// git's tree object format, for two things: a file's entry in a directory's tree, and the id of the tree
// after files are added to it or replaced in it, computed from the tree before, so the guard learns what a
// commit will record there without asking git to build the index's trees. Only SHA-1 repositories; anything
// unexpected gives no answer. A tree of thousands of entries is not taken apart: where a name goes is found
// by halving it (entries are in order, and one can be found from any offset), and it is hashed in a few
// slices. A wrong id could only make the guard miss a state it remembered, never take one for another: a
// state is found by the id git itself gives the directory's tree.

const ID_BYTES = 20;
/** Below this many bytes, the entries between two known ones are read one after the other. */
const NEAR = 4096;

interface Put {
  name: Buffer;
  entry: Buffer;
}

/** An entry of a tree object: where it starts, where its name starts, and the NUL ending its name. */
interface Entry {
  start: number;
  name: number;
  nul: number;
  isTree: boolean;
}

/** git's order of a file named `name` against the entry whose name is `buf[start, end)`: as bytes, a tree's name as if it ended in "/". */
function compareTo(name: Buffer, buf: Buffer, start: number, end: number, isTree: boolean): number {
  // Most entries differ in their first byte.
  const first = (name[0] as number) - (buf[start] as number);
  if (first !== 0 && end > start) return first;
  const length = end - start;
  const n = Math.min(name.length, length);
  const c = name.compare(buf, start, start + n, 0, n);
  if (c !== 0) return c;
  const mine = name.length > n ? (name[n] as number) : 0;
  const theirs = length > n ? (buf[start + n] as number) : isTree ? 0x2f : 0;
  return mine - theirs;
}

const compareEntry = (name: Buffer, buf: Buffer, e: Entry) => compareTo(name, buf, e.name, e.nul, e.isTree);

const MODES = ["100644 ", "100755 ", "120000 ", "160000 ", "40000 "].map((m) => Buffer.from(m));

/** The entry starting at `start` whose name ends at `nul`, when a mode git writes starts there. */
function entryAt(buf: Buffer, start: number, nul: number): Entry | undefined {
  if (nul === -1 || nul + 1 + ID_BYTES > buf.length) return undefined;
  for (const mode of MODES) {
    const name = start + mode.length;
    if (name < nul && buf.compare(mode, 0, mode.length, start, name) === 0)
      return { start, name, nul, isTree: buf[start] === 0x34 };
  }
  return undefined;
}

const entryStarting = (buf: Buffer, start: number) => entryAt(buf, start, buf.indexOf(0, start));
const endOf = (e: Entry) => e.nul + 1 + ID_BYTES;

/**
 * Whether the entry that ends at `end` reads backwards one way only: its name holds no NUL, so it starts
 * within an id's length after the nearest NUL before its own, at a mode, just after the NUL ending the name
 * before it (or at the tree's start).
 */
function endsOneWay(buf: Buffer, end: number): boolean {
  const nul = end - 1 - ID_BYTES;
  if (nul <= 0 || buf[nul] !== 0) return false;
  const before = buf.lastIndexOf(0, nul - 1);
  let readings = 0;
  for (let start = before + 1; start <= before + 1 + ID_BYTES && start < nul; start++) {
    // The name before ends just before this entry's start (an index below 0 reads as undefined).
    if (start !== 0 && buf[start - 1 - ID_BYTES] !== 0) continue;
    if (entryAt(buf, start, nul)) readings++;
  }
  return readings === 1;
}

/**
 * An entry starting at or after `from` and before `to`, found from an arbitrary offset: just after the NUL
 * ending a name and the id after it, where the entry before reads backwards one way only and a mode starts.
 * A NUL inside an id is passed over that way; undefined where no entry is found for certain soon.
 */
function entryFrom(buf: Buffer, from: number, to: number): Entry | undefined {
  let nul = buf.indexOf(0, Math.max(from - 1 - ID_BYTES, 0));
  for (let tries = 0; tries < 8 && nul !== -1; tries++) {
    const start = nul + 1 + ID_BYTES;
    if (start >= to) return undefined;
    const here = endsOneWay(buf, start) ? entryStarting(buf, start) : undefined;
    if (here) return here;
    nul = buf.indexOf(0, nul + 1);
  }
  return undefined;
}

/**
 * Where the first entry that sorts at or after `name` starts (the tree's length when none does), and that
 * entry: found by halving the tree, entries being in order, then reading the few left one by one.
 * Undefined for bytes that are not a tree's.
 */
function place(buf: Buffer, name: Buffer): { at: number; entry?: Entry } | undefined {
  // Every entry before `low` sorts before the name; the one at `high` (if any) at or after it.
  let low = 0;
  let high = buf.length;
  while (high - low > NEAR) {
    const entry = entryFrom(buf, (low + high) >>> 1, high);
    if (!entry) break;
    if (compareEntry(name, buf, entry) > 0) low = endOf(entry);
    else high = entry.start;
  }
  for (let at = low; at < high; ) {
    const entry = entryStarting(buf, at);
    if (!entry) return undefined;
    if (compareEntry(name, buf, entry) <= 0) return { at, entry };
    at = endOf(entry);
  }
  if (high === buf.length) return { at: high };
  const entry = entryStarting(buf, high);
  return entry ? { at: high, entry } : undefined;
}

/** The entry `name` (a file directly in the tree) of a tree object's bytes: its mode and object id. */
export function treeEntry(tree: Uint8Array, name: string): { mode: string; blob: string } | undefined {
  const buf = Buffer.from(tree.buffer, tree.byteOffset, tree.byteLength);
  const wanted = Buffer.from(name);
  const entry = place(buf, wanted)?.entry;
  if (!entry || entry.isTree || compareEntry(wanted, buf, entry) !== 0) return undefined;
  return {
    mode: buf.toString("latin1", entry.start, entry.name - 1),
    blob: buf.toString("hex", entry.nul + 1, endOf(entry)),
  };
}

/**
 * The id of the tree `tree` (its object's bytes) with `files` (names directly in it, regular files) put in
 * it, replacing entries of the same name; undefined for a tree or a name this does not handle.
 */
export function treeIdWith(
  tree: Uint8Array,
  files: readonly { name: string; mode: string; blob: string }[],
): string | undefined {
  const buf = Buffer.from(tree.buffer, tree.byteOffset, tree.byteLength);
  const puts: Put[] = [];
  for (const file of files) {
    if (!/^[0-9a-f]{40}$/.test(file.blob) || file.name.includes("/") || file.name === "") return undefined;
    if (file.mode !== "100644" && file.mode !== "100755") return undefined;
    const name = Buffer.from(file.name);
    const entry = Buffer.concat([
      Buffer.from(`${file.mode} `),
      name,
      Buffer.of(0),
      Buffer.from(file.blob, "hex"),
    ]);
    puts.push({ name, entry });
  }
  puts.sort((a, b) => Buffer.compare(a.name, b.name));
  if (puts.some((p, i) => i > 0 && p.name.equals((puts[i - 1] as Put).name))) return undefined;
  // Slices of the old tree, and the new entries between them, in order.
  const pieces: Buffer[] = [];
  let kept = 0;
  for (const put of puts) {
    const found = place(buf, put.name);
    if (!found || found.at < kept) return undefined;
    pieces.push(buf.subarray(kept, found.at), put.entry);
    // The same name: a file replaced. (A folder of a file's name cannot be: the index never holds both.)
    const same = found.entry !== undefined && compareEntry(put.name, buf, found.entry) === 0;
    kept = same && found.entry ? endOf(found.entry) : found.at;
  }
  pieces.push(buf.subarray(kept));
  const length = pieces.reduce((sum, p) => sum + p.length, 0);
  const hash = createHash("sha1").update(`tree ${length}\0`);
  for (const p of pieces) hash.update(p);
  return hash.digest("hex");
}
