import { describe, expect, it } from "vitest";
import { alembic, alembicProject, chain, revisionFile, revisionPath } from "../helpers/alembic-project.js";
import { runCli } from "../helpers/cli.js";
import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

// The Action checks an Alembic set with the engine `check` runs: a pull request whose revision forks the
// history fails with multiple-heads annotated at its down_revision line, with no Python on the runner.

const fake = useFakeGitHub();

describe("the Action on an Alembic pull request", () => {
  it("fails a revision on an older revision than the head: two heads once merged", async () => {
    const four = chain(4);
    const r = repository(alembicProject(four));
    expect((await runCli(r.cwd, ["lock", "migrations/versions"])).code).toBe(0);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    const fork = { rev: "f0f0f0000002", down: `"${four[1]?.rev}"`, slug: "fork", table: "fork" };
    r.write({ [revisionPath(fork)]: revisionFile(fork) });
    expect((await runCli(r.cwd, ["lock", "migrations/versions"])).code).toBe(0);
    const head = r.commit({}, "fork");
    const merge = r.mergeCheckout("main", "feature");
    expect(alembic(r.cwd, "heads").out).toContain(`${fork.rev} (head)`);
    const { payload } = pullRequestEvent(base, head, 9);
    const out = await fake.act("pull_request", r.cwd, payload, merge);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      new RegExp(
        `::error title=lockstep multiple-heads,file=${revisionPath(fork).replaceAll(".", "\\.")},line=9::`,
      ),
    );
    expect(out.outputs.errors).toBe("1");
    const [comment] = fake.api.comments.get(9) ?? [];
    expect(comment?.body).toContain("multiple-heads");
  });
});
