import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, expectOneCleanLine, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const SECRET = "c2VjcmV0LXRva2VuLWZyb20tdGhlLWNoZWNrb3V0";
const FORMATS = ["text", "json", "markdown"] as const;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

/** The CLI in this process. */
async function run(cwd: string, args: string[]): Promise<Run> {
  return { ...(await runCli(cwd, args)), signal: null };
}

/**
 * The built CLI as a process, killed after 20 s: a read that waits on a FIFO fails the test instead of hanging
 * the suite; and /proc/self/environ is that process's own environment.
 */
function runProcess(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 20_000,
    killSignal: "SIGKILL",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function mkfifo(path: string): void {
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
}

/**
 * A git repository on a feature branch whose `.git/config` holds a checkout's persisted token (what
 * actions/checkout writes), with one applied migration on main; `config` is the branch's database entry.
 */
function repository(database: Record<string, unknown> = {}) {
  const root = tempTree({
    "repo/migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "outside.txt": `outside ${SECRET}\n`,
  });
  const cwd = join(root, "repo");
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  git("config", "http.https://github.com/.extraheader", `AUTHORIZATION: basic ${SECRET}`);
  git("add", "-A");
  git("commit", "-q", "-m", "applied");
  git("checkout", "-q", "-b", "feature");
  writeConfig(cwd, database);
  return { cwd, git };
}

function writeConfig(cwd: string, database: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const config = { databases: [{ name: "m", dir: "migrations", ...database }], ...extra };
  writeFileSync(join(cwd, "lockstep.config.json"), JSON.stringify(config));
}

/** Exit 2, one clean line on stderr naming `parts`, nothing on stdout, and the secret nowhere. */
function expectRefused(r: Run, ...parts: string[]): void {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expectOneCleanLine(r.stderr, ...parts);
  expect(r.stderr).not.toContain("internal error");
  expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
}

describe("paths in the config stay inside the repository", () => {
  it.each([
    ["order", ".git/config", "inside .git/"],
    ["baseline", ".git/config", "inside .git/"],
    ["functions", ".git/config", "inside .git/"],
    ["dir", ".git", "inside .git/"],
    ["baseline", "../outside.txt", "outside the repository"],
    ["dir", "..", "outside the repository"],
  ])('"%s": "%s" is refused by replay and check in every format', async (key, path, why) => {
    const { cwd } = repository({ [key]: path });
    for (const format of FORMATS) {
      expectRefused(
        await run(cwd, ["replay", "--format", format]),
        `database "m": "${key}"`,
        `"${path}"`,
        why,
      );
      expectRefused(await run(cwd, ["check", "--base", "main", "--format", format]), `"${key}"`, why);
    }
  });

  it("a symlink in the repository pointing outside it, or into .git, is refused", async () => {
    const { cwd } = repository({ order: "order.txt" });
    symlinkSync(join(cwd, "../outside.txt"), join(cwd, "order.txt"));
    expectRefused(await run(cwd, ["replay"]), '"order" is "order.txt"', "a symlink to a place outside");
    rmSync(join(cwd, "order.txt"));
    symlinkSync(".git/config", join(cwd, "order.txt"));
    expectRefused(await run(cwd, ["replay"]), '"order" is "order.txt"', "inside .git/");
    symlinkSync(join(cwd, ".git"), join(cwd, "linked"));
    writeConfig(cwd, { baseline: "linked/config" });
    expectRefused(await run(cwd, ["lock", "--check"]), '"baseline" is "linked/config"', "inside .git/");
  });

  it("/proc/self/environ as the order never prints the environment", () => {
    const { cwd } = repository({ order: "/proc/self/environ" });
    for (const format of FORMATS) {
      const r = runProcess(cwd, ["replay", "--format", format], { "INPUT_GITHUB-TOKEN": SECRET });
      expectRefused(r, '"order" is "/proc/self/environ"', "outside the repository");
    }
  });

  it("a FIFO, a directory or a device as a config path is refused without waiting", async () => {
    const { cwd } = repository({ order: "order.fifo" });
    mkfifo(join(cwd, "order.fifo"));
    expectRefused(
      runProcess(cwd, ["replay"]),
      '"order" is "order.fifo"',
      "a FIFO (named pipe), not a regular file",
    );
    mkfifo(join(cwd, "base.fifo"));
    writeConfig(cwd, { baseline: "base.fifo" });
    expectRefused(runProcess(cwd, ["check", "--base", "main"]), '"baseline" is "base.fifo"', "a FIFO");
    writeConfig(cwd, { functions: "base.fifo" });
    expectRefused(runProcess(cwd, ["replay"]), '"functions" is "base.fifo"', "a FIFO");
    writeConfig(cwd, { order: "migrations" });
    expectRefused(await run(cwd, ["replay"]), '"order" is "migrations"', "a directory, not a regular file");
    writeConfig(cwd, { baseline: "dev-null" });
    symlinkSync("/dev/null", join(cwd, "dev-null"));
    expectRefused(await run(cwd, ["replay"]), '"baseline" is "dev-null"', "outside the repository");
  });
});

describe("what a finding quotes of a file is one line, bounded", () => {
  // A file of the repository that is not SQL, with the secret on a later line, as a baseline: SQLite stops
  // at its first line. With no semicolon the whole file is one statement, and an unterminated string
  // literal is one token to the end of the file.
  it.each([
    ["[core]\n\tbare = false\n[http]\n\textraheader = AUTHORIZATION: basic SECRET\n", "near"],
    ["'unterminated\nextraheader = AUTHORIZATION: basic SECRET\n", "unrecognized token"],
  ])("a baseline %j that fails shows its first line only", async (text, sqlite) => {
    const { cwd } = repository({ baseline: "schema.sql" });
    writeFileSync(join(cwd, "schema.sql"), text.replace("SECRET", SECRET));
    for (const format of FORMATS) {
      const r = await run(cwd, ["replay", "--format", format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("the baseline failed at line 1");
      expect(r.stdout).toContain(sqlite);
      expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
    }
  });

  it("a failing migration quotes its statement's first line, at most 80 characters", async () => {
    const { cwd } = repository();
    const long = `'${"x".repeat(300)}`;
    writeFileSync(join(cwd, "migrations/0002_bad.sql"), `INSERT INTO nowhere VALUES (\n'${SECRET}');\n`);
    writeFileSync(join(cwd, "migrations/0003_long.sql"), `SELECT ${long}\n${SECRET};\n`);
    const r = await run(cwd, ["replay", "--format", "json", "migrations"]);
    const findings = JSON.parse(r.stdout).databases[0].findings as { rule: string; message: string }[];
    const failed = findings.find((f) => f.rule === "up-failed");
    expect(failed?.message).toContain("(`INSERT INTO nowhere VALUES (…`): no such table: nowhere");
    expect(r.stdout).not.toContain(SECRET);
    rmSync(join(cwd, "migrations/0002_bad.sql"));
    const again = await run(cwd, ["replay", "--format", "text", "migrations"]);
    expect(again.stdout).toContain("unrecognized token");
    expect(again.stdout).not.toContain(SECRET);
    expect(again.stdout).not.toContain("x".repeat(201));
  });

  it("an order file that is not one gets a few findings, each quoting one bounded line", async () => {
    const { cwd } = repository({ order: "notes.txt" });
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1} ${i === 60 ? SECRET : ""}`);
    writeFileSync(join(cwd, "notes.txt"), `${"y".repeat(5000)}\n${lines.join("\n")}\n`);
    const r = await run(cwd, ["replay", "--format", "json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).databases[0].findings as { message: string; line?: number }[];
    expect(findings.length).toBeLessThanOrEqual(25);
    expect(findings.some((f) => f.message.includes("81 more lines (from line 21) name no migration"))).toBe(
      true,
    );
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout).not.toContain("y".repeat(201));
  });
});

describe("the config file itself", () => {
  const files = { "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n" };
  const config = JSON.stringify({ databases: [{ name: "m", dir: "migrations" }] });

  it("is read with a UTF-8 BOM", async () => {
    const cwd = tempTree({ ...files, "lockstep.config.json": `\uFEFF${config}` });
    const r = await run(cwd, ["replay"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("is refused, without waiting, when it is a FIFO: found or named with --config", () => {
    const cwd = tempTree(files);
    mkfifo(join(cwd, "lockstep.config.json"));
    expectRefused(runProcess(cwd, ["replay"]), 'the config is "lockstep.config.json"', "a FIFO");
    mkfifo(join(cwd, "ci.json"));
    expectRefused(runProcess(cwd, ["lock", "--config", "ci.json"]), 'the config is "ci.json"', "a FIFO");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    'refuses "rules": { "%s": … } naming the key',
    async (rule) => {
      const text = `{"databases":[{"name":"m","dir":"migrations"}],"rules":{"${rule}":"off"}}`;
      const r = await run(tempTree({ ...files, "lockstep.config.json": text }), ["replay"]);
      expectRefused(r, `unknown key "${rule}" in rules`);
    },
  );
});

describe("a migrations directory entry that is not a regular file", () => {
  it.each(["0002_pipe.sql", "0002_pipe.up.sql"])("a FIFO named %s is a parse-error, not skipped", (name) => {
    const cwd = tempTree({ "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n" });
    mkfifo(join(cwd, "migrations", name));
    const r = runProcess(cwd, ["replay", "--format", "json", "migrations"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).databases[0].findings as {
      rule: string;
      file: string;
      message: string;
    }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "parse-error", file: `migrations/${name}` }),
    );
    expect(findings.find((f) => f.file === `migrations/${name}`)?.message).toContain(
      "a FIFO (named pipe), not a regular file",
    );
  });

  it("a symlink into .git/ of a directory read from the top is refused", async () => {
    const cwd = tempTree({ "0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n" });
    const git = gitIn(cwd);
    git("init", "-q");
    git("config", "http.https://github.com/.extraheader", `AUTHORIZATION: basic ${SECRET}`);
    symlinkSync(".git/config", join(cwd, "0002_config.sql"));
    const r = await run(cwd, ["replay", "--format", "json", "."]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("symlink into .git/");
    expect(r.stdout).not.toContain(SECRET);
  });
});

describe("diff FROM TO given something that is not a directory or a database file", () => {
  const cwd = tempTree({ "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n" });

  it("refuses a FIFO, also one named like a database, without waiting", () => {
    mkfifo(join(cwd, "pipe"));
    mkfifo(join(cwd, "app.db"));
    expectRefused(runProcess(cwd, ["diff", "pipe", "migrations"]), "pipe is a FIFO (named pipe), neither");
    expectRefused(
      runProcess(cwd, ["diff", "migrations", "app.db"]),
      "app.db is a FIFO (named pipe), neither",
    );
  });

  it("refuses a device and a directory named like a database", async () => {
    expectRefused(await run(cwd, ["diff", "/dev/null", "migrations"]), "/dev/null is a device");
    mkdirSync(join(cwd, "empty.db"));
    expectRefused(
      await run(cwd, ["diff", "empty.db", "migrations"]),
      "empty.db is a directory with no migrations",
    );
  });

  it("refuses a database over 2 GiB before reading it, saying what to do", async () => {
    // A sparse file: the SQLite header, then a hole; nothing near 2 GiB is written to disk.
    const big = join(cwd, "big.db");
    writeFileSync(big, "SQLite format 3\0");
    spawnSync("truncate", ["-s", `${2 ** 31 + 4096}`, big]);
    expectRefused(
      await run(cwd, ["diff", "big.db", "migrations"]),
      "big.db is 2 GiB or larger",
      "schema only",
    );
  });
});

describe("guard --staged with a dir that exists nowhere", () => {
  it("exits 2 naming the database and the dir to fix", async () => {
    const cwd = tempTree({
      "db/migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    writeConfig(cwd, { dir: "db/migrationz" });
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    writeFileSync(join(cwd, "db/migrations/0002_posts.sql"), "CREATE TABLE posts (id INTEGER);\n");
    git("add", "-A");
    expectRefused(
      await run(cwd, ["guard", "--staged"]),
      'database "m": "dir" is "db/migrationz"',
      "none of the working tree, the index and main",
      'fix "dir" in lockstep.config.json',
    );
  });

  it("still guards a dir whose files are all deleted in the working tree and the index", async () => {
    const cwd = tempTree({
      "db/migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    writeConfig(cwd, { dir: "db/migrations" });
    expect((await run(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    git("commit", "-q", "-m", "applied");
    git("checkout", "-q", "-b", "feature");
    git("rm", "-q", "-r", "db/migrations");
    const r = await run(cwd, ["guard", "--staged"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("locked-deleted");
  });
});
