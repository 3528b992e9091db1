import { describe, expect, it } from "vitest";
import { only, replayFiles } from "../helpers/replay.js";

const tables =
  "CREATE TABLE roots (id INTEGER PRIMARY KEY, name TEXT NOT NULL, proof_type TEXT);\n" +
  "CREATE TABLE leaves (id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL REFERENCES roots (id), size INTEGER NOT NULL);\n";
const statsV1 =
  "CREATE VIEW universe_stats AS SELECT roots.id AS root_id, roots.name, roots.proof_type, COUNT(leaves.id) AS leaf_count, SUM(leaves.size) AS total_size FROM roots LEFT JOIN leaves ON leaves.root_id = roots.id GROUP BY roots.id;\n";
const statsV2 =
  "CREATE VIEW universe_stats AS SELECT roots.id AS root_id, roots.name, roots.proof_type, COUNT(leaves.id) AS leaf_count, SUM(leaves.size) AS total_size, MAX(leaves.size) AS largest FROM roots LEFT JOIN leaves ON leaves.root_id = roots.id GROUP BY roots.id;\n";
// The down meant to restore v1 but was written from an older copy of it, without `roots.proof_type`.
const statsV1Stale =
  "CREATE VIEW universe_stats AS SELECT roots.id AS root_id, roots.name, COUNT(leaves.id) AS leaf_count, SUM(leaves.size) AS total_size FROM roots LEFT JOIN leaves ON leaves.root_id = roots.id GROUP BY roots.id;\n";

const base = {
  "0001_universe.up.sql": `${tables}${statsV1}`,
  "0001_universe.down.sql": "DROP VIEW universe_stats;\nDROP TABLE leaves;\nDROP TABLE roots;\n",
};

describe("a mismatch of a long definition is shown as its difference", () => {
  it("a view's down that loses a result column says which, with both definitions in the finding", async () => {
    const db = await replayFiles({
      ...base,
      "0002_stats_largest.up.sql": `DROP VIEW universe_stats;\n${statsV2}`,
      "0002_stats_largest.down.sql": `DROP VIEW universe_stats;\n${statsV1Stale}`,
    });
    const f = only(db, "down-mismatch");
    expect(f.message).toBe(
      "after the down of 0002, view `universe_stats` lost column `roots.proof_type`; it had it before 0002's up; make the down undo exactly what the up did",
    );
    expect(f.definitions).toEqual([
      {
        kind: "view",
        name: "universe_stats",
        expected: expect.stringContaining("roots.name, roots.proof_type, count(leaves.id) as leaf_count"),
        actual: expect.stringContaining("roots.name, count(leaves.id) as leaf_count"),
      },
    ]);
  });

  it("a changed clause is quoted with the words before it, not the whole view", async () => {
    const db = await replayFiles({
      ...base,
      "0002_stats_proven.up.sql": `DROP VIEW universe_stats;\n${statsV1.replace("GROUP BY", "WHERE roots.proof_type IS NOT NULL GROUP BY")}`,
      "0002_stats_proven.down.sql": `DROP VIEW universe_stats;\n${statsV1.replace("GROUP BY", "WHERE roots.proof_type = 'merkle' GROUP BY")}`,
    });
    const f = only(db, "down-mismatch");
    expect(f.message).toBe(
      "after the down of 0002, view `universe_stats` has `where roots.proof_type = 'merkle'` after `leaves.root_id = roots.id`; it did not before 0002's up; make the down undo exactly what the up did",
    );
    expect(f.message).not.toContain("count(leaves.id)");
  });

  it("near miss: a short definition is still quoted whole", async () => {
    const db = await replayFiles({
      ...base,
      "0002_v.up.sql": "CREATE VIEW root_names AS SELECT name FROM roots;\n",
      "0002_v.down.sql": "DROP VIEW root_names;\nCREATE VIEW root_names AS SELECT name FROM roots;\n",
    });
    expect(only(db, "down-mismatch").message).toContain("view `root_names` still exists");
    expect(only(db, "down-mismatch").definitions).toBeUndefined();
  });
});

const users = (email: string) => `CREATE TABLE users (id INTEGER PRIMARY KEY, email ${email} NOT NULL);\n`;
const rebuild = (email: string) =>
  `CREATE TABLE users_new (id INTEGER PRIMARY KEY, email ${email} NOT NULL);\nINSERT INTO users_new SELECT * FROM users;\nDROP TABLE users;\nALTER TABLE users_new RENAME TO users;\n`;

describe("a declared type changed with the same affinity", () => {
  it("is a warning that says why it matters little in SQLite", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users("VARCHAR(255)"),
      "0001_users.down.sql": "DROP TABLE users;\n",
      "0002_wider_email.up.sql": rebuild("VARCHAR(768)"),
      "0002_wider_email.down.sql": rebuild("TEXT"),
    });
    const f = only(db, "down-mismatch");
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "after the down of 0002, column `users.email` is TEXT NOT NULL; it was VARCHAR(255) NOT NULL before 0002's up; only the declared type differs, with the same SQLite type affinity (TEXT): SQLite stores, compares and sorts the values alike and enforces no length, so only what reads declared types (an ORM, a schema dump) sees it; if it matters to them, make the down undo exactly what the up did",
    );
  });

  it("near miss: another affinity, or a key column leaving INTEGER (the rowid), stays an error", async () => {
    const numeric = await replayFiles({
      "0001_users.up.sql": users("VARCHAR(255)"),
      "0001_users.down.sql": "DROP TABLE users;\n",
      "0002_email.up.sql": rebuild("VARCHAR(768)"),
      "0002_email.down.sql": rebuild("NUMERIC"),
    });
    expect(only(numeric, "down-mismatch").severity).toBe("error");
    const rowid = await replayFiles({
      "0001_t.up.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n",
      "0001_t.down.sql": "DROP TABLE t;\n",
      "0002_t.up.sql":
        "CREATE TABLE t_new (id INT PRIMARY KEY, v TEXT);\nINSERT INTO t_new SELECT * FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;\n",
      "0002_t.down.sql": "",
    });
    const f = only(rowid, "down-mismatch");
    expect(f.severity).toBe("error");
    expect(f.message).not.toContain("only the declared type differs");
  });
});
