import { createHash } from "node:crypto";

// git's tree object format, for one thing: the id of a directory's tree after files are added to it or
// replaced in it, computed from the tree before, so the guard learns what a commit will record there
// without asking git to build the index's trees. Only SHA-1 repositories; anything unexpected gives no id.
// A tree of thousands of entries is scanned once and hashed in a few slices, not taken apart.

const ID_BYTES = 20;

interface Put {
  name: Buffer;
  entry: Buffer;
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
  let from = 0;
  let next = 0;
  let at = 0;
  while (at < buf.length && next < puts.length) {
    // By hand: a call to indexOf for each of thousands of entries costs more than the bytes it passes.
    let space = at;
    while (space < buf.length && buf[space] !== 0x20) space++;
    let nul = space;
    while (nul < buf.length && buf[nul] !== 0) nul++;
    if (nul + 1 + ID_BYTES > buf.length) return undefined;
    const isTree = space - at === 5 && buf[at] === 0x34;
    const end = nul + 1 + ID_BYTES;
    let c = compareTo((puts[next] as Put).name, buf, space + 1, nul, isTree);
    while (c < 0) {
      pieces.push(buf.subarray(from, at), (puts[next] as Put).entry);
      from = at;
      next++;
      if (next === puts.length) break;
      c = compareTo((puts[next] as Put).name, buf, space + 1, nul, isTree);
    }
    if (next < puts.length && c === 0) {
      // The same name: a file replaced. (A folder of a file's name cannot be: the index never holds both.)
      pieces.push(buf.subarray(from, at), (puts[next] as Put).entry);
      from = end;
      next++;
    }
    at = end;
  }
  pieces.push(buf.subarray(from));
  for (; next < puts.length; next++) pieces.push((puts[next] as Put).entry);
  const length = pieces.reduce((sum, p) => sum + p.length, 0);
  const hash = createHash("sha1").update(`tree ${length}\0`);
  for (const p of pieces) hash.update(p);
  return hash.digest("hex");
}
