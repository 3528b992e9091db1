import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

const { act } = useFakeGitHub();

describe("the Action on a pull request with a damaged lock file", () => {
  it("annotates the line as a finding instead of failing with a stack trace", async () => {
    const r = repository(applied);
    await runCli(r.cwd, ["lock", "migrations"]);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    appendFileSync(join(r.cwd, "migrations/lockstep.sum"), 'amended 0001 "\\x41"\n');
    const head = r.commit({}, "a bad escape");
    const merge = r.mergeCheckout("main", "feature");
    const { payload } = pullRequestEvent(base, head, 3);
    const run = await act("pull_request", r.cwd, payload, merge, { comment: "never" });
    const log = `${run.stdout}${run.stderr}`;
    expect(log).not.toContain("unexpected:");
    expect(log).not.toMatch(/\n\s+at /);
    expect(log).toContain("::error title=lockstep lockfile-tampered,file=migrations/lockstep.sum,line=4::");
    expect(log).toContain("an amendment of applied version 0001");
    expect(run.outputs.errors).not.toBe("0");
    expect(readFileSync(run.outputs.report ?? "", "utf8")).toContain("lockfile-tampered");
  });
});
