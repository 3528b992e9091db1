import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
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
