import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  alembic,
  alembicProject,
  chain,
  type RevisionSpec,
  revisionFile,
  revisionPath,
} from "../helpers/alembic-project.js";
import { lockstep, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// Two branches that each add the next Alembic revision, caught with no Python: by the installed pre-commit
// hook, by `check` against the base, and fixed by `renumber`; the real Alembic confirms each state.

const ten = chain(10);
const head = ten[9] as RevisionSpec;
const rev = (id: string, down: string, slug: string): RevisionSpec => ({
  rev: id,
  down: `"${down}"`,
  slug,
  table: slug,
});
const write = (cwd: string, r: RevisionSpec) => writeFileSync(join(cwd, revisionPath(r)), revisionFile(r));

/** The hooks' PATH: node, git and sh; no Python, no lockstep. */
const PATH = [dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(delimiter);

function heads(cwd: string): string[] {
  const run = alembic(cwd, "heads");
  expect(run.code, run.out).toBe(0);
  return [...run.out.matchAll(/^(\S+) \(head\)/gm)].map((m) => m[1] as string).sort();
}

describe("Alembic branches", () => {
  it("the installed guard refuses two heads and a revision behind the base's head; renumber repoints it", async () => {
    const cwd = tempTree({ ...alembicProject(ten), "README.md": "# app\n" });
    const env = gitEnv({ PATH, NO_COLOR: "1" });
    Reflect.deleteProperty(env, "LOCKSTEP_SKIP");
    const git = gitIn(cwd, env);
    git("init", "-q", "-b", "main");
    const init = lockstep(cwd, ["init"], { PATH, NO_COLOR: "1" });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("migrations/versions/ (alembic)");
    expect(init.stdout).toContain("alembic.ini:2 says script_location = migrations");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "adopt lockstep").status).toBe(0);

    // A revision on the head goes through.
    git("checkout", "-q", "-b", "feature");
    const mine = rev("f11ea7000011", head.rev, "feature_table");
    write(cwd, mine);
    git("add", "-A");
    const first = git("commit", "-q", "-m", "feature revision");
    expect(first.status, first.stderr).toBe(0);

    // A second revision on an older one: two heads, refused without Python.
    const fork = rev("f0f0f0000006", ten[5]?.rev as string, "fork_table");
    write(cwd, fork);
    git("add", "-A");
    const twoHeads = git("commit", "-m", "two heads");
    expect(twoHeads.status).toBe(1);
    expect(twoHeads.stderr).toContain("multiple-heads");
    expect(twoHeads.stderr).toContain(`${revisionPath(fork)}:9`);
    expect(twoHeads.stderr).toContain("Multiple head revisions are present for given argument 'head'");
    expect(heads(cwd)).toEqual([fork.rev, mine.rev].sort());
    git("rm", "-q", "--cached", revisionPath(fork));
    rmSync(join(cwd, revisionPath(fork)));

    // The base moves on: main gains its own next revision, merged first.
    git("checkout", "-q", "main");
    const theirs = rev("ba5e00000011", head.rev, "main_table");
    write(cwd, theirs);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "main revision").status).toBe(0);
    git("checkout", "-q", "feature");
    const next = rev("f11ea7000012", mine.rev, "feature_more");
    write(cwd, next);
    git("add", "-A");
    const behind = git("commit", "-m", "more feature");
    expect(behind.status).toBe(1);
    expect(behind.stderr).toContain("multiple-heads");
    expect(behind.stderr).toContain(
      `${revisionPath(mine)} is new and its down_revision is ${head.rev}, but the base already has ${theirs.rev}`,
    );

    // `check` says the same of the committed branch, against main.
    git("commit", "-q", "--no-verify", "-m", "more feature");
    const check = await runCli(cwd, ["check", "--base", "main", "--down", "none"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("multiple-heads");

    // renumber rewrites that one line, before the base is merged; then the branch passes.
    const before = readFileSync(join(cwd, revisionPath(mine)), "utf8");
    const renumber = await runCli(cwd, ["renumber", "--base", "main"]);
    expect(renumber.code, renumber.stderr).toBe(0);
    expect(renumber.stdout).toBe(`${revisionPath(mine)}:9: down_revision ${head.rev} -> ${theirs.rev}\n`);
    const after = readFileSync(join(cwd, revisionPath(mine)), "utf8");
    expect(after).toBe(before.replace(`down_revision = "${head.rev}"`, `down_revision = "${theirs.rev}"`));
    const fixed = git("commit", "-m", "follow main's head");
    expect(fixed.status, fixed.stderr).toBe(0);
    expect((await runCli(cwd, ["check", "--base", "main", "--down", "none"])).code).toBe(0);
    // Merging main: only the lock files conflict, as they are meant to; lockstep lock writes the merged one.
    expect(git("merge", "-q", "--no-edit", "main").status).not.toBe(0);
    expect(git("diff", "--name-only", "--diff-filter=U").stdout).toBe("migrations/versions/lockstep.sum\n");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    const merged = git("commit", "-q", "--no-edit");
    expect(merged.status, merged.stderr).toBe(0);
    expect(heads(cwd)).toEqual([next.rev]);
  });

  it("renumber leaves a history that joins branches with merge revisions to `alembic merge heads`", async () => {
    const fork = rev("b11ba5e0f00d", ten[4]?.rev as string, "other");
    const merge = { rev: "c0ffee000001", down: `("${head.rev}", "b11ba5e0f00d")`, slug: "merge" };
    const cwd = tempTree(alembicProject([...ten, fork, merge]));
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock", "migrations/versions"])).code).toBe(0);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    git("checkout", "-q", "main");
    write(cwd, rev("ba5e00000011", merge.rev, "main_table"));
    git("add", "-A");
    git("commit", "-q", "-m", "main revision");
    git("checkout", "-q", "feature");
    write(cwd, rev("f11ea7000011", merge.rev, "feature_table"));
    const renumber = await runCli(cwd, ["renumber", "--base", "main"]);
    expect(renumber.code).toBe(2);
    expect(renumber.stderr).toContain("merge revisions");
    expect(renumber.stderr).toContain("`alembic merge heads`");
  });

  it("a static replay of two heads reports multiple-heads and each revision not-replayed", async () => {
    const cwd = tempTree(
      alembicProject([...chain(3), rev("b11ba5e0f00d", chain(3)[0]?.rev as string, "other")]),
    );
    const replay = await runCli(cwd, ["replay", "migrations/versions", "--format", "json"]);
    expect(replay.code).toBe(1);
    const report = JSON.parse(replay.stdout);
    const rules = report.databases[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules.filter((r: string) => r === "not-replayed")).toHaveLength(4);
    expect(rules).toContain("multiple-heads");
    expect(report.databases[0].format).toBe("alembic");
  });
});
