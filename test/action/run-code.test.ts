import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

const config = JSON.stringify({
  databases: [
    {
      name: "app",
      dir: "migrations",
      layout: "plain",
      runner: { scripts: { py: "/usr/bin/python3 {file} {db}" } },
    },
  ],
});

const { act } = useFakeGitHub();

/** main with one SQL migration; a pull request adding a Python step that leaves a mark where it ran. */
async function codePullRequest() {
  const r = repository({
    "lockstep.config.json": config,
    "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  });
  await runCli(r.cwd, ["lock", "migrations"]);
  const base = r.commit({}, "applied");
  r.git("checkout", "-q", "-b", "feature");
  const marker = `${r.cwd}/pull-request-code-ran`;
  r.write({
    "migrations/0002_add_email.py": [
      "import sqlite3, sys",
      `open(${JSON.stringify(marker)}, "w").write("ran")`,
      "db = sqlite3.connect(sys.argv[1])",
      'db.execute("ALTER TABLE users ADD COLUMN email TEXT")',
      "db.commit()",
      "",
    ].join("\n"),
  });
  await runCli(r.cwd, ["lock", "migrations"]);
  const head = r.commit({}, "feature");
  const merge = r.mergeCheckout("main", "feature");
  return { r, merge, marker, payload: pullRequestEvent(base, head).payload };
}

describe("the Action and a database's runner", () => {
  it("does not run the pull request's code without the workflow's opt-in, and says so", async () => {
    const pr = await codePullRequest();
    const out = await act("pull_request", pr.r.cwd, pr.payload, pr.merge);
    expect(existsSync(pr.marker)).toBe(false);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("has not opted in to running it");
    expect(out.summary).toContain("run-code");
  });

  it("refuses run-code on pull_request_target, where the code would run with the repository's secrets", async () => {
    const pr = await codePullRequest();
    const out = await act("pull_request_target", pr.r.cwd, pr.payload, pr.merge, { "run-code": "true" });
    expect(existsSync(pr.marker)).toBe(false);
    expect(out.code).not.toBe(0);
    expect(out.stdout + out.stderr).toContain("run-code is refused on pull_request_target");
  });

  it("runs it on pull_request with the opt-in: the Python step's column is in the schema diff", async () => {
    const pr = await codePullRequest();
    const out = await act("pull_request", pr.r.cwd, pr.payload, pr.merge, { "run-code": "true" });
    expect(existsSync(pr.marker)).toBe(true);
    expect(out.code).toBe(0);
    expect(out.summary).toContain("replayed through .py files by");
    expect(out.summary).toMatch(/column <code>email<\/code>/);
  });

  it("refuses an input run-code that is neither true nor false", async () => {
    const pr = await codePullRequest();
    const out = await act("pull_request", pr.r.cwd, pr.payload, pr.merge, { "run-code": "yes" });
    expect(out.code).not.toBe(0);
    expect(out.stdout + out.stderr).toContain('input "run-code" is "yes"');
  });
});
