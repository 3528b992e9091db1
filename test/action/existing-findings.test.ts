import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

/** A history whose old downs are broken: one fails, one leaves its table behind. */
const history = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_tags.down.sql": "DROP TABLE tag;\n",
  "migrations/0003_notes.up.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n",
  "migrations/0003_notes.down.sql": "SELECT 1;\n",
};

/** main with the broken history, locked; a pull request adding `added`, its merge checked out. */
async function pullRequest(added: Record<string, string>, number = 11) {
  const r = repository(history);
  await runCli(r.cwd, ["lock", "migrations"]);
  const base = r.commit({}, "history");
  r.git("checkout", "-q", "-b", "feature");
  r.write(added);
  await runCli(r.cwd, ["lock", "migrations"]);
  const head = r.commit({}, "feature");
  const merge = r.mergeCheckout("main", "feature");
  return { ...r, number, merge, payload: pullRequestEvent(base, head, number).payload };
}

const fake = useFakeGitHub();

describe("the Action on a history with broken downs (down: all)", () => {
  it("passes a pull request that adds a clean migration, with the base's findings folded apart", async () => {
    const pr = await pullRequest({
      "migrations/0004_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
      "migrations/0004_labels.down.sql": "DROP TABLE labels;\n",
    });
    const out = await fake.act("pull_request", pr.cwd, pr.payload, pr.merge, { down: "all" });
    expect(out.code).toBe(0);
    expect(out.outputs).toMatchObject({ ok: "true", errors: "0", warnings: "0", existing: "2" });
    expect(out.stdout).not.toMatch(/::(error|warning) /);
    expect(out.stdout).toContain("2 existing findings (on the base or in lockstep.known.json), not counted:");
    const body = fake.api.comments.get(pr.number)?.[0]?.body ?? "";
    expect(body).toContain("### ✅ 1 new migration against `main`: replayed up, down and up again");
    const folded = body.indexOf(
      "<details><summary>2 existing findings (on the base or in lockstep.known.json)</summary>",
    );
    // The existing findings come after the new ones and before the schema and the migrations table.
    expect(folded).toBeGreaterThan(0);
    expect(folded).toBeLessThan(body.search(/\| \[?0004\b[^|]* \| labels \|/));
    expect(body.slice(folded)).toMatch(/\*\*down-failed\*\* \[migrations\/0002_tags\.down\.sql:1\]/);
    const report = JSON.parse(readFileSync(out.outputs.report as string, "utf8"));
    expect(report.ok).toBe(true);
    expect(report.databases[0].findings.map((f: { status?: string }) => f.status)).toEqual([
      "existing",
      "existing",
    ]);
  });

  it("fails a pull request that adds one more broken down, pointing at exactly that migration", async () => {
    const pr = await pullRequest({
      "migrations/0004_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
      "migrations/0004_labels.down.sql": "DROP TABLE label;\n",
    });
    const out = await fake.act("pull_request", pr.cwd, pr.payload, pr.merge, { down: "all" });
    expect(out.code).toBe(1);
    expect(out.outputs).toMatchObject({ ok: "false", errors: "1", existing: "2" });
    const annotations = out.stdout.split("\n").filter((l) => /^::(error|warning) /.test(l));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error title=lockstep down-failed,file=migrations\/0004_labels\.down\.sql/,
    );
    const body = fake.api.comments.get(pr.number)?.[0]?.body ?? "";
    expect(body).toContain("### ❌ 1 new error — 1 new migration against `main`");
    const [fresh, folded] = body.split("<details><summary>2 existing findings");
    expect(fresh).toMatch(/- ❌ \*\*down-failed\*\* \[migrations\/0004_labels\.down\.sql:1\]/);
    expect(fresh).not.toContain("0002_tags");
    const block = folded?.split("</details>")[0] ?? "";
    expect(block).toContain("0002_tags.down.sql");
    expect(block).not.toContain("0004_labels");
  });
});
