import { spawnSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// The real pre-commit framework, in a repository with no package.json: lockstep's repository as the hook
// repository (`.pre-commit-hooks.yaml`), with nothing installed but node on the PATH.
const ROOT = resolve(import.meta.dirname, "../..");
if (spawnSync("pre-commit", ["--version"]).status !== 0)
  throw new Error("these tests need the pre-commit framework on the PATH (the Debian package pre-commit)");

/** lockstep's repository as pre-commit clones it: what it commits that the hook runs. */
function hookRepository(): { path: string; rev: string } {
  const path = tempTree({});
  for (const entry of [".pre-commit-hooks.yaml", "hooks", "dist", "package.json"])
    cpSync(join(ROOT, entry), join(path, entry), { recursive: true });
  const git = gitIn(path);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  expect(git("commit", "-q", "-m", "release").status).toBe(0);
  return { path, rev: git("rev-parse", "HEAD").stdout.trim() };
}

describe("lockstep through the pre-commit framework", () => {
  it("refuses an edit of an applied migration, lets a new one through with its lock file, in a Go-style repository", async () => {
    const hooks = hookRepository();
    const cwd = tempTree({
      "go.mod": "module example.com/app\n\ngo 1.22\n",
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
      "migrations/0001_users.down.sql": "DROP TABLE users;\n",
      ".pre-commit-config.yaml": `repos:\n  - repo: ${hooks.path}\n    rev: ${hooks.rev}\n    hooks:\n      - id: lockstep-guard\n`,
    });
    const env = gitEnv({ PRE_COMMIT_HOME: tempTree({}), NO_COLOR: "1" });
    const git = gitIn(cwd, env);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const install = spawnSync("pre-commit", ["install"], { cwd, env, encoding: "utf8" });
    expect(install.status, install.stderr + install.stdout).toBe(0);
    git("add", "-A");
    const first = git("commit", "-q", "-m", "applied");
    expect(first.status, first.stderr + first.stdout).toBe(0);
    git("checkout", "-q", "-b", "feature");

    writeFileSync(
      join(cwd, "migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    git("add", "-A");
    const refused = git("commit", "-m", "edit applied");
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("locked-modified");
    git("reset", "-q", "--hard", "HEAD");

    writeFileSync(join(cwd, "migrations/0002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(join(cwd, "migrations/0002_tags.down.sql"), "DROP TABLE tags;\n");
    git("add", "-A");
    const allowed = git("commit", "-m", "tags");
    expect(allowed.status, allowed.stderr + allowed.stdout).toBe(0);
    expect(git("show", "--name-only", "--format=", "HEAD").stdout).toContain("migrations/lockstep.sum");
  });
});
