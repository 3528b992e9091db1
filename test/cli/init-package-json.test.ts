import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneCleanLine, lockstep, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

function project(packageJson: string) {
  const cwd = tempTree({
    "package.json": packageJson,
    "db/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "db/migrations/0001_users.down.sql": "DROP TABLE users;\n",
  });
  gitIn(cwd)("init", "-q", "-b", "main");
  return cwd;
}

describe("lockstep init with a package.json npm cannot read", () => {
  it("stops in one line, before writing anything, when package.json is not JSON", async () => {
    const cwd = project('{ "name": "app", }\n');
    const run = await runCli(cwd, ["init"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "package.json is not valid JSON", "nothing was written");
    expect(existsSync(join(cwd, "lockstep.config.json"))).toBe(false);
    expect(existsSync(join(cwd, "db/migrations/lockstep.sum"))).toBe(false);
  });

  it("stops in one line when package.json holds no object", async () => {
    const run = await runCli(project("[]\n"), ["init"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "package.json does not hold a JSON object");
  });

  it("refuses a FIFO named package.json instead of waiting on it", () => {
    const cwd = project("{}\n");
    rmSync(join(cwd, "package.json"));
    expect(spawnSync("mkfifo", [join(cwd, "package.json")]).status).toBe(0);
    // A process, killed if it hangs: a read that waits on the FIFO fails the test instead of stalling the suite.
    const run = lockstep(cwd, ["init"]);
    expect(run.code, "init waited on the FIFO").toBe(2);
    expectOneCleanLine(run.stderr, "package.json", "FIFO");
  });
});
