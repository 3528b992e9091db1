import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateMigrations, writeMigrations } from "../../bench/generate.js";
import { tempTree } from "../helpers/temp-dir.js";

const CLI = resolve(import.meta.dirname, "../../dist/cli.js");
const EXAMPLES = resolve(import.meta.dirname, "../../migrations");
// util-linux `script` gives the CLI a real terminal; without it these tests cannot run, so they fail.
if (spawnSync("script", ["--version"]).status !== 0) {
  throw new Error("the terminal tests need util-linux `script` (apt-get install bsdutils)");
}

/** Runs the CLI with stdout and stderr on a pseudo-terminal (util-linux `script`), as a developer sees it. */
function onTerminal(cwd: string, env: Record<string, string>, ...args: string[]): string {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
  const { NO_COLOR: _drop, FORCE_COLOR: _force, ...base } = process.env;
  const run = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...base, TERM: "xterm", ...env },
  });
  return run.stdout;
}

describe("on a terminal", () => {
  it("colours the report, and NO_COLOR turns colour off", () => {
    const coloured = onTerminal(EXAMPLES, {}, "replay", ".");
    expect(coloured).toContain("\x1b[32m✓");
    const plain = onTerminal(EXAMPLES, { NO_COLOR: "1" }, "replay", ".");
    expect(plain).toContain("no problems found");
    expect(plain).not.toContain("\x1b[3");
    expect(plain).not.toContain("\x1b[1m");
  });

  it("a quick replay writes no progress line", () => {
    // One migration: quick on any machine, however busy (the delay counts from the first migration).
    const cwd = tempTree({
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    const out = onTerminal(cwd, {}, "replay", "migrations");
    expect(out).toContain("1 migration");
    expect(out).not.toContain("\x1b[2K");
  });

  it("a long replay shows its progress on stderr and clears it before the report", async () => {
    const cwd = tempTree({});
    await writeMigrations(join(cwd, "migrations"), generateMigrations(500, 3));
    const out = onTerminal(cwd, { NO_COLOR: "1" }, "replay", "migrations", "--no-cache");
    expect(out).toMatch(/replaying default: \d+\/500/);
    const cleared = out.lastIndexOf("\r\x1b[2K");
    expect(cleared).toBeGreaterThan(-1);
    expect(out.indexOf("500 migrations", cleared)).toBeGreaterThan(cleared);
  });
});
