import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const HUSKY = resolve(import.meta.dirname, "../../node_modules/husky");
const NOTE =
  "migrations/0002_lib is a git submodule: it is not a migration, and nothing in it was read (run lockstep inside the submodule to check its own migrations)";

const applied = {
  "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "0001_users.down.sql": "DROP TABLE users;\n",
  // Sorts after the submodule: the file whose text a misread batch answer lost.
  "0003_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "0003_posts.down.sql": "DROP TABLE posts;\n",
};

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * A Node project set up with `lockstep init` (husky's pre-commit hook runs the guard) whose migrations/ holds
 * a real submodule, checked out, with SQL of its own; main has the applied migrations and no lock file yet
 * (a team adopting lockstep); a feature branch is checked out.
 */
async function repository() {
  const lib = tempTree({ "0009_theirs.up.sql": "CREATE TABLE theirs (id INTEGER);\n" });
  const libGit = gitIn(lib);
  libGit("init", "-q", "-b", "main");
  libGit("add", "-A");
  expect(libGit("commit", "-q", "-m", "theirs").status).toBe(0);
  const cwd = tempTree({
    ...Object.fromEntries(Object.entries(applied).map(([k, v]) => [`migrations/${k}`, v])),
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0" }, null, 2)}\n`,
    ".gitignore": "node_modules/\n",
  });
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  symlinkSync(HUSKY, join(cwd, "node_modules", "husky"));
  symlinkSync(CLI, join(cwd, "node_modules", ".bin", "lockstep"));
  const env = gitEnv({ NO_COLOR: "1" });
  Reflect.deleteProperty(env, "LOCKSTEP_SKIP");
  const git = gitIn(cwd, env);
  git("init", "-q", "-b", "main");
  const sub = git("-c", "protocol.file.allow=always", "submodule", "add", "-q", lib, "migrations/0002_lib");
  expect(sub.status, sub.stderr).toBe(0);
  expect((await runCli(cwd, ["init"])).stdout).toContain("installed the git hooks with husky");
  rmSync(join(cwd, "migrations", "lockstep.sum"), { force: true });
  git("add", "-A");
  expect(git("commit", "-q", "--no-verify", "-m", "applied").status).toBe(0);
  git("checkout", "-q", "-b", "feature");
  const file = (name: string) => join(cwd, "migrations", name);
  const commit = () => {
    git("add", "-A");
    return git("commit", "-m", "change");
  };
  return { cwd, git, file, commit };
}

/** The lock lines lockstep should write: each file's sha256 (base64) of its real text. */
function realHashes(cwd: string, names: string[]): string[] {
  return names.map((name) => {
    const text = readFileSync(join(cwd, "migrations", name), "utf8");
    return `${name} h1:${createHash("sha256").update(text).digest("base64")}`;
  });
}

describe("a submodule inside the migrations directory", () => {
  it("git commit through the guard, check and lock read every file after it as it is", async () => {
    const r = await repository();
    writeFileSync(r.file("0004_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(r.file("0004_tags.down.sql"), "DROP TABLE tags;\n");
    const c = r.commit();
    expect(c.status, c.stderr).toBe(0);
    expect(count(c.stderr, NOTE)).toBe(1);
    const lock = r.git("show", "HEAD:migrations/lockstep.sum").stdout;
    for (const line of realHashes(r.cwd, [...Object.keys(applied), "0004_tags.up.sql", "0004_tags.down.sql"]))
      expect(lock).toContain(line);
    expect(lock).not.toContain("0002_lib");

    const check = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toContain("down-mismatch");
    expect(check.stdout).toContain("3 migrations replayed up, down and up again: no problems found");
    expect(count(check.stderr, NOTE)).toBe(1);

    const locked = await runCli(r.cwd, ["lock"]);
    expect(locked.code).toBe(0);
    expect(locked.stdout).toContain("migrations/lockstep.sum is up to date");
    expect(count(locked.stderr, NOTE)).toBe(1);
    expect(r.git("status", "--porcelain").stdout).toBe("");

    // The next valid commit is not refused over what the first one recorded.
    writeFileSync(r.file("0005_more.up.sql"), "CREATE TABLE more (id INTEGER);\n");
    const next = r.commit();
    expect(next.status, next.stderr).toBe(0);
    expect(count(next.stderr, NOTE)).toBe(1);
    expect(r.git("show", "HEAD:migrations/lockstep.sum").stdout).toContain(
      realHashes(r.cwd, ["0005_more.up.sql"])[0],
    );
  });

  it("replay and lock skip the checked-out submodule's files, saying so once", async () => {
    const r = await repository();
    const replay = await runCli(r.cwd, ["replay", "migrations"]);
    expect(replay.code, replay.stdout).toBe(0);
    expect(replay.stdout).not.toContain("0009_theirs");
    expect(count(replay.stderr, NOTE)).toBe(1);
    const locked = await runCli(r.cwd, ["lock"]);
    expect(locked.code).toBe(0);
    expect(count(locked.stderr, NOTE)).toBe(1);
    const lock = readFileSync(r.file("lockstep.sum"), "utf8");
    expect(lock).not.toContain("0002_lib");
    for (const line of realHashes(r.cwd, Object.keys(applied))) expect(lock).toContain(line);
  });
});
