import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alembicProject, chain, PYTHON } from "../helpers/alembic-project.js";
import { runCli } from "../helpers/cli.js";
import { addField, djangoMigration, djangoProject } from "../helpers/django-project.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"]);
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    layout: db.format,
    downs: db.migrations.map((m: Record<string, string>) => m.down),
    findings: db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version} ${f.file}`),
    messages: db.findings.map((f: Record<string, string>) => f.message),
    schema: JSON.stringify(db.schema),
  };
}

describe("the Alembic preset, with the real Alembic", () => {
  // Debian's Alembic is a module of its Python, not an `alembic` command: the preset's words otherwise.
  const runner = {
    preset: "alembic",
    up: `${PYTHON} -m alembic -x db=sqlite:///{db} upgrade {revision}`,
    down: `${PYTHON} -m alembic -x db=sqlite:///{db} downgrade {down}`,
  };
  const config = JSON.stringify({ databases: [{ name: "app", dir: "migrations/versions", runner }] });

  it("replays ten revisions up, down and up again, and finds the downgrade that leaves a table behind", async () => {
    const revisions = chain(10);
    const broken = revisions[6];
    if (broken) broken.emptyDown = true;
    const result = await replay(tempTree({ ...alembicProject(revisions), "lockstep.config.json": config }));
    expect(result.layout).toBe("alembic");
    expect(result.downs).toEqual(["ok", "ok", "ok", "ok", "ok", "ok", "mismatch", "ok", "ok", "ok"]);
    expect(result.findings.filter((f: string) => !f.startsWith("down-missing"))).toEqual([
      `down-mismatch ${broken?.rev} migrations/versions/${broken?.rev}_${broken?.slug}.py`,
    ]);
    expect(result.messages.join("\n")).toContain("ta07");
    expect(result.code).toBe(1);
    expect(result.schema).toContain('"name":"ta10"');
    expect(result.schema).not.toContain("alembic_version");
  });
});

describe("the Django preset, with the real Django", () => {
  const runner = {
    preset: "django",
    up: `${PYTHON} manage.py migrate {app} {stem}`,
    down: `${PYTHON} manage.py migrate {app} {previous}`,
    // The project's settings read the database's path from DB; its migrations depend on django.contrib.auth.
    env: { DB: "{db}" },
    before: `${PYTHON} manage.py migrate auth`,
  };
  const config = JSON.stringify({ databases: [{ name: "site", dir: ".", runner }] });

  it("replays every app's migrations in dependency order and finds the reverse that leaves a column", async () => {
    // A RunPython that adds a column the migration's own reverse does not remove.
    const leaky = djangoMigration(
      ['("blog", "0002_post_summary")'],
      `        migrations.RunSQL("ALTER TABLE blog_post ADD COLUMN legacy TEXT", reverse_sql=migrations.RunSQL.noop),`,
    );
    const files = djangoProject(
      {
        "0002_post_summary.py": djangoMigration(['("blog", "0001_initial")'], addField("summary")),
        "0003_legacy.py": leaky,
      },
      'summary = models.TextField(default="")',
    );
    const result = await replay(tempTree({ ...files, "lockstep.config.json": config }));
    expect(result.layout).toBe("django");
    expect(result.findings).toEqual(["down-mismatch blog.0003_legacy blog/migrations/0003_legacy.py"]);
    expect(result.messages[0]).toContain("legacy");
    expect(result.downs.filter((d: string) => d === "ok")).toHaveLength(result.downs.length - 1);
    expect(result.schema).toContain("shop_order");
    expect(result.schema).not.toContain("django_migrations");
  });
});

describe("an Alembic project without a runner", () => {
  it("is replayed statically, and each not-replayed revision says which preset would replay it", async () => {
    const cwd = tempTree({
      ...alembicProject(chain(2)),
      "lockstep.config.json": JSON.stringify({ databases: [{ name: "app", dir: "migrations/versions" }] }),
    });
    const result = await replay(cwd);
    const notRun = result.messages.filter((m: string) => m.includes("is not SQL"));
    expect(notRun).toHaveLength(2);
    expect(notRun[0]).toContain('give the database "runner": "alembic"');
  });

  it("is found by init, which proposes the preset instead of writing it", async () => {
    const cwd = tempTree({ ...alembicProject(chain(2)), "package.json": '{ "name": "app" }\n' });
    const git = gitIn(cwd, gitEnv());
    git("init", "-q", "-b", "main");
    const run = await runCli(cwd, ["init"]);
    expect(run.stdout).toContain('then add "runner": "alembic" to this database');
    const config = JSON.parse(readFileSync(`${cwd}/lockstep.config.json`, "utf8"));
    expect(config.databases[0]).not.toHaveProperty("runner");
  });
});
