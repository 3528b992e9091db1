// The Action on real histories written by other teams: a pull request that brings a whole real migration
// directory into a repository, the biggest comment it can produce.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../src/core/render/comment.js";
import { lockstep } from "../helpers/cli.js";
import { CASES, CORPORA, FUNCTIONS, present, type Verified } from "../helpers/corpora.js";
import { pullRequestEvent, repository, runAction, useFakeGitHub } from "./harness.js";

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
      expect(lockstep(r.cwd, ["lock"]).code).toBe(0);
      const head = r.commit({}, "adopt");
      const merge = r.mergeCheckout("main", "adopt");
      const number = 5;
      const { payload } = pullRequestEvent(base, head, number);

      const out = await runAction({
        cwd: r.cwd,
        apiUrl: fake.api.url,
        event: "pull_request",
        payload,
        sha: merge,
      });
      const report = JSON.parse(readFileSync(out.outputs.report as string, "utf8"));
      const db = report.databases[0];
      expect(db.migrations).toHaveLength(verified.migrations.length);
      const errors = db.findings.filter((f: { severity: string }) => f.severity === "error").length;
      const bad = verified.migrations.filter(
        (m) => m.down === "FAILED" || m.down_vs_before_up === "different",
      );
      expect(errors > 0).toBe(bad.length > 0);
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
