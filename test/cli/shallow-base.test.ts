import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** A repository with main (one applied migration) and feature (one more), each with its lock file. */
async function upstream(): Promise<string> {
  const cwd = tempTree({
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  });
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "applied").status).toBe(0);
  git("checkout", "-q", "-b", "feature");
  writeFileSync(join(cwd, "migrations/0002_posts.up.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
  writeFileSync(join(cwd, "migrations/0002_posts.down.sql"), "DROP TABLE posts;\n");
  expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "posts").status).toBe(0);
  return cwd;
}

function clone(from: string, ...args: string[]): string {
  const into = join(tempTree({}), "clone");
  const run = spawnSync("git", ["clone", "-q", ...args, `file://${from}`, into], {
    encoding: "utf8",
    env: gitEnv(),
  });
  expect(run.status, run.stderr).toBe(0);
  return into;
}

describe("check --base BRANCH where the clone has no local BRANCH", () => {
  it("in a shallow single-branch clone, fetches origin/main and checks against it", async () => {
    const repo = clone(await upstream(), "--depth", "1", "--single-branch", "--branch", "feature");
    expect(gitIn(repo)("rev-parse", "--verify", "-q", "origin/main").status).not.toBe(0);
    const run = await runCli(repo, ["check", "--base", "main"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "checked HEAD against origin/main (--base names main; there is no local branch main here)",
    );
    expect(run.stdout).toContain("0002 posts");
  });

  it("in a full clone, where only origin/main exists, reads main as origin/main without fetching", async () => {
    const repo = clone(await upstream(), "--branch", "feature");
    spawnSync("git", ["remote", "set-url", "origin", "file:///nonexistent"], { cwd: repo });
    const run = await runCli(repo, ["check", "--base", "main"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("checked HEAD against origin/main");
  });

  it("says what to do, in one line, when the base cannot be found or fetched", async () => {
    const shallow = clone(await upstream(), "--depth", "1", "--single-branch", "--branch", "feature");
    const missing = await runCli(shallow, ["check", "--base", "release"]);
    expect(missing.code).toBe(2);
    expectOneCleanLine(
      missing.stderr,
      "the base release is not in this clone (no branch release, no origin/release), and fetching it from origin failed",
      "git fetch origin release",
      "fetch-depth: 0 in actions/checkout",
    );
    const full = clone(await upstream(), "--branch", "feature");
    const notHere = await runCli(full, ["check", "--base", "release"]);
    expect(notHere.code).toBe(2);
    expectOneCleanLine(
      notHere.stderr,
      "the base release is not in this clone (no branch release, no origin/release)",
      "fetch it with git fetch origin release",
      "fetch-depth: 0 in actions/checkout",
    );
  });
});
