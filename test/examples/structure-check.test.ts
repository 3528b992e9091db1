import { describe, expect, it } from "vitest";
import { openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";
import { replayUpDownUp } from "../helpers/replay-check.js";

// The examples are only as trustworthy as the check: each case here is a down that looks right but is not.
const base = "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER NOT NULL DEFAULT 0);";
const cases: [string, string, string][] = [
  ["a forgotten index", "CREATE INDEX t_a ON t (a);", "SELECT 1;"],
  ["a column re-added at the end", "ALTER TABLE t DROP COLUMN a;", "ALTER TABLE t ADD COLUMN a TEXT;"],
  [
    "a CHECK left behind by a rebuild",
    `CREATE TABLE t2 (id INTEGER PRIMARY KEY, a TEXT CHECK (a <> ''), b INTEGER NOT NULL DEFAULT 0);
     INSERT INTO t2 SELECT * FROM t; DROP TABLE t; ALTER TABLE t2 RENAME TO t;`,
    "SELECT 1;",
  ],
  [
    "a unique index restored as plain",
    "CREATE UNIQUE INDEX t_b ON t (b);",
    "DROP INDEX t_b; CREATE INDEX t_b ON t (b);",
  ],
  ["a changed view", "CREATE VIEW v AS SELECT a FROM t;", "DROP VIEW v; CREATE VIEW v AS SELECT b FROM t;"],
];

describe("replayUpDownUp", () => {
  it("passes a correct down, even after a rename quotes the table name", async () => {
    const db = await openMemoryDatabase();
    db.exec(base);
    const up = "CREATE TABLE t2 (id INTEGER PRIMARY KEY, a TEXT, b INTEGER NOT NULL DEFAULT 0, c TEXT);";
    const problems = replayUpDownUp(db, [
      {
        version: "1",
        name: "rebuild",
        up: `${up} DROP TABLE t; ALTER TABLE t2 RENAME TO t;`,
        down: `${base.replace("t (", "t3 (")} DROP TABLE t; ALTER TABLE t3 RENAME TO t;`,
      },
      {
        version: "2",
        name: "add",
        up: "ALTER TABLE t ADD COLUMN d TEXT;",
        down: "ALTER TABLE t DROP COLUMN d;",
      },
    ]);
    expect(problems).toEqual([]);
    db.close();
  });

  it.each(cases)("catches %s", async (_, up, down) => {
    const db = await openMemoryDatabase();
    db.exec(base);
    const problems = replayUpDownUp(db, [{ version: "1", name: "x", up, down }]);
    expect(problems[0]).toBe("1_x: down does not restore the schema");
    db.close();
  });
});
