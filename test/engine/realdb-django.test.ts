import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openRealDatabase } from "../../src/engine/realdb/real-database.js";
import { manage } from "../helpers/alembic-project.js";
import { addField, djangoMigration, djangoProject } from "../helpers/django-project.js";
import { snapshot } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

// Databases the real Django migrated: django_migrations(app, name, applied) holds the installed packages'
// migrations too (contenttypes, auth), which are not in the repository.

const title = djangoMigration(['("blog", "0001_initial")'], addField("title"));
const slug = djangoMigration(['("blog", "0002_post_title")'], addField("slug"));
const fields = (...names: string[]) => names.map((n) => `    ${n} = models.TextField(default="")\n`).join("");

function migrated(extra: Record<string, string>, models: string) {
  const cwd = tempTree(djangoProject(extra, models));
  const run = manage(cwd, "migrate");
  expect(run.code, run.out).toBe(0);
  return cwd;
}

async function statusOf(cwd: string) {
  const before = snapshot(join(cwd, "db.sqlite3"));
  const real = await openRealDatabase({ cwd, file: "db.sqlite3" });
  expect(snapshot(join(cwd, "db.sqlite3")).bytes.equals(before.bytes)).toBe(true);
  return {
    states: real.status?.entries.map((e) => `${e.version} ${e.state}`),
    findings: real.status?.findings ?? [],
  };
}

describe("status of a database the real Django migrated", () => {
  it("every migration of the project's apps is applied; the installed packages' rows are not missing files", async () => {
    const cwd = migrated({ "0002_post_title.py": title }, fields("title"));
    const { states, findings } = await statusOf(cwd);
    expect(states).toEqual([
      "blog.0001_initial applied",
      "blog.0002_post_title applied",
      "shop.0001_initial applied",
    ]);
    expect(findings).toEqual([]);
  });

  it("a migration file added after migrate is pending, as showmigrations says", async () => {
    const cwd = migrated({ "0002_post_title.py": title }, fields("title"));
    writeFileSync(join(cwd, "blog/migrations/0003_post_slug.py"), slug);
    const { states, findings } = await statusOf(cwd);
    expect(states).toContain("blog.0003_post_slug pending");
    expect(states?.filter((s) => s.endsWith("applied"))).toHaveLength(3);
    expect(findings).toEqual([]);
    expect(manage(cwd, "showmigrations", "blog").out).toContain("[ ] 0003_post_slug");
  });

  it("an applied migration whose file was deleted is missing, and Django no longer lists it", async () => {
    const cwd = migrated({ "0002_post_title.py": title, "0003_post_slug.py": slug }, fields("title", "slug"));
    rmSync(join(cwd, "blog/migrations/0003_post_slug.py"));
    const { states, findings } = await statusOf(cwd);
    expect(states).toEqual([
      "blog.0001_initial applied",
      "blog.0002_post_title applied",
      "shop.0001_initial applied",
      "blog.0003_post_slug missing",
    ]);
    expect(findings.map((f) => f.rule)).toEqual(["db-missing"]);
    expect(findings[0]?.message).toContain("`showmigrations` does not list it");
    expect(manage(cwd, "showmigrations", "blog").out).not.toContain("0003_post_slug");
  });

  it("a squashed migration is applied when all it replaces are recorded, their files deleted or not", async () => {
    const cwd = migrated({ "0002_post_title.py": title }, fields("title"));
    const squash = manage(cwd, "squashmigrations", "blog", "0002", "--noinput");
    expect(squash.code, squash.out).toBe(0);
    const kept = await statusOf(cwd);
    expect(kept.states).toEqual(["blog.0001_squashed_0002_post_title applied", "shop.0001_initial applied"]);
    // Django's next step for a squash: the replaced files go once every database has applied them.
    rmSync(join(cwd, "blog/migrations/0001_initial.py"));
    rmSync(join(cwd, "blog/migrations/0002_post_title.py"));
    const gone = await statusOf(cwd);
    expect(gone.states).toEqual(["blog.0001_squashed_0002_post_title applied", "shop.0001_initial applied"]);
    expect(gone.findings).toEqual([]);
    expect(manage(cwd, "showmigrations", "blog").out).toContain("[X] 0001_squashed_0002_post_title");
  });
});
