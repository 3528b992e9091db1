// Three pull request comments made the way lockstep makes them (check, in process, from source, on a real git
// repository): the example branch, a medium branch with failing downs, and a whole real-world history.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { main } from "../../src/cli/main.js";
import { PLAIN } from "../../src/core/render/style.js";
import { CORPORA, present } from "./corpora.js";
import { gitEnv } from "./git.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXAMPLES = join(ROOT, "migrations");

export interface CommentCase {
  name: string;
  /** Why the case is not there (the large one needs the corpora). */
  missing?: string;
  markdown?: () => Promise<string>;
}

async function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    style: PLAIN,
  });
  return { code, stdout, stderr };
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/**
 * A repository whose main holds `base`, with a branch adding `branch` on top (each a function writing files
 * into the work tree), locked on both sides; returns `check --base main`'s Markdown.
 */
async function branchComment(
  base: (cwd: string) => void,
  branch: (cwd: string) => void,
  lockArgs: string[] = [],
  lockBase = true,
): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), "lockstep-comment-"));
  const git = (...args: string[]) => {
    const run = spawnSync("git", args, { cwd, encoding: "utf8", env: gitEnv() });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${run.stderr}`);
  };
  const lock = async () => {
    const run = await cli(cwd, ["lock", ...lockArgs]);
    if (run.code !== 0) throw new Error(`lockstep lock failed: ${run.stderr}`);
  };
  try {
    git("init", "-q", "-b", "main");
    base(cwd);
    if (lockBase) await lock();
    git("add", "-A");
    git("commit", "-q", "-m", "main");
    git("checkout", "-q", "-b", "feature");
    branch(cwd);
    await lock();
    git("add", "-A");
    git("commit", "-q", "-m", "feature");
    const run = await cli(cwd, ["check", "--base", "main", "--format", "markdown"]);
    if (run.code > 1 || !run.stdout) throw new Error(`lockstep check failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function copyExamples(cwd: string, keep: (version: string) => boolean): void {
  mkdirSync(join(cwd, "migrations"), { recursive: true });
  for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith(".sql"))) {
    if (keep(f.split("_")[0] ?? "")) cpSync(join(EXAMPLES, f), join(cwd, "migrations", f));
  }
}

/** docs/example-comment.md's branch: the last three example migrations on top of the others. */
function small(): Promise<string> {
  const versions = [
    ...new Set(
      readdirSync(EXAMPLES)
        .filter((f) => f.endsWith(".sql"))
        .map((f) => f.split("_")[0] ?? ""),
    ),
  ].sort();
  const onBranch = new Set(versions.slice(-3));
  return branchComment(
    (cwd) => copyExamples(cwd, (v) => !onBranch.has(v)),
    (cwd) => copyExamples(cwd, () => true),
    ["migrations"],
  );
}

/** Ten new migrations on the example schema, three of whose downs fail in different ways. */
const MEDIUM: [name: string, up: string, down: string][] = [
  [
    "create_teams",
    "CREATE TABLE teams (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL UNIQUE,\n  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n",
    "DROP TABLE teams;\n",
  ],
  [
    "create_team_members",
    "CREATE TABLE team_members (\n  team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,\n  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  role TEXT NOT NULL DEFAULT 'member',\n  PRIMARY KEY (team_id, user_id)\n);\nCREATE INDEX team_members_user_id ON team_members (user_id);\n",
    "DROP TABLE team_members;\n",
  ],
  [
    "add_projects_team_id",
    "ALTER TABLE projects ADD COLUMN team_id INTEGER REFERENCES teams (id);\nCREATE INDEX projects_team_id ON projects (team_id);\n",
    // Leaves the column behind: the down does not restore the schema.
    "DROP INDEX projects_team_id;\n",
  ],
  [
    "create_attachments",
    "CREATE TABLE attachments (\n  id INTEGER PRIMARY KEY,\n  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,\n  file_name TEXT NOT NULL,\n  content_type TEXT NOT NULL,\n  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),\n  uploaded_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n",
    "DROP TABLE attachments;\n",
  ],
  [
    "add_tasks_due_date",
    "ALTER TABLE tasks ADD COLUMN due_date TEXT;\nCREATE INDEX tasks_due_date ON tasks (due_date) WHERE due_date IS NOT NULL;\n",
    "DROP INDEX tasks_due_date;\nALTER TABLE tasks DROP COLUMN due_date;\n",
  ],
  [
    "create_task_watchers",
    "CREATE TABLE task_watchers (\n  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,\n  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  PRIMARY KEY (task_id, user_id)\n) WITHOUT ROWID;\n",
    // Names a table that does not exist: the down fails outright.
    "DROP TABLE task_watcher;\n",
  ],
  [
    "create_audit_log",
    "CREATE TABLE audit_log (\n  id INTEGER PRIMARY KEY,\n  actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,\n  action TEXT NOT NULL,\n  subject TEXT NOT NULL,\n  at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\nCREATE INDEX audit_log_at ON audit_log (at);\n",
    "DROP TABLE audit_log;\n",
  ],
  [
    "add_users_timezone",
    "ALTER TABLE users ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';\n",
    // Forgotten: an empty down leaves the column.
    "-- TODO\n",
  ],
  [
    "create_notifications",
    "CREATE TABLE notifications (\n  id INTEGER PRIMARY KEY,\n  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  task_id INTEGER REFERENCES tasks (id) ON DELETE CASCADE,\n  kind TEXT NOT NULL,\n  read_at TEXT,\n  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\nCREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;\n",
    "DROP TABLE notifications;\n",
  ],
  [
    "create_open_notifications_view",
    "CREATE VIEW open_notifications AS\nSELECT n.id, n.kind, u.email, t.title\nFROM notifications AS n\nJOIN users AS u ON u.id = n.user_id\nLEFT JOIN tasks AS t ON t.id = n.task_id\nWHERE n.read_at IS NULL;\n",
    "DROP VIEW open_notifications;\n",
  ],
];

function medium(): Promise<string> {
  return branchComment(
    (cwd) => copyExamples(cwd, () => true),
    (cwd) =>
      write(
        cwd,
        Object.fromEntries(
          MEDIUM.flatMap(([name, up, down], i) => {
            const stem = `migrations/${String(12 + i).padStart(4, "0")}_${name}`;
            return [
              [`${stem}.up.sql`, up],
              [`${stem}.down.sql`, down],
            ];
          }),
        ),
      ),
    ["migrations"],
  );
}

/** A pull request bringing a whole real Drizzle history (94 migrations) into a repository. */
function large(): Promise<string> {
  const dir = "drizzle";
  return branchComment(
    (cwd) =>
      write(cwd, { "lockstep.config.json": JSON.stringify({ databases: [{ name: "karakeep", dir }] }) }),
    (cwd) => cpSync(join(CORPORA, "karakeep", dir), join(cwd, dir), { recursive: true }),
    [],
    false,
  );
}

/** A pull request bringing a whole real golang-migrate history (72 migrations, downs that fail) into a repository. */
function errors(): Promise<string> {
  const dir = "migrations/sqlite";
  return branchComment(
    (cwd) =>
      write(cwd, { "lockstep.config.json": JSON.stringify({ databases: [{ name: "pocket-id", dir }] }) }),
    (cwd) => cpSync(join(CORPORA, "pocket-id", dir), join(cwd, dir), { recursive: true }),
    [],
    false,
  );
}

export const CASES: CommentCase[] = [
  { name: "small", markdown: small },
  { name: "medium", markdown: medium },
  present
    ? { name: "large", markdown: large }
    : { name: "large", missing: `the real-world corpora are absent (${CORPORA})` },
  present
    ? { name: "errors", markdown: errors }
    : { name: "errors", missing: `the real-world corpora are absent (${CORPORA})` },
];
