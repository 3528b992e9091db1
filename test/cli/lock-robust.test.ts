import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneCleanLine, lockstep, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tasks.up.sql": "CREATE TABLE tasks (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_tasks.down.sql": "DROP TABLE tasks;\n",
};
const newer = {
  "migrations/0003_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
  "migrations/0003_tags.down.sql": "DROP TABLE tags;\n",
};

const sum = (cwd: string) => join(cwd, "migrations", "lockstep.sum");

/** A repository with applied migrations on main and a feature branch checked out, with no hook. */
async function repository() {
  const cwd = tempTree(applied);
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
  git("add", "-A");
  git("commit", "-q", "-m", "applied");
  git("checkout", "-q", "-b", "feature");
  return { cwd, git };
}

function noInternalError(r: { stdout: string; stderr: string }): void {
  expect(`${r.stdout}${r.stderr}`).not.toContain("internal error");
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("a lock file line lockstep cannot read", () => {
  it("is a finding with its line for lock --check, and lock rewrites it keeping the readable amendments", async () => {
    const cwd = tempTree({ ...applied, ...newer });
    expect((await runCli(cwd, ["lock", "--amend", "0002", "--reason", "comment only"])).code).toBe(0);
    appendFileSync(sum(cwd), 'amended 0001 "\\x41"\n');
    const check = await runCli(cwd, ["lock", "migrations", "--check"]);
    noInternalError(check);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("lockfile-stale  migrations/lockstep.sum:9");
    expect(check.stdout).toContain("line 9 has a reason that is not a valid JSON string");
    expect(check.stdout).toContain("only stale");

    const lock = await runCli(cwd, ["lock", "migrations"]);
    noInternalError(lock);
    expect(lock).toMatchObject({ code: 0, stdout: "wrote migrations/lockstep.sum\n" });
    expect(lock.stderr).toContain("lockstep.sum line 9 has a reason that is not a valid JSON string");
    expect(lock.stderr).toContain("record it again with lockstep lock --amend 0001");
    const text = readFileSync(sum(cwd), "utf8");
    expect(text).toContain('amended 0002 "comment only"\n');
    expect(text).not.toContain("amended 0001");
    expect((await runCli(cwd, ["lock", "migrations", "--check"])).code).toBe(0);
  });

  it("in check: a damaged line of an applied migration is lockfile-tampered, of a new one lockfile-stale", async () => {
    const r = await repository();
    for (const [path, text] of Object.entries(newer)) writeFileSync(join(r.cwd, path), text);
    expect((await runCli(r.cwd, ["lock", "migrations"])).code).toBe(0);
    const text = readFileSync(sum(r.cwd), "utf8")
      .replace(/^(0001 0001_users\.up\.sql) h1:\S+$/m, "$1 h1:cut-off!")
      .replace(/^(0003 0003_tags\.up\.sql) h1:\S+$/m, "$1 h1:cut-off!");
    writeFileSync(sum(r.cwd), `${text}amended 0002 "\\x41"\n`);
    r.git("add", "-A");
    r.git("commit", "-q", "-m", "damaged");
    const check = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    noInternalError(check);
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout).databases[0].findings as {
      rule: string;
      line?: number;
      message: string;
    }[];
    const at = (line: number) => findings.find((f) => f.line === line && f.message.includes(`line ${line} `));
    expect(at(2)).toMatchObject({ rule: "lockfile-tampered" });
    expect(at(2)?.message).toContain("the line of applied migration 0001_users.up.sql");
    expect(at(6)).toMatchObject({ rule: "lockfile-stale" });
    expect(at(6)?.message).toContain("only stale");
    expect(at(8)).toMatchObject({ rule: "lockfile-tampered" });
    expect(at(8)?.message).toContain("an amendment of applied version 0002");
  });

  it("in guard: an applied line refuses the commit; a new line's damage is written again", async () => {
    const r = await repository();
    appendFileSync(sum(r.cwd), 'amended 0001 "\\x41"\n');
    r.git("add", "-A");
    const refused = await runCli(r.cwd, ["guard", "--staged"]);
    noInternalError(refused);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("lockfile-tampered");
    expect(refused.stderr).toContain("an amendment of applied version 0001");

    expect((await runCli(r.cwd, ["lock", "migrations"])).code).toBe(0);
    for (const [path, text] of Object.entries(newer)) writeFileSync(join(r.cwd, path), text);
    expect((await runCli(r.cwd, ["lock", "migrations"])).code).toBe(0);
    writeFileSync(
      sum(r.cwd),
      readFileSync(sum(r.cwd), "utf8").replace(/(0003_tags\.up\.sql) h1:\S+/, "$1 h1:x!"),
    );
    r.git("add", "-A");
    const passed = await runCli(r.cwd, ["guard", "--staged"]);
    noInternalError(passed);
    expect(passed).toMatchObject({ code: 0 });
    expect(passed.stderr).toContain("updated and staged migrations/lockstep.sum");
    expect(r.git("show", ":migrations/lockstep.sum").stdout).not.toContain("h1:x!");
  });
});

describe("a lockstep.sum that is not a file", () => {
  it.each([
    ["lock", ["lock", "migrations"]],
    ["lock --check", ["lock", "migrations", "--check"]],
    ["lock --amend", ["lock", "migrations", "--amend", "0001", "--reason", "typo"]],
    ["new", ["new", "add_tags"]],
  ])(
    "a directory: %s exits 2 with one line saying to remove or rename it, and writes nothing",
    async (_, args) => {
      const cwd = tempTree(applied);
      mkdirSync(sum(cwd));
      const before = readdirSync(join(cwd, "migrations")).sort();
      const r = await runCli(cwd, args);
      expect(r.code).toBe(2);
      expectOneCleanLine(
        r.stderr,
        "migrations/lockstep.sum is a directory",
        "remove or rename the directory",
      );
      expect(readdirSync(join(cwd, "migrations")).sort()).toEqual(before);
    },
  );

  it("a directory: guard and check exit 2 with one line too", async () => {
    const r = await repository();
    writeFileSync(join(r.cwd, "migrations/0003_tags.up.sql"), newer["migrations/0003_tags.up.sql"]);
    rmSync(sum(r.cwd));
    mkdirSync(sum(r.cwd));
    r.git("add", "migrations/0003_tags.up.sql");
    const guard = await runCli(r.cwd, ["guard", "--staged"]);
    expect(guard.code).toBe(2);
    expectOneCleanLine(
      guard.stderr,
      "migrations/lockstep.sum is a directory",
      "remove or rename the directory",
    );

    writeFileSync(join(sum(r.cwd), "notes.txt"), "x\n");
    r.git("add", "-A");
    r.git("commit", "-q", "-m", "a directory");
    const check = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(check.code).toBe(2);
    expectOneCleanLine(
      check.stderr,
      "migrations/lockstep.sum is a directory",
      "remove or rename the directory",
    );
  });

  it("a directory: renumber exits 2 with one line before it moves anything", async () => {
    const r = await repository();
    writeFileSync(join(r.cwd, "migrations/0000_seed.up.sql"), "CREATE TABLE seed (id INTEGER);\n");
    rmSync(sum(r.cwd));
    mkdirSync(sum(r.cwd));
    const renumber = await runCli(r.cwd, ["renumber"]);
    expect(renumber.code).toBe(2);
    expectOneCleanLine(
      renumber.stderr,
      "migrations/lockstep.sum is a directory",
      "remove or rename the directory",
    );
    expect(readdirSync(join(r.cwd, "migrations"))).toContain("0000_seed.up.sql");
  });

  it.each([
    ["lock", ["lock", "migrations"]],
    ["lock --check", ["lock", "migrations", "--check"]],
    ["new", ["new", "add_tags"]],
  ])("a FIFO: %s does not wait on it, it refuses with one line", (_, args) => {
    const cwd = tempTree(applied);
    execFileSync("mkfifo", [sum(cwd)]);
    // A process, killed after 60 s: a hang shows as a null exit code instead of stalling the suite.
    const r = lockstep(cwd, args);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr, "migrations/lockstep.sum is a FIFO", "remove the FIFO");
  });
});

describe("a lockstep.sum that is a symlink", () => {
  it("is neither read nor written through: lock and lock --check refuse with one line", async () => {
    const cwd = tempTree({ ...applied, "outside/secret.txt": "token=abc\n" });
    symlinkSync(join(cwd, "outside/secret.txt"), sum(cwd));
    for (const args of [
      ["lock", "migrations"],
      ["lock", "migrations", "--check"],
    ]) {
      const r = await runCli(cwd, args);
      expect(r.code).toBe(2);
      expectOneCleanLine(r.stderr, "migrations/lockstep.sum is a symbolic link", "remove the symbolic link");
      expect(r.stdout).not.toContain("token=abc");
    }
    expect(readFileSync(join(cwd, "outside/secret.txt"), "utf8")).toBe("token=abc\n");
  });
});

describe("lockstep new with a very long name", () => {
  it("refuses before writing anything, saying how long a name may be", async () => {
    const cwd = tempTree(applied);
    await runCli(cwd, ["lock", "migrations"]);
    const before = readdirSync(join(cwd, "migrations")).sort();
    const r = await runCli(cwd, ["new", "a".repeat(300)]);
    expect(r.code).toBe(2);
    // 0003_<name>.down.sql: 14 bytes around the name, 255 in all.
    expectOneCleanLine(r.stderr, "300 characters", "at most 241 characters", "nothing was written");
    expect(readdirSync(join(cwd, "migrations")).sort()).toEqual(before);
    expect((await runCli(cwd, ["new", "a".repeat(241)])).code).toBe(0);
  });
});

describe("a checkout with core.autocrlf=true", () => {
  it("lock reads the CRLF lock file as the same content and writes nothing: git status stays clean", async () => {
    const r = await repository();
    const clone = tempTree({});
    expect(r.git("clone", "-q", "-c", "core.autocrlf=true", "-b", "main", r.cwd, clone).status).toBe(0);
    expect(readFileSync(sum(clone), "utf8")).toContain("\r\n");
    const lock = await runCli(clone, ["lock", "migrations"]);
    expect(lock).toMatchObject({ code: 0, stdout: "migrations/lockstep.sum is up to date\n" });
    expect(readFileSync(sum(clone), "utf8")).toContain("\r\n");
    expect(gitIn(clone)("status", "--porcelain").stdout).toBe("");
  });
});

describe("a migration folder whose name holds a newline", () => {
  it("is listed on one line of lockstep.sum and reads back: lock --check is clean after lock", async () => {
    const cwd = tempTree({
      "prisma/migrations/20240101000000_init/migration.sql": "CREATE TABLE a (id INTEGER PRIMARY KEY);\n",
      "prisma/migrations/20240102000000_two\nlines/migration.sql":
        "CREATE TABLE b (id INTEGER PRIMARY KEY);\n",
      "prisma/migrations/migration_lock.toml": 'provider = "sqlite"\n',
    });
    expect((await runCli(cwd, ["lock", "prisma/migrations"])).code).toBe(0);
    const lines = readFileSync(join(cwd, "prisma/migrations/lockstep.sum"), "utf8").split("\n");
    expect(
      lines.some((line) =>
        /^"20240102000000_two\\nlines" "20240102000000_two\\nlines\/migration\.sql" h1:/.test(line),
      ),
      lines.join("\n"),
    ).toBe(true);
    const check = await runCli(cwd, ["lock", "--check", "prisma/migrations"]);
    expect(check.stdout + check.stderr).not.toContain("lockfile-stale");
    expect(check.code).toBe(0);
  });
});
