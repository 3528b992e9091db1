// The Action on real histories written by other teams: a pull request that brings a whole real migration
// directory into a repository, the biggest comment it can produce.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../src/core/render/comment.js";
import { runCli } from "../helpers/cli.js";
import { CASES, CORPORA, FUNCTIONS, NO_OP_PRAGMAS, present, type Verified } from "../helpers/corpora.js";
import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

const fake = useFakeGitHub();

describe.skipIf(!present)("the Action on real-world migration sets", () => {
  for (const c of CASES) {
    it(`${c.set}: one comment within GitHub's limit, one annotation per finding, the verified verdict`, async () => {
      const verified = JSON.parse(readFileSync(join(CORPORA, c.set, "VERIFIED.json"), "utf8")) as Verified;
      const config = {
        databases: [
          {
            name: c.set,
            dir: c.dir,
            ...(c.layout ? { layout: c.layout } : {}),
            ...(c.functions ? { functions: "functions.mjs" } : {}),
          },
        ],
      };
      // The config and the functions module are on main (reviewed); the pull request brings the history.
      const r = repository({
        "lockstep.config.json": JSON.stringify(config),
        ...(c.functions ? { "functions.mjs": FUNCTIONS } : {}),
      });
      const base = r.commit({}, "config");
      r.git("checkout", "-q", "-b", "adopt");
      cpSync(join(CORPORA, c.set, c.dir), join(r.cwd, c.dir), { recursive: true });
      expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
      const head = r.commit({}, "adopt");
      const merge = r.mergeCheckout("main", "adopt");
      const number = 5;
      const { payload } = pullRequestEvent(base, head, number);

      const out = await fake.act("pull_request", r.cwd, payload, merge);
      const report = JSON.parse(readFileSync(out.outputs.report as string, "utf8"));
      const db = report.databases[0];
      expect(db.migrations).toHaveLength(verified.migrations.length);
      const errors = db.findings.filter((f: { severity: string }) => f.severity === "error").length;
      const bad = verified.migrations.filter(
        (m) => m.down === "FAILED" || m.down_vs_before_up === "different",
      );
      // A PRAGMA foreign_keys = OFF inside the tool's transaction is an error too (fk-pragma-in-transaction).
      expect(errors > 0).toBe(bad.length > 0 || (NO_OP_PRAGMAS[c.set]?.length ?? 0) > 0);
      expect(out.code).toBe(errors > 0 ? 1 : 0);
      expect(out.outputs.errors).toBe(String(errors));
      expect(out.stdout.match(/^::error title=lockstep /gm) ?? []).toHaveLength(errors);
      expect(out.stdout.match(/^::warning title=lockstep /gm) ?? []).toHaveLength(
        Number(out.outputs.warnings),
      );

      const [comment, ...more] = fake.api.comments.get(number) ?? [];
      expect(more).toEqual([]);
      expect(comment?.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(comment?.body).toContain(`${verified.migrations.length} new migrations against \`main\``);
      expect(out.summary.length).toBeGreaterThan(0);
    });
  }
});

describe.skipIf(!present)("adopting the Action on a history with known-bad downs", () => {
  it("passes a good pull request on top of vaultwarden's 31 wrong old downs (down: all and new), and still catches a bad new one", async () => {
    const dir = "migrations/sqlite";
    const r = repository({
      "lockstep.config.json": JSON.stringify({ databases: [{ name: "vaultwarden", dir }] }),
    });
    cpSync(join(CORPORA, "vaultwarden", dir), join(r.cwd, dir), { recursive: true });
    expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
    const base = r.commit({}, "history");
    r.git("checkout", "-q", "-b", "notes");
    const folder = `${dir}/2099-01-01-000000_add_notes`;
    r.write({
      [`${folder}/up.sql`]:
        "CREATE TABLE notes (uuid TEXT PRIMARY KEY, user_uuid TEXT REFERENCES users (uuid));\n",
      [`${folder}/down.sql`]: "DROP TABLE notes;\n",
    });
    expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
    const head = r.commit({}, "notes");
    const merge = r.mergeCheckout("main", "notes");
    const { payload, moveHead } = pullRequestEvent(base, head);
    const run = (sha: string, down: string) => fake.act("pull_request", r.cwd, payload, sha, { down });
    // With every down verified, the history's findings are the base's: reported apart, failing nothing.
    const all = await run(merge, "all");
    expect(all.code).toBe(0);
    expect(all.outputs).toMatchObject({ ok: "true", errors: "0" });
    expect(Number(all.outputs.existing)).toBeGreaterThanOrEqual(31);
    expect(all.stdout).not.toMatch(/^::error title=lockstep /m);
    const adopted = await run(merge, "new");
    expect(adopted.code).toBe(0);
    expect(adopted.outputs).toMatchObject({ ok: "true", errors: "0" });
    r.git("checkout", "-q", "notes");
    r.write({ [`${folder}/down.sql`]: "-- forgot\n" });
    expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
    const bad = r.commit({}, "forgot the down");
    moveHead(bad);
    const badMerge = r.mergeCheckout("main", "notes");
    for (const down of ["new", "all"]) {
      const caught = await run(badMerge, down);
      expect(caught.code).toBe(1);
      expect(caught.outputs.errors).toBe("1");
      expect(caught.stdout.match(/^::error title=lockstep /gm)).toHaveLength(1);
      expect(caught.stdout).toMatch(
        /::error title=lockstep down-mismatch,file=migrations\/sqlite\/2099-01-01-000000_add_notes\/down\.sql/,
      );
    }
  });
});
