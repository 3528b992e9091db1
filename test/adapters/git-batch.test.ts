import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTree } from "../../src/adapters/cat-file.js";
import { GitRepo } from "../../src/adapters/git.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// The guard asks git several questions in one process (refs, the lock file at three refs): the batched
// answers must be exactly what one question at a time gives, and a change lockstep makes is never answered
// from what it asked before.

function repository() {
  const cwd = tempTree({
    "migrations/lockstep.sum": "applied\n",
    "migrations/with space.sql": "SELECT 1;\n",
    "migrations/nested/x.sql": "SELECT 2;\n",
  });
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  expect(git("commit", "-q", "-m", "base").status).toBe(0);
  git("tag", "v1");
  git("checkout", "-q", "-b", "feature");
  writeFileSync(join(cwd, "migrations/lockstep.sum"), "staged\n");
  git("add", "-A");
  return { cwd, git };
}

const REFS = ["main", "origin/HEAD", "origin/main", "v1", "HEAD", "feature", "nope", "main~1", "HEAD^{tree}"];
const FILES = [
  { ref: "", path: "migrations/lockstep.sum" },
  { ref: "HEAD", path: "migrations/lockstep.sum" },
  { ref: "main", path: "migrations/lockstep.sum" },
  { ref: "main", path: "migrations/with space.sql" },
  { ref: "main", path: "migrations/nested" },
  { ref: "main", path: "migrations/absent.sql" },
  { ref: "nope", path: "migrations/lockstep.sum" },
];

describe("git questions asked in one batch", () => {
  it("resolve refs and read files exactly as one question at a time does", async () => {
    const { cwd } = repository();
    const one = await GitRepo.open(cwd);
    const batched = await GitRepo.open(cwd);
    batched.resolveCommits(REFS);
    batched.prefetch(FILES);
    for (const ref of REFS) expect(await batched.commitOf(ref), ref).toBe(await one.commitOf(ref));
    for (const { ref, path } of FILES) {
      const alone = await one.show(ref, path);
      const fromBatch = await batched.show(ref, path);
      // A directory is told apart by its first line, as `git show` prints it.
      if (alone?.startsWith("tree ")) expect(fromBatch?.split("\n")[0], path).toBe(alone.split("\n")[0]);
      else expect(fromBatch, `${ref}:${path}`).toBe(alone);
    }
    expect(await batched.show("", "migrations/lockstep.sum")).toBe("staged\n");
    expect(await batched.show("main", "migrations/lockstep.sum")).toBe("applied\n");
  });

  it("list a prefetched directory exactly as `git ls-tree -r` does, whatever its names", async () => {
    const cwd = tempTree({
      "flat/0001_a.up.sql": "SELECT 1;\n",
      "flat/0002 tab\there.sql": "SELECT 2;\n",
      "flat/0003_newline\nname.sql": "SELECT 3;\n",
      "flat/0004_ünï.sql": "SELECT 4;\n",
      "flat/0005_run.sh": "#!/bin/sh\n",
      "flat/0006-sorts-before-dot.sql": "SELECT 6;\n",
      "deep/0001_a.up.sql": "SELECT 1;\n",
      "deep/sub/0002_b.up.sql": "SELECT 2;\n",
      "deep/sub-dash.sql": "SELECT 3;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    symlinkSync("0001_a.up.sql", join(cwd, "flat/0007_link.sql"));
    chmodSync(join(cwd, "flat/0005_run.sh"), 0o755);
    git("add", "-A");
    // A gitlink, as a submodule leaves one, without a submodule's checkout.
    expect(git("update-index", "--add", "--cacheinfo", `160000,${"a".repeat(40)},flat/0008_lib`).status).toBe(
      0,
    );
    expect(git("commit", "-q", "-m", "files").status).toBe(0);
    for (const dir of ["flat", "deep", "absent"]) {
      const listed = await GitRepo.open(cwd);
      const prefetched = await GitRepo.open(cwd);
      prefetched.prefetch([{ ref: "HEAD", path: dir }]);
      expect(await prefetched.treeEntries("HEAD", dir), dir).toEqual(await listed.treeEntries("HEAD", dir));
      expect([...prefetched.submodules], dir).toEqual([...listed.submodules]);
    }
    // The flat directory is listed from the tree the prefetch read: no ls-tree runs for it.
    const trace = join(tempTree({}), "trace");
    const flat = await GitRepo.open(cwd);
    flat.prefetch([{ ref: "HEAD", path: "flat" }]);
    process.env.GIT_TRACE = trace;
    try {
      expect((await flat.treeEntries("HEAD", "flat")).map((e) => e.path)).toContain(
        "flat/0003_newline\nname.sql",
      );
    } finally {
      delete process.env.GIT_TRACE;
    }
    expect(existsSync(trace) ? readFileSync(trace, "utf8") : "").not.toContain("ls-tree");
    expect([...flat.submodules]).toEqual(["flat/0008_lib"]);
  });

  it("read no entries from tree bytes that are not exactly a tree", () => {
    const id = Buffer.alloc(20, 0xab);
    const entry = (mode: string, name: string) => Buffer.concat([Buffer.from(`${mode} ${name}\0`), id]);
    const good = Buffer.concat([entry("100644", "a.sql"), entry("160000", "lib")]);
    expect(parseTree(good, 20)).toEqual([
      { mode: "100644", name: "a.sql", id: "ab".repeat(20) },
      { mode: "160000", name: "lib", id: "ab".repeat(20) },
    ]);
    expect(parseTree(good.subarray(0, good.length - 1), 20)).toBeUndefined();
    expect(parseTree(Buffer.concat([good, Buffer.from("100644 b.sql")]), 20)).toBeUndefined();
    expect(parseTree(entry("1x0644", "a.sql"), 20)).toBeUndefined();
    expect(parseTree(entry("100644", ""), 20)).toBeUndefined();
    expect(parseTree(good, 32)).toBeUndefined();
  });

  it("forget what they knew of the index once lockstep stages a file", async () => {
    const { cwd } = repository();
    const repo = await GitRepo.open(cwd);
    repo.prefetch([{ ref: "", path: "migrations/lockstep.sum" }]);
    expect(repo.stagedPaths(["migrations"])).toEqual(["migrations/lockstep.sum"]);
    writeFileSync(join(cwd, "migrations/lockstep.sum"), "restaged\n");
    writeFileSync(join(cwd, "migrations/0002_new.sql"), "SELECT 3;\n");
    await repo.add(["migrations/lockstep.sum", "migrations/0002_new.sql"]);
    expect(await repo.show("", "migrations/lockstep.sum")).toBe("restaged\n");
    expect(repo.stagedPaths(["migrations"])).toEqual(["migrations/0002_new.sql", "migrations/lockstep.sum"]);
  });
});

describe("what the guard's shortcut asks of git", () => {
  it("looks names up as one question at a time does, and asks each once a command", async () => {
    const { cwd, git } = repository();
    const names = [
      "HEAD:migrations",
      "main:migrations/lockstep.sum",
      ":migrations/lockstep.sum",
      "HEAD:",
      "v1^{commit}",
      "nope:migrations",
      "main:migrations/absent.sql",
    ];
    const repo = await GitRepo.open(cwd);
    const found = repo.lookup(names);
    for (const name of names) {
      const oid = git("rev-parse", "--verify", "--quiet", name).stdout.trim();
      const type = git("cat-file", "-t", name).stdout.trim();
      expect(found.get(name), name).toEqual(oid ? { oid, type } : undefined);
      expect(found.has(name), name).toBe(true);
    }
    // A name git cannot take on one line is not asked.
    expect(repo.lookup(["main:migrations/with space.sql"]).has("main:migrations/with space.sql")).toBe(false);
    // Asked once: what lockstep stages since is asked again.
    writeFileSync(join(cwd, "migrations/lockstep.sum"), "restaged\n");
    const lock = ":migrations/lockstep.sum";
    expect(repo.lookup([lock]).get(lock)).toEqual(found.get(lock));
    repo.stageTracked(["migrations/lockstep.sum"]);
    expect(repo.lookup([lock]).get(lock)?.oid).toBe(git("rev-parse", lock).stdout.trim());
    expect(repo.lookup([lock]).get(lock)).not.toEqual(found.get(lock));
  });

  it("answers for one directory from an answer for several, as git answers for it alone", async () => {
    const cwd = tempTree({
      "a/1.sql": "1\n",
      "ab/2.sql": "2\n",
      "b/3.sql": "3\n",
      "m*/4.sql": "4\n",
      "mb/0.sql": "0\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "base").status).toBe(0);
    // `m*` is a glob to git: it matches mb/ too.
    for (const path of ["a/1.sql", "a/5.sql", "ab/2.sql", "b/6.sql", "m*/4.sql", "mb/7.sql"])
      writeFileSync(join(cwd, path), "changed\n");
    git("add", "-A");
    const dirs = ["a", "ab", "b", "m*", ""];
    const together = await GitRepo.open(cwd);
    together.stagedPaths(dirs);
    for (const dir of dirs) {
      const alone = await GitRepo.open(cwd);
      expect(together.stagedChanges([dir]), dir).toEqual(alone.stagedChanges([dir]));
    }
  });

  it("stages a tracked file as git add does: its filters, its line ends, its index entry", async () => {
    const files = {
      ".gitattributes": "*.sum text eol=lf\n*.up filter=upper\n",
      "migrations/lockstep.sum": "a\r\nb\r\n",
      "migrations/x.up": "hello\n",
    };
    const copies = [tempTree(files), tempTree(files)].map((cwd) => {
      const git = gitIn(cwd);
      git("init", "-q", "-b", "main");
      git("config", "filter.upper.clean", "tr a-z A-Z");
      git("add", "-A");
      expect(git("commit", "-q", "-m", "base").status).toBe(0);
      writeFileSync(join(cwd, "migrations/lockstep.sum"), "a\r\nc\r\n");
      writeFileSync(join(cwd, "migrations/x.up"), "bye\n");
      return { cwd, git };
    });
    const [added, staged] = copies as [(typeof copies)[0], (typeof copies)[0]];
    added.git("add", "--", "migrations/lockstep.sum", "migrations/x.up");
    (await GitRepo.open(staged.cwd)).stageTracked(["migrations/lockstep.sum", "migrations/x.up"]);
    expect(staged.git("ls-files", "-s").stdout).toBe(added.git("ls-files", "-s").stdout);
    // Nothing left unstaged: the entry records the file as it is on disk.
    expect(staged.git("diff", "--quiet").status).toBe(0);
    expect(staged.git("cat-file", "-p", ":migrations/x.up").stdout).toBe("BYE\n");
  });
});
