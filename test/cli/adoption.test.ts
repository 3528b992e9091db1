import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

interface Finding {
  rule: string;
  file: string;
  status?: string;
}
const findings = (stdout: string): Finding[] =>
  (JSON.parse(stdout) as { databases: { findings: Finding[] }[] }).databases.flatMap((d) => d.findings);

// Day one, as a Go team adopts lockstep: a history with broken downs (one fails, one leaves a column behind)
// on main, `lockstep init` on a branch, that pull request's check, then the pull requests after it.
describe("adopting lockstep on a history with broken downs", () => {
  it("is green on the adoption PR and on a good PR, and red on a PR adding a broken down, pointing at it", async () => {
    const cwd = tempTree({
      "go.mod": "module example.com/app\n\ngo 1.22\n",
      "db/migrations/000001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "db/migrations/000001_users.down.sql": "DROP TABLE users;\n",
      "db/migrations/000002_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
      "db/migrations/000002_tags.down.sql": "DROP TABLE tag;\n",
      "db/migrations/000003_email.up.sql": "ALTER TABLE users ADD COLUMN email TEXT;\n",
      "db/migrations/000003_email.down.sql": "SELECT 1;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "the history, before lockstep");
    const check = async () => {
      const run = await runCli(cwd, ["check", "--base", "main", "--down", "all", "--format", "json"]);
      return {
        code: run.code,
        fresh: findings(run.stdout).filter((f) => !f.status),
        all: findings(run.stdout),
      };
    };

    git("checkout", "-q", "-b", "adopt");
    const init = await runCli(cwd, ["init"]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("recorded 2 existing findings as known in lockstep.known.json");
    git("add", "-A");
    git("commit", "-q", "-m", "adopt lockstep");
    const adoption = await check();
    expect(adoption.code).toBe(0);
    expect(adoption.fresh).toEqual([]);
    expect(adoption.all.map((f) => f.rule).sort()).toEqual(["down-failed", "down-mismatch"]);

    git("checkout", "-q", "main");
    git("merge", "-q", "--ff-only", "adopt");
    git("checkout", "-q", "-b", "good");
    writeFileSync(
      join(cwd, "db/migrations/000004_notes.up.sql"),
      "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n",
    );
    writeFileSync(join(cwd, "db/migrations/000004_notes.down.sql"), "DROP TABLE notes;\n");
    git("add", "-A");
    git("commit", "-q", "-m", "notes");
    expect((await check()).code).toBe(0);

    writeFileSync(join(cwd, "db/migrations/000005_due.up.sql"), "ALTER TABLE notes ADD COLUMN due TEXT;\n");
    writeFileSync(join(cwd, "db/migrations/000005_due.down.sql"), "ALTER TABLE notes DROP COLUMN dues;\n");
    git("add", "-A");
    git("commit", "-q", "-m", "due");
    const bad = await check();
    expect(bad.code).toBe(1);
    expect(bad.fresh.map((f) => `${f.rule} ${f.file}`)).toEqual([
      "down-failed db/migrations/000005_due.down.sql",
    ]);
  });
});
