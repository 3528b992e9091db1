import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, expectOneCleanLine, lockstep, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const sum = (cwd: string) => join(cwd, "migrations", "lockstep.sum");
const leftovers = (cwd: string) =>
  readdirSync(join(cwd, "migrations")).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"));

/** `count` migrations with long names, so the lock file is a few hundred KB. */
function manyMigrations(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const v = String(i).padStart(4, "0");
    files[`migrations/${v}_${"create_a_table_with_a_long_name_".repeat(5)}${i}.sql`] =
      `CREATE TABLE t${i} (id INTEGER);\n`;
  }
  return files;
}

/** The CLI as a child process, resolved when it exits. */
function run(cwd: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("lockstep writes files whole or not at all", () => {
  it("a write that fails part-way (file size limit) leaves the old lock file intact and no temp file", async () => {
    const cwd = tempTree(manyMigrations(1000));
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const before = readFileSync(sum(cwd));
    expect(before.length).toBeGreaterThan(200_000);
    writeFileSync(join(cwd, "migrations/1001_one_more.sql"), "CREATE TABLE more (id INTEGER);\n");
    // A file size limit of 64 blocks makes the write fail with EFBIG after about 32 to 64 KB.
    const limited = spawnSync(
      "sh",
      ["-c", `ulimit -f 64 && exec "$0" "$@"`, process.execPath, CLI, "lock", "migrations"],
      {
        cwd,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(limited.status).toBe(2);
    const after = readFileSync(sum(cwd));
    expect(after.length).toBe(before.length);
    expect(after.equals(before)).toBe(true);
    expect(leftovers(cwd)).toEqual([]);
    expectOneCleanLine(limited.stderr, "cannot write migrations/lockstep.sum (EFBIG)", "left as it was");
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    expect(readFileSync(sum(cwd), "utf8")).toContain("1001_one_more.sql");
  });

  it("two lock --amend runs at the same moment both keep their amendment, every time", async () => {
    const cwd = tempTree(manyMigrations(300));
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const fresh = readFileSync(sum(cwd));
    for (let round = 0; round < 12; round++) {
      writeFileSync(sum(cwd), fresh);
      const [a, b] = await Promise.all([
        run(cwd, ["lock", "migrations", "--amend", "0001", "--reason", `first ${round}`]),
        run(cwd, ["lock", "migrations", "--amend", "0002", "--reason", `second ${round}`]),
      ]);
      expect([a?.code, b?.code, a?.stderr, b?.stderr]).toEqual([
        0,
        0,
        expect.any(String),
        expect.any(String),
      ]);
      const text = readFileSync(sum(cwd), "utf8");
      expect(text).toContain(`amended 0001 "first ${round}"`);
      expect(text).toContain(`amended 0002 "second ${round}"`);
      expect(leftovers(cwd)).toEqual([]);
    }
    expect((await runCli(cwd, ["lock", "migrations", "--check"])).code).toBe(0);
  }, 240_000);

  it("the temp file of a run killed mid-write is removed by the next write; a live run's is left alone", async () => {
    const cwd = tempTree(manyMigrations(3));
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    const dead = join(cwd, "migrations", `.lockstep.sum.${gone}.1.tmp`);
    const live = join(cwd, "migrations", `.lockstep.sum.${process.pid}.1.tmp`);
    writeFileSync(dead, "h1:half a lock file");
    writeFileSync(live, "h1:being written");
    writeFileSync(join(cwd, "migrations/0004_more.sql"), "CREATE TABLE more (id INTEGER);\n");
    // Its own process: this one stands for the live run whose temp file must be left alone.
    expect(lockstep(cwd, ["lock", "migrations"]).code).toBe(0);
    expect(leftovers(cwd)).toEqual([`.lockstep.sum.${process.pid}.1.tmp`]);
  });

  it("a lock left behind by a process that is gone is taken over, and lock says so", async () => {
    const cwd = tempTree(manyMigrations(3));
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    const host = spawnSync(process.execPath, ["-e", "process.stdout.write(require('os').hostname())"], {
      encoding: "utf8",
    }).stdout;
    writeFileSync(`${sum(cwd)}.lock`, `${gone.stdout} ${host} ${Date.now()}\n`);
    const r = await runCli(cwd, ["lock", "migrations", "--amend", "0001", "--reason", "typo"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `removed migrations/lockstep.sum.lock, left behind by process ${gone.stdout}, which is no longer running`,
    );
    expect(readFileSync(sum(cwd), "utf8")).toContain('amended 0001 "typo"');
    expect(leftovers(cwd)).toEqual([]);
  });

  it("init: a file it cannot write is one line naming it, not an internal error", async () => {
    const cwd = tempTree({
      "package.json": `${JSON.stringify({ name: "app", version: "1.0.0" }, null, 2)}\n`,
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      ".github": "not a directory\n",
    });
    gitIn(cwd)("init", "-q", "-b", "main");
    const r = await runCli(cwd, ["init"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr, "cannot write .github/workflows/lockstep.yml (ENOTDIR)");
    expect(readFileSync(join(cwd, ".github"), "utf8")).toBe("not a directory\n");
  });
});
