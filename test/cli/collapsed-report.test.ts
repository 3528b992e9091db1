import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

/** 40 golang-migrate migrations, each adding a table; the 12th refers to a table that does not exist. */
function longHistory(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 40; i++) {
    const v = String(i).padStart(4, "0");
    files[`migrations/${v}_t${i}.up.sql`] =
      i === 12 ? "INSERT INTO missing_table VALUES (1);\n" : `CREATE TABLE t${i} (id INTEGER PRIMARY KEY);\n`;
    files[`migrations/${v}_t${i}.down.sql`] = i === 12 ? "" : `DROP TABLE t${i};\n`;
  }
  return files;
}

describe("a long history's text report", () => {
  it("counts the migrations that did not run apart from those with nothing to report", async () => {
    const run = await runCli(tempTree(longHistory()), ["replay", "migrations"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ {2}0012 t12 +up ✗ {2}down – {2}redo –/);
    expect(run.stdout).toContain("  … 11 more migrations with nothing to report\n");
    expect(run.stdout).toContain("  … 28 not run: the replay stopped at 0012\n");
  });

  it("still lists the failed up and counts the rest as not run when its finding is known", async () => {
    const cwd = tempTree(longHistory());
    expect((await runCli(cwd, ["known", "--update"])).code).toBe(0);
    const run = await runCli(cwd, ["replay", "migrations"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ {2}0012 t12 +up ✗/);
    expect(run.stdout).toContain("✓ 12 of 40 migrations replayed, 11 of them also down and up again:");
    expect(run.stdout).toContain("  … 11 more migrations with nothing to report\n");
    expect(run.stdout).toContain("  … 28 not run: the replay stopped at 0012\n");
  });
});
