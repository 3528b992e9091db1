import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderGuardSkip } from "../../src/core/guard-skip.js";
import { CLI, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const HUSKY = resolve(import.meta.dirname, "../../node_modules/husky");

/**
 * A Node project set up by lockstep init, with husky's hooks, whose `lockstep` notes each start in a log:
 * what tells a commit that started Node from one the hook let through without it.
 */
async function project() {
  const cwd = tempTree({
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0" })}\n`,
    "db/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
    "db/migrations/0001_users.down.sql": "DROP TABLE users;\n",
    ".gitignore": "node_modules/\nstarts.log\n",
  });
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  symlinkSync(HUSKY, join(cwd, "node_modules", "husky"));
  const bin = join(cwd, "node_modules", ".bin", "lockstep");
  writeFileSync(
    bin,
    `#!/bin/sh\necho "$*" >> "${join(cwd, "starts.log")}"\nexec "${process.execPath}" "${CLI}" "$@"\n`,
  );
  chmodSync(bin, 0o755);
  const git = gitIn(cwd, gitEnv({ NO_COLOR: "1" }));
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["init"])).code).toBe(0);
  const starts = () =>
    existsSync(join(cwd, "starts.log"))
      ? readFileSync(join(cwd, "starts.log"), "utf8").split("\n").filter(Boolean).length
      : 0;
  const commit = (file: string, text: string) => {
    writeFileSync(join(cwd, file), text);
    git("add", "-A");
    return git("commit", "-q", "-m", `change ${file}`);
  };
  return { cwd, git, starts, commit };
}

describe("the pre-commit hook's way past Node", () => {
  it("lets a commit that stages nothing where lockstep looks through without starting it, and no other", async () => {
    const { cwd, starts, commit } = await project();
    // The first commit starts lockstep, which leaves the script for the next one.
    expect(commit("README.md", "# app\n").status).toBe(0);
    expect(starts()).toBe(1);
    expect(commit("README.md", "# app, again\n").status).toBe(0);
    expect(starts()).toBe(1);
    // A migration staged: lockstep runs, and refuses an edit of an applied one.
    const edited = commit(
      "db/migrations/0001_users.up.sql",
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    expect(edited.status).not.toBe(0);
    expect(edited.stderr).toContain("locked-modified");
    expect(starts()).toBe(2);
    gitIn(cwd)("reset", "-q", "--hard");
    // The config changed on disk (another directory, say): lockstep runs again, and sees it.
    const config = join(cwd, "lockstep.config.json");
    writeFileSync(config, readFileSync(config, "utf8").replace(/\n$/, " \n"));
    expect(commit("README.md", "# app, third\n").status).toBe(0);
    expect(starts()).toBe(3);
    expect(commit("README.md", "# app, fourth\n").status).toBe(0);
    expect(starts()).toBe(3);
    // No script (a fresh clone, a cleaned git directory): lockstep runs.
    rmSync(join(cwd, ".git", "lockstep", "guard-skip.sh"));
    expect(commit("README.md", "# app, fifth\n").status).toBe(0);
    expect(starts()).toBe(4);
  });

  it("keeps a path from the config one word, whatever it holds, and runs nothing it says", () => {
    const dir = "db/it's $(touch pwned) `touch pwned2`";
    const cwd = tempTree({ [`${dir}/0001_a.sql`]: "SELECT 1;\n", "README.md": "# x\n" });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "start").status).toBe(0);
    const script = renderGuardSkip("lockstep.config.json", "none", [dir]) as string;
    writeFileSync(join(cwd, "skip.sh"), script);
    const skip = () => spawnSync("sh", ["skip.sh"], { cwd }).status;
    appendFileSync(join(cwd, "README.md"), "more\n");
    git("add", "README.md");
    expect(skip()).toBe(0);
    writeFileSync(join(cwd, dir, "0002_b.sql"), "SELECT 2;\n");
    git("add", "-A");
    expect(skip()).toBe(1);
    expect(existsSync(join(cwd, "pwned"))).toBe(false);
    expect(existsSync(join(cwd, "pwned2"))).toBe(false);
    // A config now on disk is not the one the script was written for.
    writeFileSync(join(cwd, "lockstep.config.json"), "{}\n");
    git("reset", "-q", "--", dir);
    expect(skip()).toBe(1);
  });

  it("is never written for a path the hook could not pass as one word", () => {
    expect(renderGuardSkip("lockstep.config.json", "none", ["db/a\nb"])).toBeUndefined();
    expect(renderGuardSkip("lockstep.config.json", "not a hash", ["db"])).toBeUndefined();
    expect(renderGuardSkip("lockstep.config.json", "none", [])).toBeUndefined();
  });
});
