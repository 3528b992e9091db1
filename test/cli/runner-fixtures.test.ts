import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";

// The code-migration projects of test/fixtures/code, each replayed clean as it is and with one file broken.
const FIXTURES = resolve(import.meta.dirname, "../fixtures/code");
const PYTHON = "/usr/bin/python3";

function project(name: string, database: object, edit?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), `lockstep-${name}-`));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  writeFileSync(
    join(root, "lockstep.config.json"),
    JSON.stringify({ databases: [{ name: "app", ...database }] }),
  );
  edit?.(root);
  return root;
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"], projectEnv());
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    steps: db.migrations.map((m: Record<string, string>) => `${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map(
      (f: Record<string, string>) => `${f.rule} ${f.file}${f.line ? `:${f.line}` : ""}`,
    ),
    messages: db.findings.map((f: Record<string, string>) => f.message),
  };
}

describe("an Alembic project (test/fixtures/code/alembic) through the real Alembic", () => {
  const alembic = {
    dir: "migrations/versions",
    runner: {
      preset: "alembic",
      up: `${PYTHON} -m alembic -x db=sqlite:///{db} upgrade {revision}`,
      down: `${PYTHON} -m alembic -x db=sqlite:///{db} downgrade {down}`,
    },
  };

  it("replays clean", async () => {
    const result = await replay(project("alembic", alembic));
    expect(result).toMatchObject({ code: 0, findings: [] });
    expect(result.steps).toEqual(Array(4).fill("ok ok ok"));
  });

  it("catches a downgrade that leaves a column behind", async () => {
    const file = "migrations/versions/3c4d5e6f7a8b_add_user_name.py";
    const root = project("alembic", alembic, (r) =>
      edit(
        r,
        file,
        '    with op.batch_alter_table("users") as batch:\n        batch.drop_column("name")\n',
        "    pass\n",
      ),
    );
    const result = await replay(root);
    expect(result.code).toBe(1);
    // Read as text the empty downgrade() is a warning; replayed, what it leaves is the error, said once.
    expect(result.findings).toEqual([`down-mismatch ${file}`]);
    expect(result.messages[0]).toContain("users.name");
  });
});

describe("Python scripts in nanosecond-timestamp names (test/fixtures/code/b2m)", () => {
  const scripts = {
    dir: "migrations",
    layout: "plain",
    runner: { scripts: { py: `${PYTHON} {file} {db}` } },
  };

  it("replays clean", async () => {
    const result = await replay(project("b2m", scripts));
    expect(result).toMatchObject({ code: 0, findings: [], steps: Array(3).fill("ok not-run not-run") });
  });

  it("catches the script that fails, at its line", async () => {
    const file = "migrations/20240212141500987654321_split_names.py";
    const root = project("b2m", scripts, (r) =>
      edit(r, file, "SELECT id, email FROM users", "SELECT id, mail FROM users"),
    );
    const result = await replay(root);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([`up-failed ${file}:8`]);
    expect(result.messages[0]).toContain("no such column: mail");
  });
});

describe("SQL migrations with a Node.js runner for a complex step (test/fixtures/code/sql-node)", () => {
  const mixed = {
    dir: "migrations",
    layout: "golang-migrate",
    runner: { scripts: { js: "node {file} {db}" } },
  };

  it("replays clean", async () => {
    const result = await replay(linkDependencies(project("sql-node", mixed), {}));
    expect(result).toMatchObject({ code: 0, findings: [] });
    expect(result.steps).toEqual(["ok ok ok", "ok ok ok", "ok not-run not-run", "ok ok ok"]);
  });

  it("catches the down after the Node step that leaves an index behind", async () => {
    const root = project("sql-node", mixed, (r) =>
      edit(r, "migrations/0004_slug_unique.down.sql", "DROP INDEX users_slug;", "SELECT 1;"),
    );
    const result = await replay(linkDependencies(root, {}));
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(["down-mismatch migrations/0004_slug_unique.down.sql:1"]);
    expect(result.messages[0]).toContain("users_slug");
  });
});
