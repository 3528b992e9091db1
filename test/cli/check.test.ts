import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tasks.up.sql":
    "CREATE TABLE tasks (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES users (id));\n",
  "migrations/0002_tasks.down.sql": "DROP TABLE tasks;\n",
};

/** A repository with applied migrations on main and a feature branch checked out, with no hook. */
async function repository() {
  const cwd = tempTree(applied);
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  await runCli(cwd, ["lock", "migrations"]);
  git("add", "-A");
  git("commit", "-q", "-m", "applied");
  git("checkout", "-q", "-b", "feature");
  /** Writes the files, locks, and commits on the current branch. */
  const commit = async (files: Record<string, string>, message = "change") => {
    for (const [path, text] of Object.entries(files)) writeFileSync(join(cwd, path), text);
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", message).status).toBe(0);
  };
  return { cwd, git, commit };
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe("lockstep check --base", () => {
  it("passes a clean branch, marks each migration base or new, and reports the schema diff", async () => {
    const r = await repository();
    await r.commit({
      "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
      "migrations/0003_labels.down.sql": "DROP TABLE labels;\n",
    });
    const out = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(out.code).toBe(0);
    const db = json(out).databases[0];
    expect(db.migrations.map((m: { version: string; origin: string }) => `${m.version} ${m.origin}`)).toEqual(
      ["0001 base", "0002 base", "0003 new"],
    );
    expect(db.diff.added.map((o: { name: string }) => o.name)).toEqual(["labels"]);
    expect(json(out).base).toBe("main");
    const text = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(text.stdout).toContain("checked HEAD against main (--base)");
    expect(text.stdout).toContain("schema diff main → HEAD (default)");
    expect(text.stdout).toContain("table `labels` added (2 columns)");
  });

  it("catches two branches that each add the next version, before and after they meet", async () => {
    const r = await repository();
    await r.commit({ "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n" });
    r.git("checkout", "-q", "main");
    await r.commit(
      { "migrations/0003_due.up.sql": "ALTER TABLE tasks ADD COLUMN due TEXT;\n" },
      "other PR merged",
    );
    r.git("checkout", "-q", "feature");
    const pr = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(pr.code).toBe(1);
    expect(pr.stdout).toContain("duplicate-version  migrations/0003_labels.up.sql");
    expect(pr.stdout).toContain(
      "version 0003 is already taken by migrations/0003_due.up.sql, which is applied",
    );
    expect(pr.stdout).not.toContain("locked-deleted");
    // The merge queue's tree: the PR merged onto the latest main (the lock file conflict resolved by taking main's).
    r.git("checkout", "-q", "-b", "queue", "main");
    r.git("merge", "-q", "--no-edit", "feature");
    r.git("checkout", "main", "--", "migrations/lockstep.sum");
    r.git("add", "-A");
    r.git("commit", "-q", "--no-edit");
    const queue = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(queue.code).toBe(1);
    const dup = json(queue).databases[0].findings.find(
      (f: { rule: string }) => f.rule === "duplicate-version",
    );
    expect(dup.message).toContain("migrations/0003_due.up.sql");
    expect(dup.message).toContain("migrations/0003_labels.up.sql");
  });

  it("warns when a new migration and one the base gained since the branch point change the same table", async () => {
    const r = await repository();
    r.git("checkout", "-q", "main");
    await r.commit(
      { "migrations/0003_due.up.sql": "ALTER TABLE tasks ADD COLUMN due TEXT;\n" },
      "other PR merged",
    );
    r.git("checkout", "-q", "feature");
    await r.commit({ "migrations/0004_priority.up.sql": "ALTER TABLE tasks ADD COLUMN priority INTEGER;\n" });
    const expectOverlap = (out: { code: number | null; stdout: string }) => {
      expect(out.code).toBe(0);
      expect(out.stdout).toContain("warning overlap  migrations/0004_priority.up.sql");
      expect(out.stdout).toContain(
        "and migrations/0003_due.up.sql (added on the base since this branch left it) both change `tasks`",
      );
    };
    expectOverlap(await runCli(r.cwd, ["check", "--base", "main"]));
    // The pull request's merge commit (first parent: the base), as CI checks it out.
    r.git("checkout", "-q", "--detach", "main");
    r.git("merge", "-q", "--no-edit", "feature");
    r.git("checkout", "main", "--", "migrations/lockstep.sum");
    expect((await runCli(r.cwd, ["lock", "migrations"])).code).toBe(0);
    r.git("add", "-A");
    r.git("commit", "-q", "--no-edit");
    expectOverlap(await runCli(r.cwd, ["check", "--base", "main"]));
  });

  it("catches in CI what a skipped hook let through: an edited applied migration and a stale lock file", async () => {
    const r = await repository();
    writeFileSync(
      join(r.cwd, "migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    writeFileSync(join(r.cwd, "migrations/0003_x.up.sql"), "CREATE TABLE x (id INTEGER);\n");
    r.git("add", "-A");
    r.git("commit", "-q", "--no-verify", "-m", "sneaky");
    const out = await runCli(r.cwd, ["check", "--base", "main", "--down", "new"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("locked-modified  migrations/0001_users.up.sql:1");
    expect(out.stdout).toContain("lockfile-stale");
    expect(out.stdout).toContain("0003_x.up.sql (version 0003) is not in migrations/lockstep.sum");
    // The edit has one fix, a new migration: not also "run lockstep lock", which would contradict it.
    expect(out.stdout).not.toContain("0001_users.up.sql changed since");
  });

  it("says out loud, quoting the reason, that an applied migration was edited under an amendment", async () => {
    const r = await repository();
    writeFileSync(
      join(r.cwd, "migrations/0001_users.up.sql"),
      "-- the accounts\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
    );
    expect(
      (await runCli(r.cwd, ["lock", "migrations", "--amend", "0001", "--reason", "comment only"])).code,
    ).toBe(0);
    r.git("add", "-A");
    r.git("commit", "-q", "-m", "comment");
    const out = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("warning locked-amended  migrations/0001_users.up.sql");
    expect(out.stdout).toContain('amended with the reason "comment only"');
  });

  it("judges HEAD's committed migrations, not the work tree's edits the search for them read", async () => {
    const r = await repository();
    await r.commit({
      "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
      "migrations/0003_labels.down.sql": "DROP TABLE labels;\n",
    });
    // Uncommitted: a broken new migration, an applied one edited, and the down made to leave its table.
    writeFileSync(
      join(r.cwd, "migrations/0003_labels.up.sql"),
      "CREATE TABLE labels (id INTEGER PRIMARY KEY, oops;\n",
    );
    writeFileSync(
      join(r.cwd, "migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    writeFileSync(join(r.cwd, "migrations/0003_labels.down.sql"), "SELECT 1;\n");
    // No config and no directory: the check first searches the work tree, reading these files.
    const out = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(out.code, out.stderr).toBe(0);
    const db = json(out).databases[0];
    expect(db.findings).toEqual([]);
    expect(db.diff.added.map((o: { name: string }) => o.name)).toEqual(["labels"]);
    const users = db.schema.objects.find((o: { name: string }) => o.name === "users");
    expect(users.columns.map((c: { name: string }) => c.name)).toEqual(["id", "email"]);
  });

  it("writes the JSON and Markdown reports where asked", async () => {
    const r = await repository();
    const out = await runCli(r.cwd, [
      "check",
      "--base",
      "main",
      "--json-out",
      "report.json",
      "--markdown-out",
      "report.md",
    ]);
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(join(r.cwd, "report.json"), "utf8")).ok).toBe(true);
    expect(readFileSync(join(r.cwd, "report.md"), "utf8")).toMatch(
      /^### ✅ no new migrations against `main`\n/,
    );
  });

  it("in a shallow clone fetches the base it lacks, and says how to fix it when it cannot", async () => {
    const r = await repository();
    await r.commit({ "migrations/0003_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n" });
    const clone = tempTree({});
    const shallow = spawnSync(
      "git",
      ["clone", "-q", "--depth=1", "--branch", "feature", `file://${r.cwd}`, join(clone, "repo")],
      { encoding: "utf8", env: gitEnv() },
    );
    expect(shallow.status).toBe(0);
    const repo = join(clone, "repo");
    const fetched = await runCli(repo, ["check", "--base", "origin/main"]);
    expect(fetched.stderr).not.toContain("internal error");
    expect(fetched.code).toBe(0);
    spawnSync("git", ["remote", "remove", "origin"], { cwd: repo });
    spawnSync("git", ["update-ref", "-d", "refs/remotes/origin/main"], { cwd: repo });
    const lost = await runCli(repo, ["check", "--base", "origin/main"]);
    expect(lost.code).toBe(2);
    expect(lost.stderr).toContain("fetch-depth: 0");
  });
});
