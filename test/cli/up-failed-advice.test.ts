import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// A golang-migrate history whose third migration calls a function the application registers on its
// connection (as a Go program does with its SQLite driver's function hook).
const history = {
  "db/migrations/20240101000000_users.up.sql":
    "BEGIN;\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\nCOMMIT;\n",
  "db/migrations/20240101000000_users.down.sql": "BEGIN;\nDROP TABLE users;\nCOMMIT;\n",
  "db/migrations/20240201000000_normalize_emails.up.sql":
    "BEGIN;\nUPDATE users SET email = normalize(email, 'nfc');\nCOMMIT;\n",
  "db/migrations/20240201000000_normalize_emails.down.sql": "BEGIN;\nCOMMIT;\n",
};

interface Finding {
  rule: string;
  message: string;
}

const upFailed = (stdout: string) =>
  (JSON.parse(stdout) as { databases: { findings: Finding[] }[] }).databases[0]?.findings.find(
    (f) => f.rule === "up-failed",
  );

describe("an up that calls a function SQLite lacks", () => {
  it("says the application registers it, and how the replay gets it: the `functions` key", async () => {
    const cwd = tempTree(history);
    const run = await runCli(cwd, ["replay", "db/migrations", "--format", "json"]);
    const f = upFailed(run.stdout);
    expect(f?.message).toContain("no such function: normalize; `normalize` is not built into SQLite");
    expect(f?.message).toContain(
      "where the application registers it on its connection, give the replay the same function with the `functions` key of the lockstep config, an ES module whose default export maps `normalize` to a JavaScript function",
    );
    expect(f?.message).not.toMatch(/; fix the statement,/);
  });

  it("names what a functions module registers when it lacks the one called", async () => {
    const cwd = tempTree({
      ...history,
      "sql-functions.mjs": "export default { lower_ascii: (s) => String(s).toLowerCase() };\n",
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "main", dir: "db/migrations", functions: "sql-functions.mjs" }],
      }),
    });
    const f = upFailed((await runCli(cwd, ["replay", "--format", "json"])).stdout);
    expect(f?.message).toContain(
      "the `functions` module (sql-functions.mjs) registers `lower_ascii` but not `normalize`: add `normalize` to its default export",
    );
  });

  it("never advises editing it when it is applied: check on a branch whose base has it", async () => {
    const cwd = tempTree(history);
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    await runCli(cwd, ["lock", "db/migrations"]);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    const run = await runCli(cwd, ["check", "--base", "main", "--format", "json"]);
    const f = upFailed(run.stdout);
    expect(f?.message).toContain(
      "20240201000000 is applied (the base has it), so do not edit it: the databases that ran it had the function",
    );
    expect(f?.message).not.toMatch(/fix the statement/);
  });

  it("an applied migration failing for another reason is not to be edited either", async () => {
    const cwd = tempTree({
      ...history,
      "db/migrations/20240201000000_normalize_emails.up.sql":
        "BEGIN;\nUPDATE accounts SET email = lower(email);\nCOMMIT;\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    await runCli(cwd, ["lock", "db/migrations"]);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    const f = upFailed((await runCli(cwd, ["check", "--base", "main", "--format", "json"])).stdout);
    expect(f?.message).toContain(
      "no such table: accounts; 20240201000000 is applied (the base has it), so do not edit it",
    );
    expect(f?.message).toContain("a `baseline` schema, `functions`, `replacements` in the lockstep config");
    expect(f?.message).not.toMatch(/fix the statement/);
  });
});
