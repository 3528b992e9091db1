import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { treeEntry, treeIdWith } from "../../src/adapters/git-tree.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** mulberry32: the same trees every run. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = { mode: string; type: string; oid: string; name: string };

/** Trees git writes itself (`git mktree`), each as its id and its object's bytes. */
function mktrees(cwd: string, trees: Row[][]): { id: string; bytes: Buffer }[] {
  const input = trees.map((rows) => rows.map((r) => `${r.mode} ${r.type} ${r.oid}\t${r.name}\n`).join(""));
  const made = spawnSync("git", ["mktree", "--missing", "--batch"], { cwd, input: input.join("\n") });
  expect(made.status, made.stderr.toString()).toBe(0);
  const ids = made.stdout.toString().trim().split("\n");
  const read = spawnSync("git", ["cat-file", "--batch"], { cwd, input: `${ids.join("\n")}\n` });
  const out = read.stdout;
  let at = 0;
  return ids.map((id) => {
    const header = out.subarray(at, out.indexOf(10, at)).toString();
    const size = Number(header.split(" ")[2]);
    const start = out.indexOf(10, at) + 1;
    at = start + size + 1;
    return { id, bytes: out.subarray(start, start + size) };
  });
}

// The id a commit will record for a directory, worked out from the tree before: it must be git's own.
describe("treeIdWith", () => {
  it("gives the id git writes for the directory with files added and replaced", () => {
    const cwd = tempTree({
      "d/0001_a.up.sql": "a\n",
      "d/lockstep.sum": "old\n",
      "d/b-c": "x\n",
      "d/b/inner.sql": "y\n",
      "d/b.d": "z\n",
      "d/z.sql": "w\n",
    });
    const git = gitIn(cwd);
    git("init", "-q");
    git("add", "-A");
    const before = git("write-tree", "--prefix=d/").stdout.trim();
    const bytes = spawnSync("git", ["cat-file", "tree", before], { cwd }).stdout;
    // Names that sort around the folder `b` (as "b/"), at the start, at the end and in the middle.
    const added = {
      "0000_first.up.sql": "f\n",
      "b.a": "g\n",
      b0: "h\n",
      "zz.sql": "i\n",
      "0005_e.up.sql": "e\n",
    };
    for (const [name, text] of Object.entries(added)) writeFileSync(join(cwd, "d", name), text);
    writeFileSync(join(cwd, "d/lockstep.sum"), "new\n");
    mkdirSync(join(cwd, "d/b"), { recursive: true });
    git("add", "-A");
    const after = git("write-tree", "--prefix=d/").stdout.trim();
    const blob = (name: string) => git("rev-parse", `:d/${name}`).stdout.trim();
    const files = [...Object.keys(added), "lockstep.sum"].map((name) => ({
      name,
      mode: "100644",
      blob: blob(name),
    }));
    expect(treeIdWith(bytes, files)).toBe(after);
    expect(treeIdWith(bytes, [{ name: "x/y", mode: "100644", blob: blob("b0") }])).toBeUndefined();
    const lock = git("ls-tree", before, "lockstep.sum").stdout.split(/\s/)[2];
    expect(treeEntry(bytes, "lockstep.sum")).toEqual({ mode: "100644", blob: lock });
    expect(treeEntry(bytes, "b")).toBeUndefined();
  });

  it("finds where names go in large trees of any names and ids, as git sorts them", () => {
    const cwd = tempTree({});
    gitIn(cwd)("init", "-q");
    const random = rng(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    // Names that look like entries (a mode and a space inside), that share prefixes, that sort around
    // folders; ids whose bytes hold NULs and what looks like a mode.
    const parts = [
      "0",
      "1",
      "9",
      "10",
      "100644 ",
      "40000 ",
      "a",
      "b",
      "_",
      ".",
      "-",
      " ",
      "lockstep.sum",
      "é",
    ];
    const name = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(parts)).join("");
    const oid = () =>
      Array.from({ length: 20 }, () =>
        random() < 0.2
          ? "00"
          : random() < 0.1
            ? "20"
            : Math.floor(random() * 256)
                .toString(16)
                .padStart(2, "0"),
      ).join("");
    const cases: { before: Row[]; puts: Row[] }[] = [];
    for (let i = 0; i < 60; i++) {
      const rows = new Map<string, Row>();
      const size = i < 10 ? Math.floor(random() * 8) : 50 + Math.floor(random() * 700);
      for (let j = 0; j < size; j++) {
        const n = name();
        const kind = random();
        const row =
          kind < 0.8
            ? { mode: pick(["100644", "100755"]), type: "blob", oid: oid(), name: n }
            : kind < 0.9
              ? { mode: "040000", type: "tree", oid: oid(), name: n }
              : kind < 0.95
                ? { mode: "120000", type: "blob", oid: oid(), name: n }
                : { mode: "160000", type: "commit", oid: oid(), name: n };
        rows.set(n, row);
      }
      const before = [...rows.values()];
      const files = before.filter((r) => r.type === "blob" && r.mode.startsWith("100"));
      // Some names new, some files already there (replaced); never a folder's name.
      const puts = new Map<string, Row>();
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const replaced = files.length > 0 && random() < 0.4 ? pick(files).name : name();
        // A file put where a folder, a link or a submodule is: the index never holds both.
        if (rows.has(replaced) && !files.includes(rows.get(replaced) as Row)) continue;
        puts.set(replaced, { mode: pick(["100644", "100755"]), type: "blob", oid: oid(), name: replaced });
      }
      cases.push({ before, puts: [...puts.values()] });
    }
    const afters = cases.map(({ before, puts }) => {
      const merged = new Map(before.map((r) => [r.name, r]));
      for (const p of puts) merged.set(p.name, p);
      return [...merged.values()];
    });
    const made = mktrees(cwd, [...cases.map((c) => c.before), ...afters]);
    for (const [i, { before, puts }] of cases.entries()) {
      const tree = made[i] as { id: string; bytes: Buffer };
      const expected = made[cases.length + i]?.id;
      const files = puts.map((p) => ({ name: p.name, mode: p.mode, blob: p.oid }));
      expect(treeIdWith(tree.bytes, files), `case ${i}`).toBe(puts.length > 0 ? expected : tree.id);
      for (const row of before.slice(0, 20)) {
        const found = treeEntry(tree.bytes, row.name);
        if (row.type === "tree") expect(found, `case ${i} ${row.name}`).toBeUndefined();
        else
          expect(found, `case ${i} ${JSON.stringify(row.name)}`).toEqual({ mode: row.mode, blob: row.oid });
      }
      const absent = `${name()}~absent`;
      if (!before.some((r) => r.name === absent)) expect(treeEntry(tree.bytes, absent)).toBeUndefined();
    }
  });
});
