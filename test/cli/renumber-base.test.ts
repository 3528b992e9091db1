import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** A repository whose main branch has `files` committed with their lock file, and a branch `feature` checked out. */
async function repository(files: Record<string, string>, dir = "migrations") {
  const cwd = tempTree(files);
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["lock", dir])).code).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "applied").status).toBe(0);
  git("checkout", "-q", "-b", "feature");
  const write = (more: Record<string, string>) => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
  };
  const commit = async (message: string) => {
    expect((await runCli(cwd, ["lock", dir])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", message).status).toBe(0);
  };
  return { cwd, git, write, commit };
}

const errors = (stdout: string) => stdout.split("\n").filter((line) => /^\s+error\s/.test(line));

describe("renumber on a branch the base has moved past", () => {
  const pair = (version: string, table: string) => ({
    [`migrations/${version}_${table}.up.sql`]: `CREATE TABLE ${table} (id INTEGER);\n`,
    [`migrations/${version}_${table}.down.sql`]: `DROP TABLE ${table};\n`,
  });

  it("moves the new migration past what the base gained, as check says, and the dry run says what it does", async () => {
    const r = await repository({ ...pair("0001", "users"), ...pair("0002", "posts") });
    r.write(pair("0003", "tags"));
    await r.commit("tags");
    r.git("checkout", "-q", "main");
    r.write({ ...pair("0003", "labels"), ...pair("0004", "notes") });
    await r.commit("base gained two");
    r.git("checkout", "-q", "feature");

    const check = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(errors(check.stdout)).toEqual(["  error   duplicate-version  migrations/0003_tags.up.sql"]);
    expect(check.stdout).toContain("`lockstep renumber` moves the new one after 0004");

    const dry = await runCli(r.cwd, ["renumber", "--base", "main", "--dry-run"]);
    expect(dry.code).toBe(0);
    const moves = [
      "migrations/0003_tags.up.sql -> migrations/0005_tags.up.sql",
      "migrations/0003_tags.down.sql -> migrations/0005_tags.down.sql",
    ];
    expect(dry.stdout.trim().split("\n")).toEqual(moves);
    expect(r.git("status", "--porcelain").stdout).toBe("");
    const run = await runCli(r.cwd, ["renumber", "--base", "main"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(dry.stdout);
    expect(run.stderr).toContain("moved 1 migration");
    r.git("commit", "-q", "-m", "renumbered");

    // Merged, the base's migrations and the moved one agree: nothing left to fix.
    expect(r.git("merge", "-q", "main", "-m", "merge", "-X", "theirs").status).toBe(0);
    await r.commit("lock after merge");
    const after = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(errors(after.stdout)).toEqual([]);
    expect((await runCli(r.cwd, ["renumber", "--base", "main"])).stdout).toContain("nothing to renumber");
  });
});
