import { describe, expect, it } from "vitest";
import { only, replayFiles, rulesOf } from "../helpers/replay.js";

const SAFE = `CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO settings (key, value) VALUES ('theme', 'dark'), ('lang', 'en');
`;
const PLAIN_INSERT = `CREATE TABLE IF NOT EXISTS log (line TEXT);
INSERT INTO log (line) VALUES ('booted');
`;

describe("idempotent migrations run their up twice", () => {
  it("CREATE TABLE IF NOT EXISTS and INSERT OR IGNORE of the same rows pass", async () => {
    const db = await replayFiles({ "0001_settings.sql": SAFE }, {}, { layout: "plain", idempotent: true });
    expect(rulesOf(db)).not.toContain("not-idempotent");
    expect(db.migrations[0]?.up).toBe("ok");
  });

  it("a plain INSERT adds its row again: the rows that changed are named", async () => {
    const db = await replayFiles({ "0001_log.sql": PLAIN_INSERT }, {}, { layout: "plain", idempotent: true });
    const f = only(db, "not-idempotent");
    expect(f.severity).toBe("error");
    expect(f.file).toBe("migrations/0001_log.sql");
    expect(f.message).toContain("the rows of `log` (1 added, 0 removed or changed)");
  });

  it("a CREATE TABLE without IF NOT EXISTS fails the second time, at its line, with SQLite's message", async () => {
    const db = await replayFiles(
      { "0001_a.sql": "-- lockstep:idempotent\nCREATE TABLE a (id INTEGER);\n" },
      {},
      { layout: "plain" },
    );
    const f = only(db, "not-idempotent");
    expect(f.line).toBe(2);
    expect(f.message).toContain("migrations/0001_a.sql:2:1");
    expect(f.message).toContain("table a already exists");
  });

  it("the file's marker asks for its own file only; without marker or key nothing runs twice", async () => {
    const db = await replayFiles(
      {
        "0001_log.sql": PLAIN_INSERT,
        "0002_b.sql": "CREATE TABLE b (id INTEGER);\n",
        "0003_c.sql":
          "-- lockstep:idempotent\nCREATE TABLE IF NOT EXISTS c (id INTEGER);\nINSERT INTO c VALUES (1);\n",
      },
      {},
      { layout: "plain" },
    );
    const f = only(db, "not-idempotent");
    expect(f.version).toBe("0003");
    expect(f.message).toContain("the rows of `c`");
  });

  it("with the key set at the top level, every database runs its ups twice", async () => {
    const { tempTree } = await import("../helpers/temp-dir.js");
    const { runReplay } = await import("../../src/engine/replay/replay.js");
    const cwd = tempTree({
      "migrations/0001_log.sql": PLAIN_INSERT,
      "lockstep.config.json": JSON.stringify({
        idempotent: true,
        databases: [{ name: "main", dir: "migrations", layout: "plain" }],
      }),
    });
    const { report } = await runReplay({ cwd });
    expect(report.databases[0]?.findings.map((f) => f.rule)).toContain("not-idempotent");
  });
});
