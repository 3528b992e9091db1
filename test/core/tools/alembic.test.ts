import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import { alembic as tool } from "../../../src/core/tools/alembic.js";
import { alembic, alembicProject, chain, PYTHON, type RevisionSpec } from "../../helpers/alembic-project.js";
import { CORPORA, present } from "../../helpers/corpora.js";
import { tempTree } from "../../helpers/temp-dir.js";
import { readDir } from "../layouts/read-dir.js";

// Alembic revisions read as text, never run: each fixture is confirmed with the real Alembic.

function project(revisions: RevisionSpec[]) {
  const cwd = tempTree(alembicProject(revisions));
  const set = readMigrationSet(readDir(join(cwd, "migrations/versions")), { layout: "alembic" });
  return { cwd, set, rules: set.findings.map((f) => f.rule) };
}

/** `alembic heads` as a sorted list of revision ids. */
function heads(cwd: string): string[] {
  const run = alembic(cwd, "heads");
  expect(run.code, run.out).toBe(0);
  return [...run.out.matchAll(/^(\S+) \(head\)/gm)].map((m) => m[1] as string).sort();
}

const ten = chain(10);

describe("Alembic revisions", () => {
  it.skipIf(!present)(
    "mealie's 37 revisions: from 6b0f5f32d602 to 3897397b4631 by down_revision, one empty downgrade",
    () => {
      const root = join(CORPORA, "repos/mealie");
      const expected = JSON.parse(readFileSync(join(root, "EXPECTED.json"), "utf8")).sets[0];
      const set = readMigrationSet(readDir(join(root, "alembic/versions")), { layout: "alembic" });
      expect(set.migrations).toHaveLength(expected.migrations);
      expect(set.migrations[0]?.version).toBe(expected.root_revision);
      expect(set.migrations.at(-1)?.version).toBe(expected.head_revision);
      expect(set.migrations[0]?.name).toBe("initial_tables");
      expect(set.migrations.every((m) => m.code && !m.up)).toBe(true);
      const empty = set.findings.filter((f) => f.rule === "down-missing").map((f) => f.version);
      expect(empty).toEqual(expected.empty_downs);
      expect(set.findings.map((f) => f.rule)).toEqual(["down-missing"]);
    },
  );

  it("ten revisions in annotated and plain forms, shuffled names: the down_revision order, as `alembic history` has it", () => {
    // File names that sort against the graph: the order must come from down_revision alone.
    const specs = ten.map(
      (r, i) =>
        ({
          ...r,
          rev: `${String(9 - i)}${r.rev.slice(1)}`,
          style: i % 2 ? "annotated" : "plain",
        }) as RevisionSpec,
    );
    for (const [i, r] of specs.entries()) if (i > 0) r.down = `"${specs[i - 1]?.rev}"`;
    const { cwd, set, rules } = project(specs);
    expect(rules).toEqual([]);
    const history = alembic(cwd, "history");
    expect(history.code, history.out).toBe(0);
    const alembicOrder = [...history.out.matchAll(/-> (\S+)(?: \(head\))?,/g)].map((m) => m[1]).reverse();
    expect(set.migrations.map((m) => m.version)).toEqual(alembicOrder);
    expect(set.migrations[0]?.step).toEqual({
      revision: specs[0]?.rev,
      parent: "base",
      down: `${specs[0]?.rev}@-1`,
    });
    expect(set.migrations[0]?.name).toBe("create_t01");
  });

  it("two revisions on one down_revision: multiple-heads naming both files, as `alembic heads` lists two", () => {
    const fork = { rev: "b11ba5e0f00d", down: `"${ten[4]?.rev}"`, slug: "other_branch", table: "other" };
    const { cwd, set } = project([...ten, fork]);
    expect(heads(cwd)).toEqual([ten[9]?.rev, fork.rev].sort());
    const upgrade = alembic(cwd, "-x", `db=sqlite:///${cwd}/t.db`, "upgrade", "head");
    expect(upgrade.out).toContain("Multiple head revisions are present for given argument 'head'");
    const found = set.findings.filter((f) => f.rule === "multiple-heads");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`migrations/versions/${ten[5]?.rev}_create_t06.py:9`);
    expect(found[0]?.message).toContain("b11ba5e0f00d_other_branch.py:9");
    expect(found[0]?.message).toContain(`both name ${ten[4]?.rev} as their down_revision`);
    expect(found[0]?.message).toContain(
      `Point b11ba5e0f00d's down_revision at ${ten[9]?.rev}, the head of the other line`,
    );
    expect(found[0]?.severity).toBe("error");
  });

  it("a merge revision (a down_revision tuple over two lines) joins the heads: one head, no finding", () => {
    const fork = { rev: "b11ba5e0f00d", down: `"${ten[4]?.rev}"`, slug: "other_branch", table: "other" };
    const merge = {
      rev: "c0ffee000001",
      down: `(\n    "${ten[9]?.rev}",\n    'b11ba5e0f00d',\n)`,
      slug: "merge",
    };
    const { cwd, set, rules } = project([...ten, fork, merge]);
    expect(heads(cwd)).toEqual(["c0ffee000001"]);
    expect(rules).toEqual([]);
    const last = set.migrations.at(-1);
    expect(last?.version).toBe("c0ffee000001");
    expect(last?.step).toEqual({
      revision: "c0ffee000001",
      parent: `${ten[9]?.rev},b11ba5e0f00d`,
      down: ten[9]?.rev,
    });
  });

  it("a down_revision naming no revision is missing-parent; Alembic says it is not present and fails", () => {
    const lost = { rev: "d00d00000001", down: '"5ca1ab1e0000"', slug: "lost", table: "lost" };
    const { cwd, set } = project([...chain(2), lost]);
    const run = alembic(cwd, "heads");
    expect(run.code).not.toBe(0);
    expect(run.out).toContain("Revision 5ca1ab1e0000 referenced from 5ca1ab1e0000 -> d00d00000001 (head)");
    expect(run.out).toContain("is not present");
    expect(run.out).toContain("KeyError: '5ca1ab1e0000'");
    const found = set.findings.find((f) => f.rule === "missing-parent");
    expect(found?.message).toContain(
      "d00d00000001_lost.py:9: d00d00000001's down_revision names 5ca1ab1e0000",
    );
    expect(found?.line).toBe(9);
    expect(found?.message).toContain(
      '"Revision 5ca1ab1e0000 referenced from 5ca1ab1e0000 -> d00d00000001 … is not present"',
    );
    expect(found?.message).toContain("KeyError: '5ca1ab1e0000'");
  });

  it("down_revisions that go round are revision-cycle, as Alembic detects", () => {
    const a = { rev: "aaaa00000001", down: '"bbbb00000002"', slug: "a" };
    const b = { rev: "bbbb00000002", down: '"aaaa00000001"', slug: "b" };
    const { cwd, set } = project([...chain(1), a, b]);
    const run = alembic(cwd, "heads");
    expect(run.out).toContain("Cycle is detected in revisions (aaaa00000001, bbbb00000002)");
    const found = set.findings.find((f) => f.rule === "revision-cycle");
    expect(found?.message).toContain("Cycle is detected in revisions (aaaa00000001, bbbb00000002)");
  });

  it("a down_revision that is an expression, not a literal, is a parse-error naming the file", () => {
    const cwd = tempTree({
      "versions/a1_x.py":
        'revision = "a1"\ndown_revision = "a0" if FLAG else None\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n',
    });
    const set = readMigrationSet(readDir(join(cwd, "versions")), { layout: "alembic" });
    expect(set.findings.map((f) => f.rule)).toEqual(["parse-error"]);
    expect(set.findings[0]?.message).toContain("`down_revision` is not a literal lockstep can read");
  });

  it("an empty downgrade() after an upgrade that does something is down-missing", () => {
    const specs = chain(3);
    (specs[1] as RevisionSpec).emptyDown = true;
    const { set } = project(specs);
    const found = set.findings.filter((f) => f.rule === "down-missing");
    expect(found.map((f) => f.version)).toEqual([specs[1]?.rev]);
    expect(found[0]?.message).toContain("downgrade() of a02f0c0de02 does nothing");
  });

  it("the runner preset, run step by step with the real Alembic, applies and reverts exactly one revision each", () => {
    // A root, a revision with a sibling line applied beside it, and a merge revision: each walks back one step.
    const fork = { rev: "b11ba5e0f00d", down: `"${ten[0]?.rev}"`, slug: "other_branch", table: "other" };
    const merge = { rev: "c0ffee000001", down: `("${ten[2]?.rev}", "b11ba5e0f00d")`, slug: "merge" };
    const { cwd, set } = project([...ten.slice(0, 3), fork, merge]);
    const db = join(cwd, "replay.db");
    const run = (template: string, step: Record<string, string>) => {
      const words = template
        .replace("{db}", db)
        .replace(/\{(\w+)\}/g, (_, key: string) => step[key] ?? "")
        .split(" ");
      expect(words[0]).toBe("alembic");
      const out = alembic(cwd, ...words.slice(1));
      expect(out.code, out.out).toBe(0);
    };
    const versions = () => {
      const script = `import sqlite3\ntry:\n  print(sorted(r[0] for r in sqlite3.connect(${JSON.stringify(db)}).execute("select version_num from alembic_version")))\nexcept sqlite3.OperationalError:\n  print([])`;
      const read = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
      return read.stdout.trim();
    };
    const applied: string[] = [];
    const headsNow = (): string => {
      const ids = new Set(applied);
      for (const m of set.migrations)
        if (ids.has(m.version)) for (const p of (m.step?.parent ?? "").split(",")) ids.delete(p);
      return JSON.stringify([...ids].sort())
        .replaceAll('"', "'")
        .replaceAll(",", ", ");
    };
    for (const m of set.migrations) {
      const step = m.step as Record<string, string>;
      const before = versions();
      run(tool.runner.up, step);
      applied.push(m.version);
      expect(versions()).toBe(headsNow());
      run(tool.runner.down, step);
      expect(versions()).toBe(before);
      run(tool.runner.up, step);
    }
  });
});
