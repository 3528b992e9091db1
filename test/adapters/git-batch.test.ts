import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
