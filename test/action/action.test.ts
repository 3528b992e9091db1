import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/core/github/sticky-comment.js";
import { runCli } from "../helpers/cli.js";

import { seedComments } from "../helpers/github-api.js";
import { tempTree } from "../helpers/temp-dir.js";
import {
  expectNoToken,
  OWNER,
  pullRequestEvent,
  REPO,
  repository,
  TOKEN,
  useFakeGitHub,
  webhook,
} from "./harness.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tasks.up.sql":
    "CREATE TABLE tasks (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES users (id));\n",
  "migrations/0002_tasks.down.sql": "DROP TABLE tasks;\n",
};

const labels = {
  "migrations/0003_labels.up.sql":
    "CREATE TABLE labels (id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES tasks (id), name TEXT NOT NULL);\nCREATE INDEX labels_task ON labels (task_id);\n",
  "migrations/0003_labels.down.sql": "DROP TABLE labels;\n",
};

const under = (dir: string, files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [`${dir}${path}`, text]));

/**
 * main with two applied migrations (locked); a feature branch adding `files`; the PR's merge checked out.
 * `dir`: where the project sits in the repository ("app/"), for the working-directory input.
 */
async function pullRequest(files: Record<string, string> = labels, number = 7, dir = "") {
  const r = repository(under(dir, applied));
  const lock = async () => await runCli(`${r.cwd}/${dir}`, ["lock", "migrations"]);
  await lock();
  const base = r.commit({}, "applied");
  r.git("checkout", "-q", "-b", "feature");
  r.write(under(dir, files));
  await lock();
  const head = r.commit({}, "feature");
  const merge = r.mergeCheckout("main", "feature");
  const { payload, moveHead } = pullRequestEvent(base, head, number);
  /** Another commit on the PR branch, and the new merge checked out (a push to the pull request). */
  const push = async (more: Record<string, string>) => {
    r.git("checkout", "-q", "feature");
    r.write(under(dir, more));
    await lock();
    const next = r.commit({}, "more");
    moveHead(next);
    return r.mergeCheckout("main", "feature");
  };
  return { ...r, base, head, merge, payload, number, push };
}

const fake = useFakeGitHub();
const { act } = fake;

const run = (pr: Awaited<ReturnType<typeof pullRequest>>, inputs?: Record<string, string>, sha = pr.merge) =>
  act("pull_request", pr.cwd, pr.payload, sha, inputs);

const writes = () => fake.api.requests.filter((r) => r.method !== "GET" && r.operation !== "graphql/viewer");

describe("the Action on a pull request", () => {
  it("creates one sticky comment with the verdict, the new migration, the diff and the ER diagram", async () => {
    const pr = await pullRequest();
    // The bundle, as its own process, as the runner starts it; the other tests run the source in-process.
    const out = await act("pull_request", pr.cwd, pr.payload, pr.merge, undefined, { process: true });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const [comment, ...others] = fake.api.comments.get(pr.number) ?? [];
    expect(others).toEqual([]);
    expect(comment?.body).toMatch(/^<!-- lockstep:sticky key=[0-9a-f]+ digest=[0-9a-f]+ -->\n/);
    expect(comment?.body).toContain("### ✅ 1 new migration against `main`: replayed up, down and up again");
    expect(comment?.body).toMatch(/\| \[?0003\b[^|]* \| labels \| ✅ \| ✅ \| ✅ \|/);
    expect(comment?.body).toContain("```mermaid\nerDiagram");
    expect(comment?.body).toContain("```diff\n@@ ");
    // The job summary is the comment without its marker.
    expect(comment?.body.replace(/^.*\n/, "").trim()).toBe(out.summary.trim());
    expect(out.summary).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
    expect(out.outputs).toMatchObject({
      ok: "true",
      errors: "0",
      warnings: "0",
      "schema-changed": "true",
      "comment-id": String(comment?.id),
    });
    const report = JSON.parse(readFileSync(out.outputs.report as string, "utf8"));
    expect(report.databases[0].migrations).toHaveLength(3);
    expect(fake.api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expectNoToken(out);
  });

  it("updates its comment in place on the next push, and posts nothing when nothing changed", async () => {
    const pr = await pullRequest();
    await run(pr);
    const first = fake.api.comments.get(pr.number)?.[0];
    fake.api.requests.length = 0;
    const again = await run(pr);
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs["comment-id"]).toBe(String(first?.id));
    const merge = await pr.push({
      "migrations/0004_due.up.sql": "ALTER TABLE tasks ADD COLUMN due TEXT;\n",
      "migrations/0004_due.down.sql": "ALTER TABLE tasks DROP COLUMN due;\n",
    });
    const third = await run(pr, {}, merge);
    expect(third.code).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.operation}`)).toEqual(["PATCH issues/update-comment"]);
    const comments = fake.api.comments.get(pr.number) ?? [];
    expect(comments.map((c) => c.id)).toEqual([first?.id]);
    expect(comments[0]?.body).toMatch(/\| \[?0004\b[^|]* \| due \|/);
    expect(comments[0]?.body).toContain("2 new migrations");
  });

  it("finds its comment on the second page of a long conversation", async () => {
    const pr = await pullRequest();
    seedComments(
      fake.api,
      pr.number,
      Array.from({ length: 130 }, (_, i) => `comment ${i}`),
    );
    await run(pr);
    const mine = fake.api.comments.get(pr.number)?.[130];
    expect(mine?.body).toContain("lockstep:sticky");
    fake.api.requests.length = 0;
    const merge = await pr.push({
      "migrations/0004_due.up.sql": "ALTER TABLE tasks ADD COLUMN due TEXT;\n",
      "migrations/0004_due.down.sql": "ALTER TABLE tasks DROP COLUMN due;\n",
    });
    await run(pr, {}, merge);
    expect(fake.api.requests.map((r) => r.path)).toContain(
      `/repos/${OWNER}/${REPO}/issues/${pr.number}/comments?per_page=100&page=2`,
    );
    expect(writes().map((r) => r.operation)).toEqual(["issues/update-comment"]);
    expect(fake.api.comments.get(pr.number)).toHaveLength(131);
  });

  it("keeps one comment per job (config or working directory), and removes a duplicate a retried post left", async () => {
    const other = JSON.stringify({ databases: [{ name: "other", dir: "migrations" }] });
    const pr = await pullRequest({ ...labels, "lockstep.other.json": other });
    const first = await run(pr);
    const second = await run(pr, { config: "lockstep.other.json" });
    expect(second.code).toBe(0);
    // Two jobs in one runner must not write over each other's JSON report.
    expect(basename(second.outputs.report ?? "")).not.toBe(basename(first.outputs.report ?? ""));
    const [mine, theirs] = fake.api.comments.get(pr.number) ?? [];
    expect(theirs?.body).toContain("### other");
    expect(readMarker(mine?.body)?.key).not.toBe(readMarker(theirs?.body)?.key);
    // The first job's comment twice, as a create retried after a lost answer leaves it.
    seedComments(
      fake.api,
      pr.number,
      [mine?.body.replace(/digest=\w+/, "digest=0") ?? ""],
      fake.api.identity,
    );
    fake.api.requests.length = 0;
    const again = await run(pr);
    expect(writes().map((r) => r.operation)).toEqual(["issues/delete-comment"]);
    expect(again.outputs["comment-id"]).toBe(String(mine?.id));
    expect(fake.api.comments.get(pr.number)?.map((c) => c.id)).toEqual([mine?.id, theirs?.id]);
  });

  it("does not comment on a pull request that changes no migration, unless asked to", async () => {
    const pr = await pullRequest({ "README.md": "docs only\n" });
    const quiet = await run(pr);
    expect(quiet.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(quiet.outputs["comment-id"]).toBe("");
    expect(quiet.stdout).toContain("no comment: this pull request changes no migration");
    expect(quiet.summary).toContain("no new migrations");
    const always = await run(pr, { comment: "always" });
    expect(always.outputs["comment-id"]).not.toBe("");
    expect(fake.api.comments.get(pr.number)).toHaveLength(1);
    fake.api.requests.length = 0;
    await run(pr, { comment: "never" });
    expect(fake.api.requests).toEqual([]);
  });

  it("cuts a huge report to fit a comment, and keeps all of it in the job summary", async () => {
    const columns = Array.from({ length: 12 }, (_, i) => `attribute_with_a_long_name_${i} TEXT`).join(", ");
    const tables = Array.from(
      { length: 400 },
      (_, i) => `CREATE TABLE warehouse_table_${i} (id INTEGER PRIMARY KEY, ${columns});`,
    );
    const pr = await pullRequest({
      "migrations/0003_warehouse.up.sql": `${tables.join("\n")}\n`,
      "migrations/0003_warehouse.down.sql": `${tables.map((_, i) => `DROP TABLE warehouse_table_${i};`).join("\n")}\n`,
    });
    const out = await run(pr);
    expect(out.code).toBe(0);
    const body = fake.api.comments.get(pr.number)?.[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("### ✅ 1 new migration against `main`: replayed up, down and up again");
    expect(body).toContain(
      "the full report is in the job summary of https://github.com/Codertocat/Hello-World/actions/runs/42",
    );
    expect(body).not.toContain("@@ table warehouse_table_399 (new) @@");
    expect(out.summary.length).toBeGreaterThan(65_536);
    expect(out.summary).toContain("@@ table warehouse_table_399 (new) @@");
    expect(out.summary).not.toContain("Truncated");
  });

  it("annotates each finding at its file and line, links it at the head commit, and fails on errors", async () => {
    const broken = {
      "migrations/0003_labels.up.sql":
        "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT);\nCREATE INDEX labels_name ON labels (name);\n",
      "migrations/0003_labels.down.sql": "DROP INDEX labels_name;\n",
    };
    const pr = await pullRequest(broken, 9, "app/");
    const out = await run(pr, { "working-directory": "app" });
    expect(out.code).toBe(1);
    expect(out.outputs).toMatchObject({ ok: "false", errors: "1" });
    expect(out.stdout).toMatch(
      /::error title=lockstep down-mismatch,file=app\/migrations\/0003_labels\.down\.sql(,line=\d+)?::.*table `labels` still exists/,
    );
    expect(out.stdout).toContain(
      "::error::lockstep found 1 error(s) and 0 warning(s); fail-on: error fails on errors",
    );
    const body = fake.api.comments.get(pr.number)?.[0]?.body ?? "";
    expect(body).toContain("### ❌ 1 new error");
    expect(body).toContain(
      `](https://github.com/${OWNER}/${REPO}/blob/${pr.head}/app/migrations/0003_labels.down.sql`,
    );
    const lenient = await run(pr, { "working-directory": "app", "fail-on": "never" });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.ok).toBe("false");
  });

  it("fails on warnings with fail-on: warning", async () => {
    const pr = await pullRequest({
      "migrations/0003_empty.up.sql": "-- nothing yet\n",
      "migrations/0003_empty.down.sql": "-- nothing yet\n",
    });
    const relaxed = await run(pr);
    expect(relaxed.code).toBe(0);
    expect(Number(relaxed.outputs.warnings)).toBeGreaterThan(0);
    expect(relaxed.stdout).toMatch(/::warning title=lockstep empty-migration,file=migrations\/0003_empty/);
    const strict = await run(pr, { "fail-on": "warning" });
    expect(strict.code).toBe(1);
  });

  it("keeps the verdict and the job summary when the token may not comment (403)", async () => {
    const pr = await pullRequest();
    fake.api.faults.push({
      status: 403,
      operation: "issues/create-comment",
      message: "Resource not accessible by integration",
    });
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("::warning::lockstep could not comment: commenting on #7: HTTP 403");
    expect(out.stdout).toContain("pull-requests: write");
    expect(out.summary).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
    expect(out.outputs).toMatchObject({ ok: "true", "comment-id": "" });
    expect(fake.api.requests.filter((r) => r.operation === "issues/create-comment")).toHaveLength(1);
    expectNoToken(out);
  });

  it("retries after a 502 and then comments", async () => {
    const pr = await pullRequest();
    fake.api.faults.push({ status: 502, operation: "issues/list-comments", message: "Bad Gateway" });
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(fake.api.requests.filter((r) => r.operation === "issues/list-comments")).toHaveLength(2);
    expect(fake.api.comments.get(pr.number)).toHaveLength(1);
    expect(out.outputs["comment-id"]).toBe(String(fake.api.comments.get(pr.number)?.[0]?.id));
  });

  it("waits out a rate limit, then comments; a permission 403 is not mistaken for one", async () => {
    const pr = await pullRequest();
    const reset = String(Math.ceil(Date.now() / 1000));
    fake.api.faults.push(
      {
        status: 403,
        operation: "issues/list-comments",
        message: "API rate limit exceeded",
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      },
      {
        status: 403,
        operation: "issues/create-comment",
        message: "You have exceeded a secondary rate limit",
        headers: { "retry-after": "1" },
      },
    );
    const out = await run(pr);
    expect(out.code).toBe(0);
    expect(fake.api.requests.map((r) => `${r.method} ${r.operation}`)).toEqual([
      "GET users/get-authenticated",
      "POST graphql/viewer",
      "GET issues/list-comments",
      "GET issues/list-comments",
      "POST issues/create-comment",
      "POST issues/create-comment",
    ]);
    expect(fake.api.comments.get(pr.number)).toHaveLength(1);
  });

  it("runs no code from the pull request: a functions module is loaded as the base has it", async () => {
    const config = JSON.stringify({
      databases: [{ name: "app", dir: "migrations", functions: "sql-functions.mjs" }],
    });
    const r = repository({ ...applied, "lockstep.config.json": config });
    r.write({ "sql-functions.mjs": "export default { slug: (s) => String(s).toLowerCase() };\n" });
    await runCli(r.cwd, ["lock", "migrations"]);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    const pwned = `${r.cwd}/pwned`;
    r.write({
      "sql-functions.mjs": `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(pwned)}, "ran");\nexport default { slug: () => "x" };\n`,
      "migrations/0003_slugs.up.sql":
        "CREATE TABLE slugs (s TEXT CHECK (s = slug(s)));\nINSERT INTO slugs VALUES (slug('ABC'));\n",
      "migrations/0003_slugs.down.sql": "DROP TABLE slugs;\n",
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const head = r.commit({}, "feature");
    const merge = r.mergeCheckout("main", "feature");
    const { payload } = pullRequestEvent(base, head);
    const out = await act("pull_request", r.cwd, payload, merge);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('the "functions" module sql-functions.mjs was loaded as it is on');
    expect(existsSync(pwned)).toBe(false);
  });

  it("works from the shallow merge checkout actions/checkout makes by default (fetch-depth: 1)", async () => {
    const pr = await pullRequest();
    pr.git("update-ref", `refs/pull/${pr.number}/merge`, pr.merge);
    const clone = tempTree({});
    const git = (...args: string[]) => spawnSync("git", args, { cwd: clone, encoding: "utf8" });
    git("init", "-q");
    git("remote", "add", "origin", `file://${pr.cwd}`);
    const ref = `refs/pull/${pr.number}/merge`;
    expect(
      git("fetch", "-q", "--depth=1", "origin", `+${ref}:refs/remotes/pull/${pr.number}/merge`).status,
    ).toBe(0);
    git("checkout", "-q", "--detach", `refs/remotes/pull/${pr.number}/merge`);
    const out = await act("pull_request", clone, pr.payload, pr.merge);
    expect(out.stdout).not.toContain("::error");
    expect(out.code).toBe(0);
    expect(out.outputs).toMatchObject({ ok: "true", "schema-changed": "true" });
    const body = fake.api.comments.get(pr.number)?.[0]?.body ?? "";
    expect(body).toMatch(/\| \[?0003\b[^|]* \| labels \|/);
    expect(body).toContain("- **+** table <code>labels</code>");
  });

  it("takes the merge's own base when main moved on after the event", async () => {
    const r = repository(applied);
    await runCli(r.cwd, ["lock", "migrations"]);
    const stale = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    r.write({
      "migrations/0004_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
      "migrations/0004_labels.down.sql": "DROP TABLE labels;\n",
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const head = r.commit({}, "feature");
    r.git("checkout", "-q", "main");
    r.write({
      "migrations/0003_notes.up.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n",
      "migrations/0003_notes.down.sql": "DROP TABLE notes;\n",
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    r.commit({}, "notes merged first");
    // GitHub's merge of the feature into the newer main; its lock files conflict, resolved as renumber would.
    r.git("checkout", "-q", "--detach", "main");
    spawnSync("git", ["merge", "-q", "--no-ff", "--no-edit", "feature"], { cwd: r.cwd });
    await runCli(r.cwd, ["lock", "migrations"]);
    r.git("add", "-A");
    r.git("commit", "-q", "--no-edit");
    const merge = r.git("rev-parse", "HEAD");
    const { payload } = pullRequestEvent(stale, head);
    const out = await act("pull_request", r.cwd, payload, merge);
    expect(out.code).toBe(0);
    const body = fake.api.comments.get(2)?.[0]?.body ?? "";
    expect(body).toContain("1 new migration against `main`");
    expect(body).toMatch(/\| \[?0004\b[^|]* \| labels \|/);
    expect(body).not.toMatch(/\| \[?0003\b[^|]* \| notes \|/);
  });

  it("refuses a wrong input before doing anything, naming it", async () => {
    const pr = await pullRequest();
    const out = await run(pr, { "fail-on": "warnings" });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      '::error::lockstep could not check: input "fail-on" is "warnings"; it takes one of error, warning, never',
    );
    expect(fake.api.requests).toEqual([]);
  });
});

describe("the Action in the merge queue and on push", () => {
  const noLock = JSON.stringify({
    databases: [{ name: "app", dir: "migrations" }],
    rules: { "lockfile-stale": "off" },
  });
  const version3 = (name: string) => ({
    [`migrations/0003_${name}.up.sql`]: `CREATE TABLE ${name} (id INTEGER PRIMARY KEY);\n`,
    [`migrations/0003_${name}.down.sql`]: `DROP TABLE ${name};\n`,
  });

  it("catches two pull requests that each passed alone but claim the same version", async () => {
    const r = repository({ ...applied, "lockstep.config.json": noLock });
    const start = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "a");
    r.commit(version3("invoices"), "a");
    r.git("checkout", "-q", "-b", "b", start);
    const bHead = r.commit(version3("coupons"), "b");
    // b alone, against the main it branched from: green.
    const alone = r.mergeCheckout(start, "b");
    const pr = pullRequestEvent(start, bHead).payload;
    const green = await act("pull_request", r.cwd, pr, alone, { comment: "never" });
    expect(green.code).toBe(0);
    // a merges first; the queue then tests b on top of the new main.
    r.git("checkout", "-q", "main");
    r.git("merge", "-q", "--no-ff", "--no-edit", "a");
    const main = r.git("rev-parse", "HEAD");
    const queued = r.mergeCheckout(main, "b");
    const payload = webhook("merge_group", () => true);
    const group = payload.merge_group as unknown as Record<string, unknown>;
    group.base_sha = main;
    group.head_sha = queued;
    const out = await act("merge_group", r.cwd, payload, queued);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /::error title=lockstep duplicate-version.*0003_coupons.*0003_invoices|::error title=lockstep duplicate-version.*0003_invoices.*0003_coupons/,
    );
    expect(out.summary).toContain("duplicate-version");
    // The queued pull request (#104 in the queue branch's name) hears why it left the queue.
    const [comment, ...others] = fake.api.comments.get(104) ?? [];
    expect(others).toEqual([]);
    expect(comment?.body).toContain(
      "### ❌ 1 new error — 1 new migration against `main`, in the merge queue",
    );
    expect(comment?.body).toContain("**duplicate-version**");
    expect(out.outputs["comment-id"]).toBe(String(comment?.id));
    // A queue branch that names no pull request: the check and its annotations say it all.
    group.head_ref = "refs/heads/gh-readonly-queue/main/batch";
    fake.api.requests.length = 0;
    const unnamed = await act("merge_group", r.cwd, payload, queued);
    expect(unnamed.code).toBe(1);
    expect(unnamed.stdout).toContain("no comment: the merge queue's branch names no pull request");
    expect(fake.api.requests).toEqual([]);
  });

  it("on a push to main, checks the lock file is complete and everything replays", async () => {
    const r = repository(applied);
    await runCli(r.cwd, ["lock", "migrations"]);
    const before = r.commit({}, "applied");
    const after = r.commit(labels, "labels without their lock");
    const payload = webhook(
      "push",
      (e) => e.ref === "refs/heads/main" || String(e.ref).startsWith("refs/heads/"),
    );
    Object.assign(payload, { ref: "refs/heads/main", before, after });
    const stale = await act("push", r.cwd, payload, after);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/::error title=lockstep lockfile-stale,file=migrations\/lockstep\.sum/);
    await runCli(r.cwd, ["lock", "migrations"]);
    const fixed = r.commit({}, "lock");
    Object.assign(payload, { after: fixed });
    const clean = await act("push", r.cwd, payload, fixed);
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ ok: "true", "schema-changed": "true" });
    expect(clean.summary).toContain("against `main before the push`");
    expect(fake.api.requests).toEqual([]);
  });

  it("says so and passes on an event it has nothing to check for", async () => {
    const r = repository(applied);
    const sha = r.commit({}, "applied");
    const out = await act("workflow_dispatch", r.cwd, {}, sha);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      "::notice::lockstep: lockstep has nothing to check on a workflow_dispatch event; run it on pull_request, merge_group or push. Nothing was checked.",
    );
    expect(out.outputs).toEqual({});
  });
});
