import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** A history with two old problems: a down that fails and a down that leaves its table behind. */
const brokenHistory = {
  "lockstep.config.json": `${JSON.stringify({ databases: [{ name: "main", dir: "migrations" }] })}\n`,
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_tags.down.sql": "DROP TABLE tag;\n",
  "migrations/0003_notes.up.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n",
  "migrations/0003_notes.down.sql": "SELECT 1;\n",
};

const json = (r: { stdout: string }) => JSON.parse(r.stdout);
type Listed = { rule: string; file: string; status?: string; severity: string };
const findingsOf = (r: { stdout: string }): Listed[] => json(r).databases[0].findings;
const where = (findings: Listed[]) =>
  findings.map((f) => `${f.rule} ${f.file}${f.status ? ` ${f.status}` : ""}`);

describe("lockstep known and replay", () => {
  it("records a history's findings, then replays green with them counted in one line, and --known shows them", async () => {
    const cwd = tempTree(brokenHistory);
    const write = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) writeFileSync(join(cwd, path), text);
    };
    expect((await runCli(cwd, ["replay"])).code).toBe(1);
    const none = await runCli(cwd, ["known"]);
    expect(none).toMatchObject({ code: 0 });
    expect(none.stdout).toContain("no lockstep.known.json: no finding is known; lockstep known --update");

    const update = await runCli(cwd, ["known", "--update"]);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(
      "wrote lockstep.known.json: 2 added, 0 removed (2 known findings); commit it",
    );
    const file = JSON.parse(readFileSync(join(cwd, "lockstep.known.json"), "utf8"));
    expect(file.version).toBe(1);
    expect(
      file.findings.map((e: { database: string; rule: string; version: string; file: string }) => e),
    ).toEqual([
      expect.objectContaining({
        database: "main",
        rule: "down-failed",
        version: "0002",
        file: "migrations/0002_tags.down.sql",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      }),
      expect.objectContaining({ rule: "down-mismatch", version: "0003" }),
    ]);

    const green = await runCli(cwd, ["replay"]);
    expect(green.code).toBe(0);
    expect(green.stdout).toContain("2 known findings in lockstep.known.json not shown; --known shows them");
    expect(green.stdout).not.toContain("down-failed");
    expect(green.stdout).toContain("no new problems found; 2 known findings not counted");
    const shown = await runCli(cwd, ["replay", "--known"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("down-failed  migrations/0002_tags.down.sql:1:1  (known)");
    const report = await runCli(cwd, ["replay", "--format", "json"]);
    expect(json(report).ok).toBe(true);
    expect(where(findingsOf(report))).toEqual([
      "down-failed migrations/0002_tags.down.sql known",
      "down-mismatch migrations/0003_notes.down.sql known",
    ]);
    expect((await runCli(cwd, ["known"])).stdout).toContain("lockstep.known.json: 2 known findings");

    // A comment above the failing statement moves it to line 2: still the same finding.
    write({ "migrations/0002_tags.down.sql": "-- the tags go\nDROP TABLE tag;\n" });
    expect((await runCli(cwd, ["replay"])).code).toBe(0);
    expect((await runCli(cwd, ["known", "--update"])).stdout).toContain(
      "lockstep.known.json is up to date (2 known findings)",
    );

    // One fixed: the update removes it. One more broken: replay fails for exactly that one.
    write({ "migrations/0003_notes.down.sql": "DROP TABLE notes;\n" });
    const fixed = await runCli(cwd, ["known", "--update"]);
    expect(fixed.stdout).toContain("- down-mismatch  main  0003  migrations/0003_notes.down.sql");
    expect(fixed.stdout).toContain("wrote lockstep.known.json: 0 added, 1 removed (1 known finding)");
    write({
      "migrations/0004_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
      "migrations/0004_labels.down.sql": "DROP TABLE label;\n",
    });
    const red = await runCli(cwd, ["replay", "--format", "json"]);
    expect(red.code).toBe(1);
    expect(json(red).ok).toBe(false);
    expect(where(findingsOf(red))).toEqual([
      "down-failed migrations/0002_tags.down.sql known",
      "down-failed migrations/0004_labels.down.sql",
    ]);
    const text = await runCli(cwd, ["replay"]);
    expect(text.stdout).toContain("error   down-failed  migrations/0004_labels.down.sql:1:1\n");
    expect(text.stdout).toContain("1 known finding in lockstep.known.json not shown");
    expect(text.stdout).toContain("✗ 1 error, 0 warnings; 1 known finding not counted");
  });

  it("with --db replaces only that database's entries, and says what is wrong with a file it cannot read", async () => {
    const cwd = tempTree({
      ...brokenHistory,
      "lockstep.config.json": `${JSON.stringify({
        databases: [
          { name: "main", dir: "migrations" },
          { name: "audit", dir: "audit" },
        ],
      })}\n`,
      "audit/0001_log.up.sql": "CREATE TABLE log (id INTEGER);\n",
      "audit/0001_log.down.sql": "DROP TABLE logs;\n",
    });
    expect((await runCli(cwd, ["known", "--update"])).stdout).toContain("3 added, 0 removed");
    writeFileSync(join(cwd, "audit/0001_log.down.sql"), "DROP TABLE log;\n");
    writeFileSync(join(cwd, "migrations/0003_notes.down.sql"), "DROP TABLE notes;\n");
    const one = await runCli(cwd, ["known", "--update", "--db", "audit"]);
    expect(one.stdout).toContain("0 added, 1 removed (2 known findings)");
    writeFileSync(join(cwd, "lockstep.known.json"), "{ not json");
    const broken = await runCli(cwd, ["replay"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      "lockstep: lockstep.known.json is not valid JSON; fix it, or write it again from the current findings with lockstep known --update",
    );
    const again = await runCli(cwd, ["known", "--update"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      "lockstep.known.json is not valid JSON: written again from the current findings",
    );
    expect(again.stdout).toContain("1 added, 0 removed (1 known finding)");
  });
});

/** main holds the broken history, locked; a feature branch is checked out. */
async function adopted(files: Record<string, string> = brokenHistory) {
  const cwd = tempTree(files);
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["lock"])).code).toBe(0);
  git("add", "-A");
  git("commit", "-q", "-m", "history");
  git("checkout", "-q", "-b", "feature");
  const commit = async (more: Record<string, string>, lock: string[] = ["lock"]) => {
    for (const [path, text] of Object.entries(more)) writeFileSync(join(cwd, path), text);
    expect((await runCli(cwd, lock)).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "change").status).toBe(0);
  };
  return { cwd, git, commit };
}

const labels = {
  "migrations/0004_labels.up.sql": "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n",
  "migrations/0004_labels.down.sql": "DROP TABLE labels;\n",
};
const brokenLabels = { ...labels, "migrations/0004_labels.down.sql": "DROP TABLE label;\n" };

describe("lockstep check with a history of broken downs", () => {
  it("is green with --down all, the base's findings reported apart; a branch adding one more broken down is red for that one", async () => {
    const r = await adopted();
    await r.commit(labels);
    const green = await runCli(r.cwd, ["check", "--base", "main", "--markdown-out", "comment.md"]);
    expect(green.code).toBe(0);
    expect(green.stdout).toContain(
      "2 existing findings (on the base or in lockstep.known.json), not counted:\n    error   down-failed  migrations/0002_tags.down.sql:1:1\n    error   down-mismatch  migrations/0003_notes.down.sql:1\n",
    );
    expect(green.stdout).toContain("no new problems found; 2 existing findings not counted");
    const comment = readFileSync(join(r.cwd, "comment.md"), "utf8");
    expect(comment).toMatch(/^### ✅ 1 new migration against `main`: replayed up, down and up again/);
    expect(comment).toContain(
      "<details><summary>2 existing findings (on the base or in lockstep.known.json)</summary>",
    );
    expect(comment).toMatch(
      /- ❌ \*\*down-failed\*\* migrations\/0002_tags\.down\.sql:1: .* _\(on the base\)_/,
    );
    const report = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(json(report).ok).toBe(true);
    expect(where(findingsOf(report))).toEqual([
      "down-failed migrations/0002_tags.down.sql existing",
      "down-mismatch migrations/0003_notes.down.sql existing",
    ]);

    await r.commit({
      "migrations/0005_due.up.sql": "CREATE TABLE due (id INTEGER PRIMARY KEY);\n",
      "migrations/0005_due.down.sql": "DROP TABLE dues;\n",
    });
    const red = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(red.code).toBe(1);
    const fresh = findingsOf(red).filter((f) => !f.status);
    expect(where(fresh)).toEqual(["down-failed migrations/0005_due.down.sql"]);
    expect(findingsOf(red).filter((f) => f.status === "existing")).toHaveLength(2);
    const text = await runCli(r.cwd, ["check", "--base", "main"]);
    expect(text.stdout).toContain("error   down-failed  migrations/0005_due.down.sql:1:1\n");
    expect(text.stdout).toContain("✗ 1 error, 0 warnings; 2 existing findings not counted");
  });

  it("counts a base migration edited in place as new: its locked-modified and its replay findings fail", async () => {
    const r = await adopted();
    writeFileSync(join(r.cwd, "migrations/0002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    r.git("commit", "-q", "-am", "edit in place");
    const out = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(out.code).toBe(1);
    expect(where(findingsOf(out).filter((f) => !f.status))).toEqual([
      "down-failed migrations/0002_tags.down.sql",
      "locked-modified migrations/0002_tags.up.sql",
    ]);
    expect(where(findingsOf(out).filter((f) => f.status))).toEqual([
      "down-mismatch migrations/0003_notes.down.sql existing",
    ]);
  });

  it("takes lockstep.known.json from the base: an amended migration's known finding stays known, a branch cannot list its own", async () => {
    const r = await adopted();
    r.git("checkout", "-q", "main");
    expect((await runCli(r.cwd, ["known", "--update"])).code).toBe(0);
    r.git("add", "-A");
    r.git("commit", "-q", "-m", "known findings");
    r.git("checkout", "-q", "-B", "feature");
    // A comment above the failing statement, amended: 0002's files differ from the base, its finding is known.
    await r.commit({ "migrations/0002_tags.down.sql": "-- tags\nDROP TABLE tag;\n" }, [
      "lock",
      "--amend",
      "0002",
      "--reason",
      "comment only",
    ]);
    const amended = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(amended.code).toBe(0);
    expect(where(findingsOf(amended))).toEqual([
      "down-failed migrations/0002_tags.down.sql known",
      "down-mismatch migrations/0003_notes.down.sql known",
      "locked-amended migrations/0002_tags.down.sql",
    ]);

    await r.commit(brokenLabels);
    expect((await runCli(r.cwd, ["known", "--update"])).stdout).toContain("1 added");
    await r.commit({});
    const own = await runCli(r.cwd, ["check", "--base", "main", "--format", "json"]);
    expect(own.code).toBe(1);
    expect(where(findingsOf(own).filter((f) => !f.status && f.severity === "error"))).toEqual([
      "down-failed migrations/0004_labels.down.sql",
    ]);
    expect(own.stderr).toContain(
      "lockstep.known.json lists the down-failed finding of migrations/0004_labels.down.sql, but the base's lockstep.known.json does not",
    );
  });
});
