import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { treeIdWith } from "../../src/adapters/git-tree.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

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
  });
});
