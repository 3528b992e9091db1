import { spawnSync } from "node:child_process";

// Alembic and Django projects for the tests, and the real tools to confirm what lockstep reads in them.
// Debian's python3-alembic, python3-sqlalchemy and python3-django are seen by /usr/bin/python3 only.
export const PYTHON = "/usr/bin/python3";

const probe = spawnSync(PYTHON, ["-c", "import alembic, sqlalchemy, django"], { encoding: "utf8" });
if (probe.status !== 0)
  throw new Error(
    `the tests confirm Alembic and Django fixtures with the real tools: apt-get install python3-alembic python3-sqlalchemy python3-django (${probe.stderr || probe.error?.message})`,
  );

/** `python3 -m alembic …` in `cwd`; its output, whatever the exit code. */
export function alembic(cwd: string, ...args: string[]) {
  const run = spawnSync(PYTHON, ["-m", "alembic", ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** `python3 manage.py …` in `cwd`. */
export function manage(cwd: string, ...args: string[]) {
  const run = spawnSync(PYTHON, ["manage.py", ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** env.py reading the database URL from `-x db=…`, the recipe of Alembic's get_x_argument docs. */
const ENV_PY = `from alembic import context
from sqlalchemy import create_engine

url = context.get_x_argument(as_dictionary=True).get("db") or context.config.get_main_option("sqlalchemy.url")
with create_engine(url).connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
`;

const MAKO = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
"""
from alembic import op

revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
branch_labels = \${repr(branch_labels)}
depends_on = \${repr(depends_on)}


def upgrade():
    \${upgrades if upgrades else "pass"}


def downgrade():
    \${downgrades if downgrades else "pass"}
`;

export interface RevisionSpec {
  rev: string;
  /** Python source of the down_revision value: `None`, `"abc"`, `("a", "b")`. */
  down: string;
  slug: string;
  table?: string;
  /** Annotated variables and single quotes, as newer templates and other teams write them. */
  style?: "plain" | "annotated";
  emptyDown?: boolean;
}

export function revisionFile(spec: RevisionSpec): string {
  const ann = spec.style === "annotated";
  const q = (s: string) => (ann ? s.replaceAll('"', "'") : s);
  const upgrade = spec.table ? `op.execute("CREATE TABLE ${spec.table} (id INTEGER PRIMARY KEY)")` : "pass";
  const downgrade = spec.table && !spec.emptyDown ? `op.execute("DROP TABLE ${spec.table}")` : "pass";
  return `"""${spec.slug.replaceAll("_", " ")}

Revision ID: ${spec.rev}
"""
from alembic import op

# revision identifiers, used by Alembic.
revision${ann ? ": str" : ""} = ${q(`"${spec.rev}"`)}
down_revision${ann ? ": str | tuple[str, ...] | None" : ""} = ${q(spec.down)}
branch_labels = None
depends_on = None


def upgrade():
    ${upgrade}


def downgrade():
    ${downgrade}
`;
}

export const revisionPath = (spec: RevisionSpec) => `migrations/versions/${spec.rev}_${spec.slug}.py`;

/** An Alembic project: alembic.ini (script_location = migrations, SQLite), env.py, the template, the revisions. */
export function alembicProject(revisions: RevisionSpec[]): Record<string, string> {
  const files: Record<string, string> = {
    "alembic.ini": "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///app.db\n",
    "migrations/env.py": ENV_PY,
    "migrations/script.py.mako": MAKO,
  };
  for (const r of revisions) files[revisionPath(r)] = revisionFile(r);
  return files;
}

/** A chain of `count` revisions r01…, each creating a table t01…, the first one's down_revision None. */
export function chain(count: number, prefix = "a"): RevisionSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return {
      rev: `${prefix}${n}f0c0de${n}`,
      down: i === 0 ? "None" : `"${prefix}${String(i).padStart(2, "0")}f0c0de${String(i).padStart(2, "0")}"`,
      slug: `create_t${n}`,
      table: `t${prefix}${n}`,
    };
  });
}
