import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

describe("the guard's notes", () => {
  it("show a submodule path from the index escaped, on one line", async () => {
    const cwd = tempTree({
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    const head = git("rev-parse", "HEAD").stdout.trim();
    // A gitlink whose path carries a newline and a workflow command, as a pull request can stage one.
    const path = "migrations/vendor\n::error::from a submodule path";
    expect(git("update-index", "--add", "--cacheinfo", `160000,${head},${path}`).status).toBe(0);
    const run = await runCli(cwd, ["guard", "--staged"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "lockstep: migrations/vendor\\n::error::from a submodule path is a git submodule",
    );
    expect(run.stderr.split("\n").some((line) => line.trimStart().startsWith("::"))).toBe(false);
  });
});
