import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { BAD_FILE, expectNeutral, HOSTILE_MIGRATIONS } from "../helpers/hostile.js";
import { tempTree } from "../helpers/temp-dir.js";

const under = (dir: string, files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [`${dir}/${path}`, text]));

describe("repository text on the terminal", () => {
  it("replay shows hostile names and SQLite's message escaped, on one line each, with no command line", async () => {
    const cwd = tempTree(under("migrations", HOSTILE_MIGRATIONS));
    const out = await runCli(cwd, ["replay", "migrations"]);
    expect(out.code).toBe(1);
    expectNeutral(out.stdout);
    expectNeutral(out.stderr);
    // The finding is whole: the message goes on after the name's newline, on the same line.
    expect(out.stdout).toMatch(/table `x\\n::error file=a::pwned\\x1b\[31m\\x1b\]0;title\\x07` .+\n/);
    expect(out.stdout).toContain("no such table: nope\\n::add-mask::secret\\r::stop-commands::tok\\u2028");
    expect(out.stdout).toContain("##\\u005berror]old");
    expect(out.stdout).toContain(
      `migrations/${BAD_FILE.replace("\n", "\\n").replace("\r", "\\r").replace("##[", "##\\u005b")}`,
    );
  });

  it("the JSON report passes the guard and still parses to the real names", async () => {
    const cwd = tempTree(under("migrations", HOSTILE_MIGRATIONS));
    const out = await runCli(cwd, ["replay", "migrations", "--format", "json"]);
    expectNeutral(out.stdout);
    const report = JSON.parse(out.stdout);
    const messages = report.databases[0].findings.map((f: { message: string }) => f.message).join("\n");
    expect(messages).toContain("nope\n::add-mask::secret\r::stop-commands::tok\u2028##[error]old");
  });

  it("lock and the markdown report print file names escaped", async () => {
    const cwd = tempTree(under("migrations", HOSTILE_MIGRATIONS));
    for (const args of [
      ["lock", "migrations"],
      ["replay", "migrations", "--format", "markdown"],
    ]) {
      const out = await runCli(cwd, args);
      expectNeutral(out.stdout);
      expectNeutral(out.stderr);
    }
  });

  it("check's schema diff and guard's changed lines are escaped too", async () => {
    const cwd = tempTree({
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    writeFileSync(
      join(cwd, "migrations/0002_new.up.sql"),
      `CREATE TABLE "t\n::error::diff\u001b[2J" ("c\r::add-mask::x" TEXT);\n`,
    );
    writeFileSync(join(cwd, "migrations/0002_new.down.sql"), `DROP TABLE "t\n::error::diff\u001b[2J";\n`);
    writeFileSync(
      join(cwd, "migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n-- \u001b]0;pwned\u0007\r::error::edited\n",
    );
    git("add", "-A");
    const guard = await runCli(cwd, ["guard", "--staged"]);
    expect(guard.code).toBe(1);
    expect(guard.stderr).toContain("+-- \\x1b]0;pwned\\x07\\r::error::edited");
    expectNeutral(guard.stderr);
    git("commit", "-q", "--no-verify", "-m", "feature");
    const check = await runCli(cwd, ["check", "--base", "main"]);
    expect(check.stdout).toContain("table t\\n::error::diff\\x1b[2J");
    expectNeutral(check.stdout);
    expectNeutral(check.stderr);
  });
});
