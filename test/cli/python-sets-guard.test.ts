import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alembicProject, chain, manage, revisionFile, revisionPath } from "../helpers/alembic-project.js";
import { runCli } from "../helpers/cli.js";
import { addField, djangoMigration, djangoProject } from "../helpers/django-project.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// Without a config, a commit staging a Python migration (an Alembic revision, a Django migration) is not
// let through by the guard's shortcut: the set is found and its graph checked, with no Python run.

const title = djangoMigration(['("blog", "0001_initial")'], addField("title"));
const slug = djangoMigration(['("blog", "0001_initial")'], addField("slug"));

describe("the guard without a config, on Python migrations", () => {
  it("Django: a second leaf in an app is refused, as `migrate` would refuse it; a models.py edit is let through", async () => {
    const cwd = tempTree(djangoProject());
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    const lock = await runCli(cwd, ["lock"]);
    expect(lock.code, lock.stderr).toBe(0);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");

    writeFileSync(join(cwd, "blog/migrations/0002_post_title.py"), title);
    git("add", "-A");
    const one = await runCli(cwd, ["guard", "--staged"]);
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(one.stderr).toContain("updated and staged lockstep.sum");
    git("commit", "-q", "-m", "title");

    writeFileSync(join(cwd, "blog/migrations/0002_post_slug.py"), slug);
    git("add", "-A");
    const two = await runCli(cwd, ["guard", "--staged"]);
    expect(two.code).toBe(1);
    expect(two.stdout + two.stderr).toContain("multiple-heads  blog/migrations/0002_post_title.py:7");
    expect(two.stdout + two.stderr).toContain("makemigrations --merge");
    const migrate = manage(cwd, "migrate");
    expect(migrate.out).toContain(
      "multiple leaf nodes in the migration graph: (0002_post_slug, 0002_post_title in blog)",
    );
    git("rm", "-q", "-f", "--cached", "blog/migrations/0002_post_slug.py");

    writeFileSync(join(cwd, "blog/models.py"), "from django.db import models\n");
    git("add", "blog/models.py");
    const models = await runCli(cwd, ["guard", "--staged"]);
    expect(models.code, models.stderr).toBe(0);
    expect(models.stdout + models.stderr).toBe("");
  });

  it("Django with a config: the project's code is not read; a second leaf is refused, a models.py commit is not looked at", async () => {
    const cwd = tempTree({
      ...djangoProject({ "0002_post_title.py": title }),
      "lockstep.config.json": '{ "databases": [{ "name": "main", "dir": ".", "layout": "django" }] }\n',
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    writeFileSync(join(cwd, "blog/models.py"), "from django.db import models\n");
    git("add", "-A");
    const models = await runCli(cwd, ["guard", "--staged"]);
    expect(models.code, models.stderr).toBe(0);
    expect(models.stdout + models.stderr).toBe("");
    // A second 0002 beside the applied one: after merging, blog would have two leaves.
    writeFileSync(join(cwd, "blog/migrations/0002_post_slug.py"), slug);
    git("add", "-A");
    const two = await runCli(cwd, ["guard", "--staged"]);
    expect(two.code).toBe(1);
    expect(two.stdout + two.stderr).toContain("multiple-heads");
    expect(two.stdout + two.stderr).toContain("0002_post_slug, 0002_post_title in blog");
    expect(two.stdout + two.stderr).toContain('make 0002_post_slug depend on ("blog", "0002_post_title")');
  });

  it("Alembic: a revision on an older one than the head is refused as a second head", async () => {
    const ten = chain(10);
    const cwd = tempTree(alembicProject(ten));
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    const fork = { rev: "f0f0f0000006", down: `"${ten[5]?.rev}"`, slug: "fork", table: "fork" };
    writeFileSync(join(cwd, revisionPath(fork)), revisionFile(fork));
    git("add", "-A");
    const guard = await runCli(cwd, ["guard", "--staged"]);
    expect(guard.code).toBe(1);
    expect(guard.stdout + guard.stderr).toContain(`multiple-heads  ${revisionPath(fork)}:9`);
  });
});
