import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const users = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_posts.down.sql": "DROP TABLE posts;\n",
};

const sum = (cwd: string) => join(cwd, "migrations", "lockstep.sum");

describe("lockstep lock", () => {
  it("writes one line per migration file in order, and a second run rewrites nothing", async () => {
    const cwd = tempTree(users);
    const first = await runCli(cwd, ["lock", "migrations"]);
    expect(first).toMatchObject({ code: 0, stdout: "wrote migrations/lockstep.sum\n" });
    const lines = readFileSync(sum(cwd), "utf8").trimEnd().split("\n");
    expect(lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      lines[0],
      "0001 0001_users.up.sql",
      "0001 0001_users.down.sql",
      "0002 0002_posts.up.sql",
      "0002 0002_posts.down.sql",
    ]);
    const written = statSync(sum(cwd)).mtimeMs;
    const second = await runCli(cwd, ["lock", "migrations"]);
    expect(second.stdout).toBe("migrations/lockstep.sum is up to date\n");
    expect(statSync(sum(cwd)).mtimeMs).toBe(written);
  });

  it("--check passes when the lock matches, also for a checkout with CRLF line endings and a BOM", async () => {
    const cwd = tempTree(users);
    await runCli(cwd, ["lock", "migrations"]);
    expect(await runCli(cwd, ["lock", "migrations", "--check"])).toMatchObject({ code: 0 });
    const crlf = `\uFEFF${users["migrations/0001_users.up.sql"].replace("\n", "\r\n")}`;
    writeFileSync(join(cwd, "migrations/0001_users.up.sql"), crlf);
    expect(await runCli(cwd, ["lock", "migrations", "--check"])).toMatchObject({
      code: 0,
      stdout: "migrations/lockstep.sum matches the migrations\n",
    });
  });

  it("--check exits 1 with lockfile-stale naming each file that is missing, extra or different", async () => {
    const cwd = tempTree(users);
    await runCli(cwd, ["lock", "migrations"]);
    writeFileSync(
      join(cwd, "migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    rmSync(join(cwd, "migrations/0002_posts.down.sql"));
    writeFileSync(join(cwd, "migrations/0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    const r = await runCli(cwd, ["lock", "migrations", "--check"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("lockfile-stale  migrations/lockstep.sum:2");
    expect(r.stdout).toContain("0001_users.up.sql changed since migrations/lockstep.sum was written");
    expect(r.stdout).toContain("0003_tags.up.sql (version 0003) is not in migrations/lockstep.sum");
    expect(r.stdout).toContain(
      "migrations/lockstep.sum lists 0002_posts.down.sql, which is no longer a migration here",
    );
    expect(r.stdout).toContain("run `lockstep lock` and commit migrations/lockstep.sum");
  });

  it("--check reports a lock file edited by hand, and a missing one", async () => {
    const cwd = tempTree(users);
    expect((await runCli(cwd, ["lock", "migrations", "--check"])).stdout).toContain(
      "lockstep.sum does not exist",
    );
    await runCli(cwd, ["lock", "migrations"]);
    const text = readFileSync(sum(cwd), "utf8");
    writeFileSync(sum(cwd), text.replace(/0002_posts\.up\.sql h1:\S+/, "0002_posts.up.sql h1:AAAA"));
    const r = await runCli(cwd, ["lock", "migrations", "--check"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("the first line does not sum the lines below it");
  });
});

describe("two branches that each add a migration", () => {
  it("conflict in git on lockstep.sum when they meet", async () => {
    const cwd = tempTree(users);
    const git = gitIn(cwd);
    const addMigration = async (branch: string, file: string) => {
      git("checkout", "-q", "-b", branch, "main");
      writeFileSync(join(cwd, "migrations", file), `CREATE TABLE ${branch} (id INTEGER);\n`);
      expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
      git("add", "-A");
      git("commit", "-q", "-m", `add ${file}`);
    };
    execFileSync("git", ["init", "-q", "-b", "main"], { cwd });
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "base").status).toBe(0);
    await addMigration("orders", "0003_orders.up.sql");
    await addMigration("invoices", "0004_invoices.up.sql");
    git("checkout", "-q", "main");
    expect(git("merge", "-q", "--no-edit", "orders").status).toBe(0);
    const merge = git("merge", "--no-edit", "invoices");
    expect(merge.status).not.toBe(0);
    expect(merge.stdout).toContain("CONFLICT (content): Merge conflict in migrations/lockstep.sum");
  });
});
