import {
  type Evidence,
  folderOf,
  joinInRepo,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import type { MigrationSet } from "../migration.js";
import { djangoAfterApplied, isDjangoMigration, readDjango } from "./django-graph.js";
import type { Cell, ToolDescriptor, TrackedRow } from "./tool.js";
import { text } from "./tracked-rows.js";

const REPO = "https://github.com/django/django/blob/main";
const DOCS = "https://docs.djangoproject.com/en/stable";
const MIGRATION_CLASS = /^class Migration\(/m;

const MERGE = "merge the base, then run `python manage.py makemigrations --merge` and `lockstep lock`";

/**
 * A Django project is one set: its `dir` is the folder holding manage.py, and every app's `migrations/`
 * below it is read, because all apps migrate one database and depend on each other's migrations.
 */
export const django = {
  id: "django",
  name: "Django",
  title: "Django",
  detect: {
    priority: 7,
    evidence: (files) =>
      files.some(({ name, folder }) => name === "manage.py" && folder === "")
        ? files.filter(({ file }) => isDjangoMigration(file.rel) && MIGRATION_CLASS.test(file.text ?? ""))
            .length
        : 0,
    reason: () =>
      "a Django project (manage.py) with `<app>/migrations/` modules, ordered by their dependencies",
  },
  reads: {
    files: "the `<app>/migrations/<name>.py` modules of every app below manage.py",
    only: isDjangoMigration,
  },
  read: (files, context) => readDjango(files, context.applied),
  order: { by: "listed", how: "Django applies migrations along their dependencies, across apps" },
  downs: "never",
  // The executor runs each migration in schema_editor(atomic=migration.atomic); SQLite rolls DDL back.
  transaction: { wraps: "each-file", optOut: "set `atomic = False` on the Migration class" },
  graph: { afterApplied: djangoAfterApplied },
  // Django 3.2–5.x: MigrationLoader, MigrationRecorder and the migrate command.
  applied: {
    outOfOrder: {
      does: 'applies every migration django_migrations does not record, in dependency order; one recorded before a dependency it has stops `migrate` ("Migration … is applied before its dependency …", InconsistentMigrationHistory)',
      source: `${REPO}/django/db/migrations/loader.py`, // check_consistent_history()
    },
    duplicate: {
      does: "knows a migration by its app label and module name: two apps may each have a 0002_x, one app cannot",
      source: `${REPO}/django/db/migrations/recorder.py`, // Migration model: app, name, applied
    },
    renamed: {
      does: "knows a migration by app and module name: a renamed file is a new migration that `migrate` applies again, while django_migrations keeps the old name",
      source: `${REPO}/django/db/migrations/recorder.py`, // applied_migrations(): {(app, name)}
    },
    edited: {
      does: "records only the app, the name and when it ran: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/django/db/migrations/recorder.py`, // Migration model: app, name, applied
    },
    deleted: {
      does: 'ignores a recorded migration with no file, unless another migration depends on it: the graph then fails ("dependencies reference nonexistent parent node", NodeNotFoundError)',
      source: `${REPO}/django/db/migrations/graph.py`, // validate_consistency(): NodeNotFoundError
    },
  },
  configs: [
    {
      shown: "manage.py with settings.py",
      matches: (name) => name === "manage.py",
      sources: ["settings.py"],
      read: readManagePy,
    },
  ],
  tracking: {
    tables: ["django_migrations"],
    stores: "one row per applied migration: `app`, `name`, `applied`; unapplying deletes its row",
    source: `${REPO}/django/db/migrations/recorder.py`, // MigrationRecorder.Migration: db_table "django_migrations"
    reader: {
      table: "django_migrations",
      query: "SELECT app, name FROM django_migrations",
      rows: djangoRows,
      key: (m) => (m.step?.app && m.step.stem ? `${m.step.app}.${m.step.stem}` : m.version),
      missing:
        '`manage.py migrate` leaves a recorded migration with no file alone (`showmigrations` does not list it), unless a migration on disk depends on it: then the graph fails ("dependencies reference nonexistent parent node", NodeNotFoundError)',
      // applied_migrations(): (app, name) pairs; loader.py build_graph(): a squashed one is applied when all it replaces are.
      source: `${REPO}/django/db/migrations/loader.py`,
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    refuse: {
      new: "is a Django project: run `python manage.py makemigrations APP` (or `--empty APP` for a data migration), then `lockstep lock`",
      renumber:
        "is a Django project, ordered by dependencies: two leaf migrations of one app are joined by `python manage.py makemigrations --merge`, not renumbered",
      change: "`python manage.py makemigrations`",
      clash: MERGE,
      early: MERGE,
    },
  },
  // `migrate APP NAME` brings the app to NAME, unapplying later ones; `zero` unapplies all of the app's.
  // No `to`: migrating one app to a migration does not apply the other apps' migrations ordered before it.
  code: true,
  runner: {
    up: "python manage.py migrate {app} {stem}",
    down: "python manage.py migrate {app} {previous}",
    first: "zero",
    placeholders: ["app"],
    source: `${DOCS}/ref/django-admin/#migrate`,
  },
} as const satisfies ToolDescriptor;

/** Django's own backends by their module's last part, as messages name the database. */
const BACKENDS: Record<string, string> = { postgresql: "PostgreSQL", mysql: "MySQL", oracle: "Oracle" };

const SETTINGS_MODULE = /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/;
const ENGINE = /["']ENGINE["']\s*:\s*["']([\w.]+)["']/;

/** manage.py names the settings module; its DATABASES ENGINE says which database the project migrates. */
function readManagePy(config: RepoText, sources: readonly RepoText[]): SetClaim[] {
  const lines = config.text.split("\n");
  const at = lines.findIndex((l) => SETTINGS_MODULE.test(l));
  if (at === -1) return [];
  const module = SETTINGS_MODULE.exec(lines[at] as string)?.[1] as string;
  const folder = folderOf(config.path);
  const evidence: Evidence[] = [
    { file: config.path, line: at + 1, says: `sets DJANGO_SETTINGS_MODULE to ${module}` },
  ];
  const settingsPath = joinInRepo(folder, `${module.replaceAll(".", "/")}.py`);
  const settings = sources.find((s) => s.path === settingsPath);
  const engineLine = settings?.text.split("\n").findIndex((l) => ENGINE.test(l)) ?? -1;
  const engine =
    engineLine === -1 ? undefined : ENGINE.exec(settings?.text.split("\n")[engineLine] ?? "")?.[1];
  if (settings && engine)
    evidence.push({ file: settings.path, line: engineLine + 1, says: `says DATABASES ENGINE ${engine}` });
  const dialect = !engine ? "unstated" : engine === "django.db.backends.sqlite3" ? "sqlite" : "other";
  return [
    {
      dir: folder || ".",
      written: folder || ".",
      layout: "django",
      tool: "Django",
      dialect,
      ...(dialect === "other" ? { dialectName: BACKENDS[engine?.split(".").pop() ?? ""] ?? engine } : {}),
      evidence,
    },
  ];
}

/**
 * django_migrations as MigrationLoader reads it: rows of apps the repository has no migrations of are the
 * installed packages' (django.contrib.auth, contenttypes, …), not this set's; a squashed migration is applied
 * when every migration it replaces is recorded (its own row does not count), and the rows of the migrations
 * it replaces are its, not missing.
 */
function djangoRows(rows: Cell[][], set: MigrationSet): TrackedRow[] {
  const apps = new Set(set.migrations.flatMap((m) => (m.step?.app ? [m.step.app] : [])));
  const squashed = set.migrations.filter((m) => m.replaces && m.replaces.length > 0);
  const replaced = new Set(squashed.flatMap((m) => m.replaces ?? []));
  const squashes = new Set(squashed.map((m) => m.version));
  const recorded = new Set(
    rows.filter((r) => apps.has(text(r[0]))).map((r) => `${text(r[0])}.${text(r[1])}`),
  );
  const out = [...recorded].filter((key) => !replaced.has(key) && !squashes.has(key)).map((key) => ({ key }));
  for (const m of squashed)
    if ((m.replaces ?? []).every((r) => recorded.has(r))) out.push({ key: m.version });
  return out;
}
