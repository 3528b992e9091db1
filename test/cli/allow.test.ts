import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const REASON = "the column holds PII: the down must not bring it back, <b>ever</b>";
const files = (allow: string) => ({
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_ssn.up.sql": `ALTER TABLE users ADD COLUMN ssn TEXT;\n${allow}`,
  // The down leaves the column: down-mismatch, an error the migration acknowledges.
  "migrations/0002_ssn.down.sql": "SELECT 1;\n",
});

describe("a finding acknowledged in its migration's file", () => {
  it("fails nothing and is listed with its reason in every format", async () => {
    const cwd = tempTree(files(`-- lockstep:allow down-mismatch "${REASON}"\n`));
    const text = await runCli(cwd, ["replay", "migrations", "--no-cache"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("1 finding allowed in the migrations' files, not counted:");
    expect(text.stdout).toContain(`allowed at migrations/0002_ssn.up.sql:2: "${REASON}"`);
    expect(text.stdout).toMatch(/no new problems found; 1 allowed in its file/);

    const json = JSON.parse(
      (await runCli(cwd, ["replay", "migrations", "--no-cache", "--format", "json"])).stdout,
    );
    expect(json.ok).toBe(true);
    expect(json.databases[0].findings).toMatchObject([
      {
        rule: "down-mismatch",
        status: "allowed",
        allowed: { reason: REASON, file: "migrations/0002_ssn.up.sql", line: 2 },
      },
    ]);

    const markdown = (await runCli(cwd, ["replay", "migrations", "--no-cache", "--format", "markdown"]))
      .stdout;
    expect(markdown).toContain("allowed in the migrations' files");
    // The reason is the repository's text: escaped, never HTML.
    expect(markdown).not.toContain("<b>");
  });

  it("without the comment, or with a comment for another rule, the finding fails the replay", async () => {
    for (const allow of ["", '-- lockstep:allow down-failed "not this one"\n']) {
      const run = await runCli(tempTree(files(allow)), [
        "replay",
        "migrations",
        "--no-cache",
        "--format",
        "json",
      ]);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).databases[0].findings).toMatchObject([
        { rule: "down-mismatch", severity: "error" },
      ]);
    }
  });

  it("a comment lockstep cannot use is a warning at its line, and the finding stays", async () => {
    const run = await runCli(tempTree(files('-- lockstep:allow down-mismach "typo"\n')), [
      "replay",
      "migrations",
      "--no-cache",
      "--format",
      "json",
    ]);
    expect(run.code).toBe(1);
    const found = JSON.parse(run.stdout).databases[0].findings;
    expect(found).toMatchObject([
      { rule: "down-mismatch", severity: "error" },
      { rule: "allow-invalid", severity: "warning", file: "migrations/0002_ssn.up.sql", line: 2 },
    ]);
    expect(found[1].message).toContain('did you mean "down-mismatch"?');
  });

  it("check shows a branch's acknowledgement with its reason, and folds one the base already has", async () => {
    const all = files(`-- lockstep:allow down-mismatch "${REASON}"\n`);
    const repository = async (onMain: Record<string, string>, onBranch: Record<string, string>) => {
      const cwd = tempTree(onMain);
      const git = gitIn(cwd);
      git("init", "-q", "-b", "main");
      expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
      git("add", "-A");
      expect(git("commit", "-q", "-m", "applied").status).toBe(0);
      git("checkout", "-q", "-b", "feature");
      for (const [path, text] of Object.entries(onBranch)) writeFileSync(join(cwd, path), text);
      expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
      git("add", "-A");
      git("commit", "-q", "-m", "branch");
      return cwd;
    };
    const first = Object.fromEntries(Object.entries(all).filter(([path]) => path.includes("0001")));
    const second = Object.fromEntries(Object.entries(all).filter(([path]) => path.includes("0002")));

    const added = await repository(first, second);
    const mine = await runCli(added, ["check", "--base", "main", "--format", "json"]);
    expect(mine.code).toBe(0);
    expect(JSON.parse(mine.stdout).databases[0].findings).toMatchObject([
      { rule: "down-mismatch", status: "allowed", allowed: { reason: REASON } },
    ]);
    const comment = (await runCli(added, ["check", "--base", "main", "--format", "markdown"])).stdout;
    expect(comment).toMatch(
      /^### ✅ 1 new migration against `main`: replayed up, down and up again · 1 allowed$/m,
    );
    expect(comment).toMatch(
      /\*\*down-mismatch\*\*.*_\(allowed in the file: “the column holds PII: the down must not bring it back, &lt;b&gt;ever&lt;\/b&gt;”\)_$/m,
    );

    const old = await repository(all, {
      "migrations/0003_x.up.sql": "CREATE TABLE x (id);\n",
      "migrations/0003_x.down.sql": "DROP TABLE x;\n",
    });
    const theirs = await runCli(old, ["check", "--base", "main", "--format", "json"]);
    expect(theirs.code).toBe(0);
    expect(JSON.parse(theirs.stdout).databases[0].findings).toMatchObject([
      { rule: "down-mismatch", status: "existing", allowed: { reason: REASON } },
    ]);
  });
});
