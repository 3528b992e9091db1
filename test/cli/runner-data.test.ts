import { describe, expect, it } from "vitest";
import { PYTHON } from "../helpers/alembic-project.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

// Replay with data and idempotent double runs through a runner, with the real Alembic and lockstep's
// modules runner. One Alembic project holds every case, so the tool starts as few times as it can.

/** env.py reading `-x db`, with foreign keys on for every connection (SQLAlchemy's recipe for SQLite). */
const ENV_PY = `from alembic import context
from sqlalchemy import create_engine, event

url = context.get_x_argument(as_dictionary=True).get("db") or context.config.get_main_option("sqlalchemy.url")
engine = create_engine(url)


@event.listens_for(engine, "connect")
def foreign_keys_on(connection, record):
    connection.execute("PRAGMA foreign_keys=ON")


with engine.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
`;

const py = (lines: string[]) => lines.map((l) => `    ${l}`).join("\n");

function revision(rev: string, down: string, slug: string, upgrade: string[], downgrade: string[]) {
  return {
    [`migrations/versions/${rev}_${slug}.py`]: `"""${slug}"""
from alembic import op
import sqlalchemy as sa

revision = "${rev}"
down_revision = ${down}
branch_labels = None
depends_on = None


def upgrade():
${py(upgrade)}


def downgrade():
${py(downgrade)}
`,
  };
}

/** The hand-written rebuild of `table` (one column added), its copy `columns`. */
const rebuild = (table: string, create: string, columns: string) => [
  `op.execute("CREATE TABLE ${table}_new (${create})")`,
  `op.execute("INSERT INTO ${table}_new (${columns}) SELECT ${columns} FROM ${table}")`,
  `op.execute("DROP TABLE ${table}")`,
  `op.execute("ALTER TABLE ${table}_new RENAME TO ${table}")`,
];

const offOn = (value: "OFF" | "ON") => [
  "with op.get_context().autocommit_block():",
  `    op.execute("PRAGMA foreign_keys=${value}")`,
];

const ALEMBIC = {
  "alembic.ini": "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///app.db\n",
  "migrations/env.py": ENV_PY,
  ...revision(
    "r01",
    "None",
    "init",
    [
      'op.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT)")',
      'op.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE, title TEXT)")',
      'op.execute("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")',
      'op.execute("CREATE TABLE chapters (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE)")',
    ],
    ["chapters", "books", "posts", "authors"].map((t) => `op.execute("DROP TABLE ${t}")`),
  ),
  // With foreign keys on, the DROP TABLE of the rebuild deletes every author, and the cascade every post.
  ...revision(
    "r02",
    '"r01"',
    "authors_email",
    rebuild("authors", "id INTEGER PRIMARY KEY, name TEXT, email TEXT", "id, name"),
    ['op.execute("ALTER TABLE authors DROP COLUMN email")'],
  ),
  // The near miss: the same rebuild with foreign keys off, the way the finding's fix says.
  ...revision(
    "r03",
    '"r02"',
    "books_isbn",
    [
      ...offOn("OFF"),
      ...rebuild("books", "id INTEGER PRIMARY KEY, title TEXT NOT NULL, isbn TEXT", "id, title"),
      ...offOn("ON"),
    ],
    ['op.execute("ALTER TABLE books DROP COLUMN isbn")'],
  ),
  // Alembic's batch mode drops and remakes the table itself: no DROP TABLE in the file.
  ...revision(
    "r04",
    '"r03"',
    "authors_bio",
    [
      'with op.batch_alter_table("authors", recreate="always") as batch:',
      '    batch.add_column(sa.Column("bio", sa.Text()))',
    ],
    ['op.execute("ALTER TABLE authors DROP COLUMN bio")'],
  ),
  // Generated rows repeat a value in a NOT NULL column nothing declares unique.
  ...revision(
    "r05",
    '"r04"',
    "unique_titles",
    ['op.execute("CREATE UNIQUE INDEX books_title ON books (title)")'],
    ['op.execute("DROP INDEX books_title")'],
  ),
  ...revision(
    "r06",
    '"r05"',
    "settings",
    [
      "# lockstep:idempotent",
      'op.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)")',
      "op.execute(\"INSERT OR IGNORE INTO settings (key, value) VALUES ('theme', 'dark')\")",
    ],
    ['op.execute("DROP TABLE settings")'],
  ),
  ...revision(
    "r07",
    '"r06"',
    "log",
    ["# lockstep:idempotent", 'op.execute("CREATE TABLE log (line TEXT)")'],
    ['op.execute("DROP TABLE log")'],
  ),
  "lockstep.config.json": JSON.stringify({
    databases: [
      {
        name: "app",
        dir: "migrations/versions",
        data: true,
        runner: {
          preset: "alembic",
          up: `${PYTHON} -m alembic -x db=sqlite:///{db} upgrade {revision}`,
          down: `${PYTHON} -m alembic -x db=sqlite:///{db} downgrade {down}`,
        },
      },
    ],
  }),
};

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"]);
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    data: db.data,
    steps: db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map((f: Record<string, string>) => ({
      rule: f.rule,
      version: f.version,
      line: f.line,
      message: f.message,
    })),
  };
}

describe("replay with data through Alembic, with the real Alembic", () => {
  it("finds the cascade of a rebuild with foreign keys on, the data-only failure and the revision that is not idempotent; the rebuild done right gives nothing", async () => {
    const result = await replay(tempTree(ALEMBIC));
    expect(result.data).toBe(true);
    expect(result.steps).toEqual(
      ["r01", "r02", "r03", "r04", "r05", "r06", "r07"].map((v) => `${v} ok ok ok`),
    );
    expect(result.findings.map((f: { rule: string; version: string }) => `${f.rule} ${f.version}`)).toEqual([
      "data-loss r02",
      "data-loss r04",
      "up-failed r05",
      "not-idempotent r07",
    ]);
    const [hand, batch, unique, twice] = result.findings;
    // The DROP TABLE inside op.execute(…), at its line; the fix is Alembic's own (the near miss r03 takes it).
    expect(hand.line).toBe(14);
    expect(hand.message).toContain('loses 3 of its 3 rows of table "posts"');
    expect(hand.message).toContain('DROP TABLE "authors" at migrations/versions/r02_authors_email.py:14');
    expect(hand.message).toContain("with op.get_context().autocommit_block():");
    expect(batch.line).toBe(12);
    expect(batch.message).toContain(
      'the up rebuilds "authors" (migrations/versions/r04_authors_bio.py:12 names it)',
    );
    expect(unique.message).toContain("the up of r05 fails on a database with data");
    expect(unique.message).toContain("UNIQUE constraint failed: books.title");
    expect(unique.message).toContain("it passes on an empty database");
    expect(twice.message).toContain("applied a second time by Alembic");
    expect(twice.message).toContain("table log already exists");
    expect(twice.message).toContain("`# lockstep:idempotent`");
    expect(result.code).toBe(1);
  });
});

const modules = (files: Record<string, string>) =>
  tempTree({
    ...Object.fromEntries(Object.entries(files).map(([name, up]) => [`migrations/${name}`, up])),
    "lockstep.config.json": JSON.stringify({
      databases: [{ name: "app", dir: "migrations", layout: "plain", runner: "modules", data: true }],
    }),
  });

const mod = (marker: boolean, up: string[], down: string) =>
  `${marker ? "// lockstep:idempotent\n" : ""}export function up(db) {\n${up.map((s) => `  db.exec(${JSON.stringify(s)});\n`).join("")}}\nexport function down(db) {\n  db.exec(${JSON.stringify(down)});\n}\n`;

describe("idempotent modules, called by lockstep's modules runner", () => {
  it("runs a marked module's up twice: CREATE TABLE IF NOT EXISTS passes, a plain CREATE TABLE and a plain INSERT do not", async () => {
    const result = await replay(
      modules({
        "0001_settings.js": mod(
          true,
          [
            "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)",
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('theme', 'dark')",
          ],
          "DROP TABLE settings",
        ),
        "0002_log.js": mod(true, ["CREATE TABLE log (line TEXT)"], "DROP TABLE log"),
        "0003_boot.js": mod(
          true,
          ["CREATE TABLE IF NOT EXISTS boots (at TEXT)", "INSERT INTO boots (at) VALUES ('now')"],
          "DROP TABLE boots",
        ),
        "0004_plain.js": mod(false, ["CREATE TABLE plain (id INTEGER)"], "DROP TABLE plain"),
      }),
    );
    expect(result.steps).toEqual(["0001 ok ok ok", "0002 ok ok ok", "0003 ok ok ok", "0004 ok ok ok"]);
    expect(result.findings.map((f: { rule: string; version: string }) => `${f.rule} ${f.version}`)).toEqual([
      "not-idempotent 0002",
      "not-idempotent 0003",
    ]);
    expect(result.findings[0].message).toContain("table log already exists");
    expect(result.findings[1].message).toContain("the rows of `boots` (1 added, 0 removed or changed)");
    // The whole up changed it: the finding points at the file's claim.
    expect(result.findings[1].line).toBe(1);
    expect(result.findings[1].message).toContain("`// lockstep:idempotent`");
  });
});

describe("replay with data through lockstep's modules runner", () => {
  it("finds the cascade of a rebuild inside up(db)'s transaction, with the fix for a runner of modules", async () => {
    const result = await replay(
      modules({
        "0001_init.js": mod(
          false,
          [
            "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id) ON DELETE CASCADE)",
          ],
          "DROP TABLE posts; DROP TABLE authors",
        ),
        "0002_rebuild.js": mod(
          false,
          [
            "PRAGMA foreign_keys = OFF",
            "CREATE TABLE authors_new (id INTEGER PRIMARY KEY, name TEXT, email TEXT)",
            "INSERT INTO authors_new (id, name) SELECT id, name FROM authors",
            "DROP TABLE authors",
            "ALTER TABLE authors_new RENAME TO authors",
          ],
          "ALTER TABLE authors DROP COLUMN email",
        ),
      }),
    );
    expect(result.findings.map((f: { rule: string; version: string }) => `${f.rule} ${f.version}`)).toEqual([
      "data-loss 0002",
    ]);
    expect(result.findings[0].line).toBe(5);
    expect(result.findings[0].message).toContain('DROP TABLE "authors" at migrations/0002_rebuild.js:5');
    expect(result.findings[0].message).toContain(
      "turn foreign keys off on the connection before the migration's transaction begins",
    );
  });
});
