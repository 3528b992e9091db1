import { mkdirSync, renameSync, writeFileSync } from "node:fs";
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

/** A journal as drizzle-kit writes it: one entry per migration, `when` in milliseconds. */
function journal(entries: [tag: string, when: number][]): string {
  const listed = entries.map(([tag, when], idx) => ({ idx, version: "6", when, tag, breakpoints: true }));
  return `${JSON.stringify({ version: "7", dialect: "sqlite", entries: listed }, null, 2)}\n`;
}

describe("Drizzle: a journal entry whose `when` is not after the newest applied one", () => {
  const applied = {
    "drizzle/0000_users.sql": "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL);\n",
    "drizzle/0001_posts.sql": "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL);\n",
    "drizzle/meta/_journal.json": journal([
      ["0000_users", 1_700_000_000_000],
      ["0001_posts", 1_700_000_200_000],
    ]),
    "drizzle.config.ts": 'export default { dialect: "sqlite", out: "./drizzle" };\n',
  };
  const mine = (when: number) => ({
    "drizzle/0002_tags.sql": "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);\n",
    "drizzle/meta/_journal.json": journal([
      ["0000_users", 1_700_000_000_000],
      ["0001_posts", 1_700_000_200_000],
      ["0002_tags", when],
    ]),
  });

  it("is refused by the guard and failed by check, with both times and drizzle-kit's fix", async () => {
    const r = await repository(applied, "drizzle");
    // Generated on a branch before the base's 0001 was: drizzle's migrator would never apply it.
    r.write(mine(1_700_000_100_000));
    r.git("add", "-A");
    const guard = await runCli(r.cwd, ["guard", "--staged"]);
    expect(guard.code).toBe(1);
    const expected =
      "drizzle/0002_tags.sql is new, but the time Drizzle compares, 2023-11-14T22:15:00.000Z = 1700000100000 (drizzle/meta/_journal.json:";
    expect(guard.stderr).toContain("out-of-order  drizzle/0002_tags.sql");
    expect(guard.stderr).toContain(expected);
    expect(guard.stderr).toContain(
      "is not after 2023-11-14T22:16:40.000Z = 1700000200000 (drizzle/meta/_journal.json:",
    );
    expect(guard.stderr).toContain("an older one is skipped and nothing says so");
    expect(guard.stderr).toContain("or set its `when` in meta/_journal.json later than the applied one's");
    expect(guard.stderr).not.toContain("lockstep renumber");
    await r.commit("tags");
    const check = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(check.code).toBe(1);
    expect(errors(check.stdout)).toEqual(["  error   out-of-order  drizzle/0002_tags.sql"]);
    expect(check.stdout).toContain(expected);
  });

  it("passes one generated after the newest applied one", async () => {
    const r = await repository(applied, "drizzle");
    r.write(mine(1_700_000_300_000));
    r.git("add", "-A");
    expect((await runCli(r.cwd, ["guard", "--staged"])).code).toBe(0);
    await r.commit("tags");
    const check = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(errors(check.stdout)).toEqual([]);
    expect(check.code).toBe(0);
  });
});

describe("diesel: an applied migration's folder renamed", () => {
  const applied = {
    "diesel.toml": '[migrations_directory]\ndir = "migrations"\n',
    "migrations/2024-01-01-000000_users/up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "migrations/2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
    "migrations/2024-02-01-000000_posts/up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
    "migrations/2024-02-01-000000_posts/down.sql": "DROP TABLE posts;\n",
  };

  for (const [what, to] of [
    ["a new name part", "2024-01-01-000000_accounts"],
    ["a new version before the newest applied", "2024-01-15-000000_users"],
  ] as const) {
    it(`is one locked-renamed, saying to rename it back (${what})`, async () => {
      const r = await repository(applied);
      renameSync(join(r.cwd, "migrations/2024-01-01-000000_users"), join(r.cwd, `migrations/${to}`));
      r.git("add", "-A");
      const guard = await runCli(r.cwd, ["guard", "--staged"]);
      expect(guard.code).toBe(1);
      const message = `migrations/2024-01-01-000000_users/ is applied and was renamed to migrations/${to}/: diesel knows a migration by its version`;
      expect(errors(guard.stderr)).toEqual([`  error   locked-renamed  migrations/${to}/up.sql`]);
      expect(guard.stderr).toContain(message);
      expect(guard.stderr).toContain("rename it back");
      expect(guard.stderr).not.toContain("renumber");
      r.git("commit", "-q", "-m", "renamed");
      const check = await runCli(r.cwd, ["check", "--base", "main"]);
      expect(check.code).toBe(1);
      expect(errors(check.stdout)).toEqual([`  error   locked-renamed  migrations/${to}/up.sql`]);
      expect(check.stdout).toContain(message);
    });
  }
});
