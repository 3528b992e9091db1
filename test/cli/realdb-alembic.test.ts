import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alembic, alembicProject, chain } from "../helpers/alembic-project.js";
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
});
