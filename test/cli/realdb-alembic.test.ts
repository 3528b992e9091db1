import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alembic, alembicProject, chain, revisionPath } from "../helpers/alembic-project.js";
import { runCli } from "../helpers/cli.js";
import { editDatabase, snapshot } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

describe("status of a database Alembic itself upgraded", () => {
  const revisions = chain(3);
  const project = () => {
    const cwd = tempTree(alembicProject(revisions));
    const up = alembic(cwd, "upgrade", revisions[1]?.rev as string);
    expect(up.code, up.out).toBe(0);
    return cwd;
  };

  it("alembic_version holds the head only: its ancestors are applied, the revision after it pending", async () => {
    const cwd = project();
    const before = snapshot(join(cwd, "app.db"));
    const r = await runCli(cwd, ["status", "app.db", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const states = JSON.parse(r.stdout).migrations.map((m: { state: string }) => m.state);
    expect(states).toEqual(["applied", "applied", "pending"]);
    const after = snapshot(join(cwd, "app.db"));
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.beside).toEqual(before.beside);
  });

  it("a head whose revision file is gone is missing, with what Alembic says then", async () => {
    const cwd = project();
    // The database was upgraded from a branch whose revision this checkout does not have.
    await editDatabase(join(cwd, "app.db"), "UPDATE alembic_version SET version_num = 'b07fe11ed0'");
    const r = await runCli(cwd, ["status", "app.db"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("db-missing");
    expect(r.stderr).toContain("Can't locate revision identified by");
    // What Alembic itself does with it.
    expect(alembic(cwd, "current").out).toContain("Can't locate revision identified by");
  });

  const at = (rev: number, count = 4) => {
    const revs = chain(count);
    const cwd = tempTree(alembicProject(revs));
    const up = alembic(cwd, "upgrade", revs[rev]?.rev as string);
    expect(up.code, up.out).toBe(0);
    return { cwd, revs };
  };
  const statesOf = (stdout: string) =>
    JSON.parse(stdout).migrations.map((m: { version: string; state: string }) => `${m.version} ${m.state}`);

  it("a file gone from the middle of the applied history: applied above it, missing, unknown below, never pending", async () => {
    const { cwd, revs } = at(2);
    const [r1, r2, r3, r4] = revs.map((r) => r.rev);
    rmSync(join(cwd, revisionPath(revs[1] as (typeof revs)[number])));
    const r = await runCli(cwd, ["status", "app.db", "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    expect(statesOf(r.stdout)).toEqual([`${r1} unknown`, `${r3} applied`, `${r4} pending`, `${r2} missing`]);
    const [found] = JSON.parse(r.stdout).findings;
    expect(found.rule).toBe("db-missing");
    expect(found.message).toContain(`${r2} has no file, though the database's head descends from it`);
    expect(found.message).toContain(`lockstep cannot tell whether ${r1} is applied`);
    // What Alembic itself says then.
    const own = alembic(cwd, "upgrade", "head");
    expect(own.code).not.toBe(0);
    expect(own.out).toContain(`Revision ${r2} referenced from ${r2} -> ${r3}`);
    expect(own.out).toContain("is not present");
    expect(found.message).toContain(`KeyError: '${r2}'`);
    expect(own.out).toContain(`KeyError: '${r2}'`);
    const text = await runCli(cwd, ["status", "app.db"]);
    expect(text.stdout).toContain("1 applied, 1 pending, 1 missing, 0 changed, 0 failed, 1 unknown");
    // drift cannot replay to a state it does not know.
    const drift = await runCli(cwd, ["drift", "app.db"]);
    expect(drift.code).toBe(2);
    expect(drift.stderr).toContain(
      `drift needs to know which migrations app.db has applied, but one is unknown (${r1})`,
    );
  });

  it("the root's file gone: every revision above it is still applied, the root missing", async () => {
    const { cwd, revs } = at(2);
    const [r1, r2, r3, r4] = revs.map((r) => r.rev);
    rmSync(join(cwd, revisionPath(revs[0] as (typeof revs)[number])));
    const r = await runCli(cwd, ["status", "app.db", "--format", "json"]);
    expect(statesOf(r.stdout)).toEqual([`${r2} applied`, `${r3} applied`, `${r4} pending`, `${r1} missing`]);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["db-missing"]);
  });
});
