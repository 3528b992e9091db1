import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { notInstalled, PRE_COMMIT } from "../../src/core/hook-lines.js";
import { CLI, lockstep } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const HUSKY = resolve(import.meta.dirname, "../../node_modules/husky");
const HOOKS = resolve(import.meta.dirname, "../../hooks");
const env = gitEnv({ NO_COLOR: "1" });
Reflect.deleteProperty(env, "LOCKSTEP_SKIP");

/** A Node project with applied migrations on main and a feature branch; lockstep in node_modules/.bin. */
function project(extra: Record<string, string> = {}) {
  const cwd = tempTree({
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0" }, null, 2)}\n`,
    ".gitignore": "node_modules/\n",
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    ...extra,
  });
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  symlinkSync(HUSKY, join(cwd, "node_modules", "husky"));
  symlinkSync(CLI, join(cwd, "node_modules", ".bin", "lockstep"));
  const git = gitIn(cwd, env);
  git("init", "-q", "-b", "main");
  return { cwd, git };
}

function editApplied(cwd: string, git: ReturnType<typeof gitIn>) {
  writeFileSync(join(cwd, "migrations/0001_users.up.sql"), "CREATE TABLE users (id INTEGER, email TEXT);\n");
  git("add", "-A");
  return git("commit", "-m", "edit");
}

describe("the hooks run the installed lockstep", () => {
  it("through husky: without lockstep installed, a commit of migrations is refused with one line saying what to do", () => {
    const { cwd, git } = project();
    expect(lockstep(cwd, ["init"]).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    rmSync(join(cwd, "node_modules", ".bin", "lockstep"));
    // Nothing staged where lockstep looks: the script the guard left says so without lockstep.
    writeFileSync(join(cwd, "README.md"), "# app\n");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "readme").status).toBe(0);
    writeFileSync(join(cwd, "migrations/0002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    git("add", "-A");
    const refused = git("commit", "-m", "tags");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr.split("\n")[0]).toBe(notInstalled("commit"));
    expect(git("log", "--format=%s").stdout).toBe("readme\napplied\n");
  });

  it("hooks/ for a repository that installs hooks itself: guards with lockstep from node_modules/.bin", () => {
    const { cwd, git } = project();
    expect(lockstep(cwd, ["lock", "migrations"]).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    // A PATH without node_modules/.bin: the hook finds the project's own lockstep.
    git("config", "core.hooksPath", HOOKS);
    git("checkout", "-q", "-b", "feature");
    const refused = editApplied(cwd, git);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("locked-modified  migrations/0001_users.up.sql");
    rmSync(join(cwd, "node_modules", ".bin", "lockstep"));
    const uninstalled = git("commit", "-m", "edit");
    expect(uninstalled.status).toBe(1);
    expect(uninstalled.stderr).toBe(`${notInstalled("commit")}\n`);
    expect(readFileSync(join(HOOKS, "pre-push"), "utf8")).toContain(notInstalled("push"));
  });

  it("init replaces the npx line an earlier version wrote, and the hook still guards", () => {
    const { cwd, git } = project({
      ".husky/pre-commit": "npm run lint\nnpx --no-install lockstep guard --staged\n",
    });
    const init = lockstep(cwd, ["init"]);
    expect(init.stdout).toContain("updated the lockstep line of .husky/pre-commit");
    expect(readFileSync(join(cwd, ".husky/pre-commit"), "utf8")).toBe(`npm run lint\n${PRE_COMMIT}\n`);
    writeFileSync(join(cwd, ".husky/pre-commit"), `${PRE_COMMIT}\n`);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
    const refused = editApplied(cwd, git);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("locked-modified  migrations/0001_users.up.sql");
  });
});
