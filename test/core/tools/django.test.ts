import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import { django as tool } from "../../../src/core/tools/django.js";
import { manage, PYTHON } from "../../helpers/alembic-project.js";
import { addField, djangoMigration, djangoProject } from "../../helpers/django-project.js";
import { tempTree } from "../../helpers/temp-dir.js";
import { readDir } from "../layouts/read-dir.js";

// A Django project read as one set, as text; each fixture is confirmed with the real Django.

function project(extra: Record<string, string> = {}, fields = "") {
  const cwd = tempTree(djangoProject(extra, fields));
  const set = readMigrationSet(readDir(cwd), { layout: "django" });
  return { cwd, set, rules: set.findings.map((f) => f.rule) };
}

const title = djangoMigration(['("blog", "0001_initial")'], addField("title"));
const slug = djangoMigration(["('blog', '0001_initial')"], addField("slug"));
const both = '    title = models.TextField(default="")\n    slug = models.TextField(default="")\n';

describe("a Django project", () => {
  it("is one set across its apps, ordered by dependencies, with the user model's app left to Django", () => {
    const { cwd, set, rules } = project(
      { "0002_post_title.py": title },
      '    title = models.TextField(default="")\n',
    );
    expect(rules).toEqual([]);
    expect(set.migrations.map((m) => m.version)).toEqual([
      "blog.0001_initial",
      "blog.0002_post_title",
      "shop.0001_initial",
    ]);
    expect(set.migrations[1]?.step).toEqual({
      app: "blog",
      stem: "0002_post_title",
      previous: "0001_initial",
    });
    expect(set.migrations[2]?.step).toEqual({ app: "shop", stem: "0001_initial", previous: "zero" });
    expect(set.migrations.every((m) => m.code && !m.up)).toBe(true);
    // Django agrees: nothing to make, no conflict.
    const check = manage(cwd, "makemigrations", "--check", "--dry-run");
    expect(check.code, check.out).toBe(0);
  });

  it("two leaf migrations in one app: multiple-heads, as `migrate` refuses them", () => {
    const { cwd, set } = project({ "0002_post_title.py": title, "0002_post_slug.py": slug }, both);
    const migrate = manage(cwd, "migrate");
    expect(migrate.code).not.toBe(0);
    expect(migrate.out).toContain(
      "Conflicting migrations detected; multiple leaf nodes in the migration graph: (0002_post_slug, 0002_post_title in blog)",
    );
    const found = set.findings.filter((f) => f.rule === "multiple-heads");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("blog/migrations/0002_post_slug.py:7 and ");
    expect(found[0]?.message).toContain(
      "blog/migrations/0002_post_title.py:7 are both the newest migration of blog",
    );
    expect(found[0]?.message).toContain(
      "multiple leaf nodes in the migration graph: (0002_post_slug, 0002_post_title in blog)",
    );
    // The merge migration makemigrations writes joins them: no finding, and Django agrees.
    const merged = project(
      {
        "0002_post_title.py": title,
        "0002_post_slug.py": slug,
        "0003_merge.py": djangoMigration(['("blog", "0002_post_slug")', '("blog", "0002_post_title")'], ""),
      },
      both,
    );
    expect(merged.rules).toEqual([]);
    expect(manage(merged.cwd, "makemigrations", "--check", "--dry-run").code).toBe(0);
  });

  it("a dependency on a migration the app does not have is missing-parent, as Django refuses it", () => {
    const lost = djangoMigration(['("blog", "0001_initial")', '("shop", "0002_gone")'], addField("title"));
    const { cwd, set } = project(
      { "0002_post_title.py": lost },
      '    title = models.TextField(default="")\n',
    );
    const run = manage(cwd, "showmigrations", "blog");
    expect(run.code).not.toBe(0);
    expect(run.out).toContain(
      "Migration blog.0002_post_title dependencies reference nonexistent parent node ('shop', '0002_gone')",
    );
    const found = set.findings.find((f) => f.rule === "missing-parent");
    expect(found?.message).toContain(
      "Migration blog.0002_post_title dependencies reference nonexistent parent node ('shop', '0002_gone')",
    );
    expect(found?.line).toBe(7);
  });

  it("the runner preset, run step by step with the real Django, applies and unapplies exactly one migration each", () => {
    const { cwd, set } = project(
      { "0002_post_title.py": title },
      '    title = models.TextField(default="")\n',
    );
    const db = join(cwd, "replay.db");
    const rows = () => {
      const script = `import sqlite3\ntry:\n  print(sorted(a + "." + n for a, n in sqlite3.connect(${JSON.stringify(db)}).execute("select app, name from django_migrations") if a in ("blog", "shop")))\nexcept sqlite3.OperationalError:\n  print([])`;
      return spawnSync(PYTHON, ["-c", script], { encoding: "utf8" }).stdout.trim();
    };
    const run = (template: string, step: Record<string, string>) => {
      const words = template.replace(/\{(\w+)\}/g, (_, key: string) => step[key] ?? "").split(" ");
      expect(words.slice(0, 2)).toEqual(["python", "manage.py"]);
      const out = spawnSync(PYTHON, words.slice(1), {
        cwd,
        encoding: "utf8",
        env: { ...process.env, DB: db },
      });
      expect(out.status, out.stderr).toBe(0);
    };
    const applied: string[] = [];
    for (const m of set.migrations) {
      const step = m.step as Record<string, string>;
      const before = rows();
      run(tool.runner.up, step);
      applied.push(m.version);
      expect(rows()).toBe(
        JSON.stringify([...applied].sort())
          .replaceAll('"', "'")
          .replaceAll(",", ", "),
      );
      run(tool.runner.down, step);
      expect(rows()).toBe(before);
      run(tool.runner.up, step);
    }
  });
});
