import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const base = {
  "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "0001_users.down.sql": "DROP TABLE users;\n",
  "0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "0002_posts.down.sql": "DROP TABLE posts;\n",
};

const HUSKY = resolve(import.meta.dirname, "../../node_modules/husky");

/**
 * A Node project whose main branch has applied migrations, set up with `lockstep init` (lockstep and husky
 * in node_modules as npm would put them, so the hook husky installs runs node_modules/.bin/lockstep), and
 * a feature branch checked out: made once per `dir`, and copied for each test.
 */
async function template(dir: string): Promise<string> {
  const config: Record<string, string> =
    dir === "migrations"
      ? {}
      : { "lockstep.config.json": JSON.stringify({ databases: [{ name: "main", dir }] }) };
  const cwd = tempTree({
    ...Object.fromEntries(Object.entries(base).map(([k, v]) => [`${dir}/${k}`, v])),
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0" }, null, 2)}\n`,
    ".gitignore": "node_modules/\n",
    ...config,
  });
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  symlinkSync(HUSKY, join(cwd, "node_modules", "husky"));
  symlinkSync(CLI, join(cwd, "node_modules", ".bin", "lockstep"));
  const git = gitIn(cwd, hookEnv());
  git("init", "-q", "-b", "main");
  const init = await runCli(cwd, ["init"]);
  expect(init.stdout).toContain("installed the git hooks with husky");
  git("add", "-A");
  expect(git("commit", "-q", "-m", "applied").status).toBe(0);
  git("checkout", "-q", "-b", "feature");
  return cwd;
}

function hookEnv(): NodeJS.ProcessEnv {
  const env = gitEnv({ NO_COLOR: "1" });
  Reflect.deleteProperty(env, "LOCKSTEP_SKIP");
  return env;
}

const templates = new Map<string, Promise<string>>();

/** A copy of the template for `dir`, with its git repository, hooks and node_modules links. */
async function repository(dir = "migrations") {
  let made = templates.get(dir);
  if (!made) {
    made = template(dir);
    templates.set(dir, made);
  }
  const cwd = tempTree({});
  cpSync(await made, cwd, { recursive: true, verbatimSymlinks: true });
  const git = gitIn(cwd, hookEnv());
  const file = (name: string) => join(cwd, dir, name);
  const commit = (...extra: string[]) => {
    git("add", "-A");
    return git("commit", "-m", "change", ...extra);
  };
  return { cwd, git, file, commit, dir };
}

describe("git commit through the guard", () => {
  it("refuses an edit of an applied migration, showing the file and the changed lines", async () => {
    const r = await repository();
    writeFileSync(
      r.file("0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
    );
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("error   locked-modified  migrations/0001_users.up.sql:1");
    expect(c.stderr).toContain("-CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);");
    expect(c.stderr).toContain("+CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
    expect(c.stderr).toContain("Put the change in a new migration");
    expect(c.stderr).toContain("commit refused, 1 problem with applied migrations; applied means in main");
    expect(r.git("log", "--oneline").stdout.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a rename and a delete of applied migrations", async () => {
    const r = await repository();
    renameSync(r.file("0002_posts.up.sql"), r.file("0003_posts.up.sql"));
    rmSync(r.file("0001_users.down.sql"));
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("locked-renamed  migrations/0003_posts.up.sql");
    expect(c.stderr).toContain(
      "migrations/0002_posts.up.sql is applied and was renamed to migrations/0003_posts.up.sql",
    );
    expect(c.stderr).toContain("locked-deleted  migrations/0001_users.down.sql");
  });

  it("refuses a lock file whose applied lines were rewritten", async () => {
    const r = await repository();
    const sum = r.file("lockstep.sum");
    writeFileSync(
      sum,
      readFileSync(sum, "utf8").replace(/0002_posts\.up\.sql h1:\S+/, "0002_posts.up.sql h1:AAAA"),
    );
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("lockfile-tampered  migrations/lockstep.sum");
    expect(c.stderr).toContain("the line of applied migration 0002_posts.up.sql was changed");
  });

  it("refuses a duplicate version and a new migration that sorts before an applied one", async () => {
    const r = await repository();
    writeFileSync(r.file("0002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(r.file("0001_5_backfill.up.sql"), "UPDATE users SET email = lower(email);\n");
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("duplicate-version");
    expect(c.stderr).toContain("migrations/0002_tags.up.sql");
    const ooo = await repository();
    writeFileSync(ooo.file("0000_seed.up.sql"), "SELECT 1;\n");
    const d = ooo.commit();
    expect(d.status).not.toBe(0);
    expect(d.stderr).toContain("out-of-order  migrations/0000_seed.up.sql");
    expect(d.stderr).toContain("sorts before 0002 (migrations/0002_posts.up.sql), which is already applied");
  });

  it("lets a new migration through and stages the updated lock file with it", async () => {
    const r = await repository();
    writeFileSync(r.file("0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(r.file("0003_tags.down.sql"), "DROP TABLE tags;\n");
    const c = r.commit();
    expect(c.status).toBe(0);
    expect(c.stderr).toContain("updated and staged migrations/lockstep.sum");
    const files = r.git("show", "--name-only", "--format=", "HEAD").stdout.trim().split("\n");
    expect(files).toEqual([
      "migrations/0003_tags.down.sql",
      "migrations/0003_tags.up.sql",
      "migrations/lockstep.sum",
    ]);
    expect((await runCli(r.cwd, ["lock", "migrations", "--check"])).code).toBe(0);
    expect(r.git("status", "--porcelain").stdout).toBe("");
  });

  it("after merging the base, a lock file conflict resolved with either side is rewritten, not refused", async () => {
    const r = await repository();
    writeFileSync(r.file("0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    expect(r.commit().status).toBe(0);
    r.git("checkout", "-q", "main");
    writeFileSync(r.file("0003_due.up.sql"), "ALTER TABLE users ADD COLUMN due TEXT;\n");
    r.git("add", "-A");
    expect(r.git("commit", "-q", "-m", "other PR").status).toBe(0);
    r.git("checkout", "-q", "feature");
    expect(r.git("merge", "-q", "--no-edit", "main").status).not.toBe(0);
    r.git("checkout", "--ours", "migrations/lockstep.sum");
    r.git("add", "-A");
    const merge = r.git("commit", "--no-edit");
    expect(merge.status).not.toBe(0);
    expect(merge.stderr).toContain("duplicate-version");
    expect(merge.stderr).not.toContain("lockfile-tampered");
    expect((await runCli(r.cwd, ["renumber"])).code).toBe(0);
    r.git("add", "-A");
    const fixed = r.git("commit", "--no-edit");
    expect(fixed.status).toBe(0);
    expect((await runCli(r.cwd, ["lock", "migrations", "--check"])).code).toBe(0);
  });

  it("on the base branch itself, what HEAD's lock file holds is applied", async () => {
    const r = await repository();
    r.git("checkout", "-q", "main");
    writeFileSync(r.file("0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    expect(r.commit().status).toBe(0);
    writeFileSync(r.file("0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER, name TEXT);\n");
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("locked-modified  migrations/0003_tags.up.sql");
    expect(c.stderr).toContain("applied means in HEAD");
  });

  it("lets a deliberate edit through once it is amended with a reason", async () => {
    const r = await repository();
    writeFileSync(
      r.file("0002_posts.up.sql"),
      "-- posts of a user\nCREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
    );
    expect(r.commit().status).not.toBe(0);
    const amend = await runCli(r.cwd, ["lock", "migrations", "--amend", "0002", "--reason", "comment only"]);
    expect(amend.code).toBe(0);
    const c = r.commit();
    expect(c.status).toBe(0);
    expect(readFileSync(r.file("lockstep.sum"), "utf8")).toContain('amended 0002 "comment only"');
  });

  it("stays out of the way: commits without migrations, LOCKSTEP_SKIP=1 and --no-verify", async () => {
    const r = await repository();
    writeFileSync(join(r.cwd, "README.md"), "# app\n");
    const plain = r.commit();
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toContain("lockstep");
    writeFileSync(r.file("0001_users.up.sql"), "-- edited\n");
    expect(r.commit("--no-verify").status).toBe(0);
    writeFileSync(r.file("0002_posts.up.sql"), "-- edited\n");
    r.git("add", "-A");
    const skipped = spawnSync("git", ["commit", "-m", "skip"], {
      cwd: r.cwd,
      encoding: "utf8",
      env: gitEnv({ LOCKSTEP_SKIP: "1" }),
    });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain("LOCKSTEP_SKIP=1, guard skipped (CI still checks)");
  });

  it("with guard.replay in the config, also replays the new migrations and refuses a bad down", async () => {
    const r = await repository();
    const bad = {
      "0003_tags.up.sql": "CREATE TABLE tags (id INTEGER);\nCREATE INDEX tags_id ON tags (id);\n",
      "0003_tags.down.sql": "DROP INDEX tags_id;\n",
    };
    for (const [name, text] of Object.entries(bad)) writeFileSync(r.file(name), text);
    r.git("add", "-A");
    expect(r.git("commit", "-q", "-m", "without replay").status).toBe(0);
    r.git("reset", "-q", "--hard", "HEAD~1");
    writeFileSync(
      join(r.cwd, "lockstep.config.json"),
      JSON.stringify({ databases: [{ name: "main", dir: "migrations" }], guard: { replay: true } }),
    );
    for (const [name, text] of Object.entries(bad)) writeFileSync(r.file(name), text);
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("down-mismatch  migrations/0003_tags.down.sql");
    expect(c.stderr).toContain("table `tags` still exists");
  });

  it("works with spaces in paths and in a linked worktree", async () => {
    const r = await repository("db migrations");
    writeFileSync(r.file("0001_users.up.sql"), "-- edited\n");
    const c = r.commit();
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain("locked-modified  db migrations/0001_users.up.sql");
    r.git("reset", "-q", "--hard");
    const tree = join(r.cwd, "..", `${r.cwd.split("/").pop()}-tree`);
    expect(r.git("worktree", "add", "-q", "-b", "other", tree).status).toBe(0);
    // A worktree has its own node_modules, and husky's hook wrappers, once installed there.
    symlinkSync(join(r.cwd, "node_modules"), join(tree, "node_modules"));
    expect(spawnSync(process.execPath, [join(HUSKY, "bin.js")], { cwd: tree }).status).toBe(0);
    mkdirSync(join(tree, "db migrations"), { recursive: true });
    writeFileSync(join(tree, "db migrations", "0003_more.up.sql"), "CREATE TABLE more (id INTEGER);\n");
    spawnSync("git", ["add", "-A"], { cwd: tree });
    const w = spawnSync("git", ["commit", "-m", "more"], {
      cwd: tree,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "d",
        GIT_AUTHOR_EMAIL: "d@e",
        GIT_COMMITTER_NAME: "d",
        GIT_COMMITTER_EMAIL: "d@e",
      },
    });
    expect(w.status).toBe(0);
    expect(w.stderr).toContain("updated and staged db migrations/lockstep.sum");
    rmSync(tree, { recursive: true, force: true });
  });
});
