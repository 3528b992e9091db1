// A repository a hostile or careless pull request could produce: secrets next to it, names and messages
// that try to write workflow commands, terminal escapes, Markdown and Mermaid that try to break out, a
// submodule and a FIFO among the migrations, a damaged lock file, and a statement that never ends.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repository } from "../action/harness.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** What `actions/checkout` persists in `.git/config`: the job's token, base64, in an extra header. */
export const HEADER_SECRET = Buffer.from("x-access-token:ghs_headerSecretFromCheckout0123").toString(
  "base64",
);
/** A secret in the environment of every process, as a runner's inputs are. */
export const ENV_SECRET = "envSecretOfTheRunner-7f3a9c";

export const ESC = "\x1b";

/** Log lines a repository's text tries to start. */
export const INJECTED = [
  "::add-mask::lockstep",
  "::stop-commands::pwned",
  "::error file=README.md,line=1::pwned",
  "##[error]pwned",
];

const identifier = `users\n${INJECTED.join("\r\n")}\n`;
const terminal = `${ESC}]0;window title${ESC}\\ ${ESC}[31mred${ESC}[0m ${ESC}]8;;https://example.com${ESC}\\link${ESC}]8;;${ESC}\\`;
const longName = `t${"x".repeat(70_000)}`;

/** The hostile migrations of the pull request: they replay, and several of them fail on purpose. */
export const hostileMigrations: Record<string, string> = {
  "db/app/0002_names.up.sql": [
    `-- ${terminal}`,
    `CREATE TABLE "${identifier}" (id INTEGER PRIMARY KEY, "a\nb" TEXT);`,
    `CREATE TABLE "end" (id INTEGER PRIMARY KEY, "%%{init: {'theme':'dark'}}%%" INTEGER REFERENCES "end" (id));`,
    'CREATE TABLE "[x](javascript:alert(1)) @octo-org/core #1 a|b `c`" (id INTEGER PRIMARY KEY);',
    `CREATE TABLE "${longName}" (id INTEGER PRIMARY KEY);`,
    "",
  ].join("\n"),
  // The down forgets a table and fails on a name that carries the injection into SQLite's own message.
  "db/app/0002_names.down.sql": [
    `DROP TABLE "${identifier}";`,
    'DROP TABLE "end";',
    `DROP TABLE "${longName}";`,
    `DROP TABLE "missing\n::error::from sqlite ${terminal}";`,
    "",
  ].join("\n"),
  "db/app/0003_x\n::warning::from a file name.up.sql": "CREATE TABLE three (id INTEGER PRIMARY KEY);\n",
  "db/app/0003_x\n::warning::from a file name.down.sql": "DROP TABLE three;\n",
  "db/slow/0002_forever.up.sql": [
    "CREATE TABLE counted (n INTEGER);",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;",
    "",
  ].join("\n"),
  "db/slow/0002_forever.down.sql": "DROP TABLE counted;\n",
};

export const baseMigrations: Record<string, string> = {
  "db/app/0001_users.up.sql": "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "db/app/0001_users.down.sql": "DROP TABLE accounts;\n",
  "db/slow/0001_start.up.sql": "CREATE TABLE start (id INTEGER PRIMARY KEY);\n",
  "db/slow/0001_start.down.sql": "DROP TABLE start;\n",
};

/** Each statement may run this long before it is a `timeout` finding. */
export const TIMEOUT_SECONDS = 0.3;

export const config = {
  databases: [
    { name: "app", dir: "db/app", layout: "golang-migrate" },
    { name: "slow", dir: "db/slow", layout: "golang-migrate" },
  ],
  timeout: TIMEOUT_SECONDS,
};

/** A git repository with a one-commit submodule, to be added inside the migrations. */
function submoduleSource(): string {
  const dir = tempTree({
    "README.md": "vendored\n",
    "0009_vendored.up.sql": "CREATE TABLE v (id INTEGER);\n",
  });
  const git = gitIn(dir);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "vendored");
  return dir;
}

/**
 * main: the two databases' first migrations, locked, with the checkout's persisted token in .git/config.
 * feature: the hostile migrations, a submodule inside db/app, locked again.
 */
export async function hostileRepository(lock: (cwd: string) => Promise<void>) {
  const r = repository({
    "lockstep.config.json": `${JSON.stringify(config, null, 2)}\n`,
    ...baseMigrations,
  });
  r.git("config", "http.https://github.com/.extraheader", `AUTHORIZATION: basic ${HEADER_SECRET}`);
  await lock(r.cwd);
  const base = r.commit({}, "applied");
  r.git("checkout", "-q", "-b", "feature");
  r.write(hostileMigrations);
  const added = spawnSync(
    "git",
    ["-c", "protocol.file.allow=always", "submodule", "add", "-q", submoduleSource(), "db/app/vendor"],
    { cwd: r.cwd, encoding: "utf8" },
  );
  if (added.status !== 0) throw new Error(`git submodule add: ${added.stderr}`);
  await lock(r.cwd);
  const head = r.commit({}, "hostile");
  return { ...r, base, head };
}

/** A FIFO named like a migration: nothing may block on it. */
export function addFifo(dir: string, name: string): void {
  mkdirSync(dir, { recursive: true });
  const made = spawnSync("mkfifo", [join(dir, name)]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** A private temporary directory for a process, to prove it leaves nothing behind. */
export function privateTmp(): string {
  const dir = tempTree({});
  writeFileSync(join(dir, ".keep"), "");
  return dir;
}
