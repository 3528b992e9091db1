import { chmodSync, existsSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const ok = {
  "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "0001_users.down.sql": "DROP TABLE users;\n",
};

function tree(files: Record<string, string | Uint8Array>): string {
  return tempTree(Object.fromEntries(Object.entries(files).map(([k, v]) => [`migrations/${k}`, v])));
}

describe("bad input never gives a stack trace or a hang", () => {
  it("a directory with no migrations in it exits 2 instead of passing", async () => {
    const r = await runCli(tempTree({ "migrations/README.md": "# nothing yet\n" }), ["replay", "migrations"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("no migrations in migrations/");
  });

  it("a dangling symlink and an unreadable file are findings naming the file", async () => {
    const cwd = tree(ok);
    symlinkSync(join(cwd, "nowhere.sql"), join(cwd, "migrations/0002_gone.up.sql"));
    const locked = join(cwd, "migrations/0003_locked.up.sql");
    writeFileSync(locked, "CREATE TABLE t (id INTEGER);\n");
    chmodSync(locked, 0o000);
    // root reads any file whatever its mode; the unreadable case is only real for other users.
    const canRead = process.getuid?.() === 0;
    const r = await runCli(cwd, ["replay", "migrations", "--format", "json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).databases[0].findings as {
      rule: string;
      file: string;
      message: string;
    }[];
    const gone = findings.find((f) => f.file === "migrations/0002_gone.up.sql");
    expect(gone).toMatchObject({ rule: "parse-error" });
    expect(gone?.message).toContain("symlink whose target does not exist");
    if (!canRead) {
      const unreadable = findings.find((f) => f.file === "migrations/0003_locked.up.sql");
      expect(unreadable).toMatchObject({ rule: "parse-error" });
      expect(unreadable?.message).toContain("EACCES");
    }
    expect(r.stderr).toBe("");
  });

  it("a missing directory exits 2 with one line", async () => {
    const r = await runCli(tempTree({}), ["replay", "nowhere"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("nowhere");
  });

  it("an unknown flag exits 2", async () => {
    const r = await runCli(tree(ok), ["replay", "migrations", "--bogus"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
  });

  it("a config with an unknown key exits 2 naming the file and key", async () => {
    const cwd = tree(ok);
    writeFileSync(
      join(cwd, "lockstep.config.json"),
      JSON.stringify({ databases: [{ name: "main", dir: "migrations", colour: "red" }] }),
    );
    const r = await runCli(cwd, ["replay"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("lockstep.config.json");
    expect(r.stderr).toContain('"colour"');
  });

  it("a config with a wrong type exits 2 naming the key", async () => {
    const cwd = tree(ok);
    writeFileSync(
      join(cwd, "lockstep.config.json"),
      JSON.stringify({ databases: [{ name: "main", dir: 42 }] }),
    );
    const r = await runCli(cwd, ["replay"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("databases.0.dir");
  });

  it("a binary file and an empty file are findings, not crashes", async () => {
    const r = await runCli(
      tree({
        ...ok,
        "0002_blob.up.sql": new Uint8Array([0, 1, 2, 255, 0]),
        "0002_blob.down.sql": "",
        "0003_empty.up.sql": "",
        "0003_empty.down.sql": "",
      }),
      ["replay", "migrations", "--format", "json"],
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const rules = report.databases[0].findings.map(
      (f: { rule: string; file: string }) => `${f.rule} ${f.file}`,
    );
    expect(rules).toContain("parse-error migrations/0002_blob.up.sql");
    expect(rules).toContain("empty-migration migrations/0003_empty.up.sql");
    expect(r.stderr).toBe("");
  });

  it("a symlink pointing outside the migrations directory is refused", async () => {
    const cwd = tree(ok);
    const outside = join(cwd, "secret.sql");
    writeFileSync(outside, "CREATE TABLE leaked (id INTEGER);\n");
    symlinkSync(outside, join(cwd, "migrations", "0002_leak.up.sql"));
    writeFileSync(join(cwd, "migrations", "0002_leak.down.sql"), "DROP TABLE leaked;\n");
    const r = await runCli(cwd, ["replay", "migrations", "--format", "json"]);
    const findings = JSON.parse(r.stdout).databases[0].findings;
    expect(findings.find((f: { rule: string }) => f.rule === "parse-error")?.message).toMatch(
      /outside the migrations directory/,
    );
    expect(r.code).toBe(1);
  });

  it("a 10 MB migration replays without hanging", async () => {
    const row =
      "INSERT INTO big (payload) VALUES ('0123456789012345678901234567890123456789012345678901234567890123456789');\n";
    const body = `CREATE TABLE big (payload TEXT);\n${row.repeat(Math.ceil((10 * 1024 * 1024) / row.length))}`;
    const r = await runCli(tree({ "0001_big.up.sql": body, "0001_big.down.sql": "DROP TABLE big;\n" }), [
      "replay",
      "migrations",
    ]);
    expect(r.code).toBe(0);
  });

  it("ATTACH to a host path and load_extension never touch the host", async () => {
    const target = join(tmpdir(), `lockstep-attach-${process.pid}.db`);
    const r = await runCli(
      tree({
        "0001_attach.up.sql": `ATTACH DATABASE '${target}' AS host;\nCREATE TABLE host.stolen (id INTEGER);\n`,
        "0001_attach.down.sql": "DETACH DATABASE host;\n",
        "0002_ext.up.sql": "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libc.so.6');\n",
        "0002_ext.down.sql": "",
      }),
      ["replay", "migrations"],
    );
    expect(existsSync(target)).toBe(false);
    expect(r.stdout).toContain("load_extension");
    expect(r.code).toBe(1);
  });
});
