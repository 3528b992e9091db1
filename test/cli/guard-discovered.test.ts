import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// Without a config the guard guards what a search of the repository finds, wherever it is: a set deep in a
// monorepo is not let through because a common location (here migrations/, with no migrations) is untouched.
describe("the guard without a config", () => {
  it("refuses an edit of an applied migration in a set found deep in the repository", async () => {
    const cwd = tempTree({
      "migrations/README.md": "the migrations live with each service\n",
      "services/api/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "services/api/migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    const lock = await runCli(cwd, ["lock"]);
    expect(lock.code, lock.stderr).toBe(0);
    expect(existsSync(join(cwd, "services/api/migrations/lockstep.sum"))).toBe(true);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");

    writeFileSync(join(cwd, "README.md"), "docs only\n");
    git("add", "-A");
    const docs = await runCli(cwd, ["guard", "--staged"]);
    expect(docs.code, docs.stderr).toBe(0);
    // No skip script: which files are migrations here took a search no shell script can repeat.
    expect(existsSync(join(cwd, ".git/lockstep/guard-skip.sh"))).toBe(false);

    appendFileSync(
      join(cwd, "services/api/migrations/0001_users.up.sql"),
      "CREATE INDEX users_id ON users (id);\n",
    );
    git("add", "-A");
    const edit = await runCli(cwd, ["guard", "--staged"]);
    expect(edit.code).toBe(1);
    expect(edit.stdout + edit.stderr).toContain("services/api/migrations/0001_users.up.sql");
    expect(edit.stdout + edit.stderr).toContain("locked-modified");
  });
});
