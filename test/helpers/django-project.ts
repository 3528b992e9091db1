// A Django project for the tests: two apps, a dependency across them and one on the user model, SQLite.

const MANAGE_PY = `#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
`;

const SETTINGS = `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "test"
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "blog", "shop"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DB", BASE_DIR / "db.sqlite3"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
`;

/** A migration module: its dependencies (Python source of the list's items) and operations. */
export function djangoMigration(deps: string[], operations: string, initial = false): string {
  return `from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
${initial ? "\n    initial = True\n" : ""}
    dependencies = [
${deps.map((d) => `        ${d},\n`).join("")}    ]

    operations = [
${operations}
    ]
`;
}

const post = (fields: string) => `from django.db import models


class Post(models.Model):
    body = models.TextField()
${fields}`;

const CREATE_POST = `        migrations.CreateModel(
            name="Post",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("body", models.TextField()),
            ],
        ),`;

const CREATE_ORDER = `        migrations.CreateModel(
            name="Order",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("post", models.ForeignKey(on_delete=models.deletion.CASCADE, to="blog.post")),
                ("buyer", models.ForeignKey(on_delete=models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
        ),`;

export const addField = (name: string) => `        migrations.AddField(
            model_name="post",
            name="${name}",
            field=models.TextField(default=""),
        ),`;

/**
 * The project with blog 0001 and shop 0001 (after blog 0001 and the user model); `extra` adds blog
 * migrations after 0001 (file name → module text), and `fields` what blog's models then declare.
 */
export function djangoProject(extra: Record<string, string> = {}, fields = ""): Record<string, string> {
  const files: Record<string, string> = {
    "manage.py": MANAGE_PY,
    "mysite/__init__.py": "",
    "mysite/settings.py": SETTINGS,
    "blog/__init__.py": "",
    "blog/models.py": post(fields),
    "blog/migrations/__init__.py": "",
    "blog/migrations/0001_initial.py": djangoMigration([], CREATE_POST, true),
    "shop/__init__.py": "",
    "shop/models.py": `from django.conf import settings
from django.db import models


class Order(models.Model):
    post = models.ForeignKey("blog.Post", on_delete=models.CASCADE)
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
`,
    "shop/migrations/__init__.py": "",
    "shop/migrations/0001_initial.py": djangoMigration(
      ["migrations.swappable_dependency(settings.AUTH_USER_MODEL)", '("blog", "0001_initial")'],
      CREATE_ORDER,
      true,
    ),
  };
  for (const [name, text] of Object.entries(extra)) files[`blog/migrations/${name}`] = text;
  return files;
}
