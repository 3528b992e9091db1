import { describe, expect, it } from "vitest";
import { only, replayFiles, rulesOf } from "../helpers/replay.js";

// golang-migrate layout: NNNN_name.up.sql / .down.sql, each file run as written.
const init = {
  "0001_init.up.sql":
    "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER REFERENCES teams(id));\nCREATE INDEX users_email ON users(email);\n",
  "0001_init.down.sql": "DROP TABLE users;\nDROP TABLE teams;\n",
};
const rebuild = (create: string, copy: string, after = "CREATE INDEX users_email ON users(email);\n") =>
  `${create}${copy}DROP TABLE users;\nALTER TABLE new_users RENAME TO users;\n${after}`;
const fullCreate =
  "CREATE TABLE new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER REFERENCES teams(id), name TEXT);\n";
const fullCopy = "INSERT INTO new_users (id, email, team_id) SELECT id, email, team_id FROM users;\n";

describe("destructive", () => {
  it("reports DROP TABLE, DROP COLUMN and RENAME TABLE/COLUMN of tables that existed, each at its line", async () => {
    const db = await replayFiles({
      ...init,
      "0002_changes.up.sql":
        "ALTER TABLE users RENAME COLUMN email TO mail;\nALTER TABLE teams DROP COLUMN name;\n\nALTER TABLE teams RENAME TO groups;\nDROP TABLE groups;\n",
    });
    const found = db.findings.filter((f) => f.rule === "destructive");
    expect(found.map((f) => [f.file, f.line, f.severity])).toEqual([
      ["migrations/0002_changes.up.sql", 1, "warning"],
      ["migrations/0002_changes.up.sql", 2, "warning"],
      ["migrations/0002_changes.up.sql", 4, "warning"],
      ["migrations/0002_changes.up.sql", 5, "warning"],
    ]);
    expect(found[0]?.message).toBe(
      "migrations/0002_changes.up.sql:1 renames the column `email` of `users` to `mail`; golang-migrate runs it as written, and during a rolling deploy the application still running the old code uses it and fails until every instance runs the new code; ship it in two steps (first code that no longer uses it, then this migration), or acknowledge it if nothing running uses it",
    );
    expect(found[1]?.message).toContain("drops the column `name` of `teams` and its values");
    expect(found[2]?.message).toContain("renames the table `teams` to `groups`");
    expect(found[3]?.message).toContain("drops the table `groups` and its rows");
  });

  it("near misses: downs, a table the same migration created, DROP TABLE IF EXISTS of nothing", async () => {
    const db = await replayFiles({
      ...init,
      "0002_tmp.up.sql":
        "CREATE TABLE scratch (id INTEGER);\nALTER TABLE scratch RENAME COLUMN id TO n;\nALTER TABLE scratch RENAME TO scratch2;\nDROP TABLE scratch2;\nDROP TABLE IF EXISTS never_there;\n",
      "0002_tmp.down.sql": "DROP TABLE IF EXISTS scratch2;\n",
      "0003_t.up.sql": "CREATE TABLE t (id INTEGER);\n",
      "0003_t.down.sql": "DROP TABLE t;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });

  it("near miss: the standard rebuild keeps the table and its columns", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql": rebuild(fullCreate, fullCopy),
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });

  it("a rebuild that leaves out a column is a dropped column, at the new table's CREATE", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql": rebuild(
        "CREATE TABLE new_users (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams(id));\n",
        "INSERT INTO new_users (id, team_id) SELECT id, team_id FROM users;\n",
        "",
      ),
    });
    const f = only(db, "destructive");
    expect(f).toMatchObject({ file: "migrations/0002_rebuild.up.sql", line: 1 });
    expect(f.message).toContain("rebuilds `users` without the column `email`");
  });
});

describe("destructive near misses from real histories", () => {
  it("a column renamed aside, a new one under its name, the old one dropped: the column is still there", async () => {
    const db = await replayFiles({
      ...init,
      "0002_default.up.sql":
        "ALTER TABLE teams RENAME COLUMN name TO name_old;\nALTER TABLE teams ADD COLUMN name TEXT DEFAULT 'x';\nUPDATE teams SET name = name_old;\nALTER TABLE teams DROP COLUMN name_old;\n",
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });
  it("a table rebuilt twice in one file under the same new name is two rebuilds", async () => {
    const twice = rebuild(fullCreate, fullCopy, "");
    const db = await replayFiles({
      ...init,
      "0002_twice.up.sql": `DROP INDEX users_email;\n${twice}UPDATE users SET name = 'x';\n${twice}`,
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });
});

describe("rebuild-order", () => {
  it("the old table renamed first leaves the other table's foreign key naming the dropped old_ table", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql":
        "ALTER TABLE teams RENAME TO old_teams;\nCREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');\nINSERT INTO teams (id, name) SELECT id, coalesce(name, '') FROM old_teams;\nDROP TABLE old_teams;\n",
    });
    const f = only(db, "rebuild-order");
    expect(f).toMatchObject({ file: "migrations/0002_rebuild.up.sql", line: 1, severity: "warning" });
    expect(f.message).toContain(
      "re-points what refers to `teams` (the foreign key of `users`) to `old_teams`",
    );
    expect(f.message).toContain("the DROP at line 4");
    expect(rulesOf(db)).not.toContain("destructive");
  });

  it("near miss: the old table renamed first when nothing refers to it", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql":
        "ALTER TABLE users RENAME TO old_users;\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER REFERENCES teams(id));\nINSERT INTO users (id, email, team_id) SELECT id, email, team_id FROM old_users;\nDROP TABLE old_users;\nCREATE INDEX users_email ON users(email);\n",
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });

  it("an index not created again, a foreign key lost and SELECT * in the copy", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql": rebuild(
        "CREATE TABLE new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER);\n",
        "INSERT INTO new_users SELECT * FROM users;\n",
        "",
      ),
    });
    const found = db.findings.filter((f) => f.rule === "rebuild-order");
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(found[0]?.message).toContain("without its foreign key `(team_id) REFERENCES teams`");
    expect(found[1]?.message).toContain("with `SELECT *`");
    expect(found[2]?.message).toContain("took its index `users_email`");
  });

  it("near miss: the index made again under another name", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql": rebuild(fullCreate, fullCopy, "CREATE INDEX users_by_email ON users(email);\n"),
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });

  it("near miss: an index dropped on purpose before the rebuild", async () => {
    const db = await replayFiles({
      ...init,
      "0002_rebuild.up.sql": `DROP INDEX users_email;\n${rebuild(fullCreate, fullCopy, "")}`,
    });
    expect(rulesOf(db).filter((r) => r !== "down-missing")).toEqual([]);
  });
});

describe("writable-schema and legacy-alter-table", () => {
  it("report turning the PRAGMAs on and writing sqlite_schema, at their lines", async () => {
    const db = await replayFiles({
      ...init,
      "0002_hack.up.sql":
        "PRAGMA legacy_alter_table = ON;\nALTER TABLE teams RENAME COLUMN name TO title;\nPRAGMA legacy_alter_table = OFF;\n",
      "0002_hack.down.sql": "ALTER TABLE teams RENAME COLUMN title TO name;\n",
      "0003_schema.up.sql":
        "PRAGMA writable_schema = 1;\nUPDATE sqlite_schema SET sql = sql WHERE name = 'teams';\nPRAGMA writable_schema = 0;\n",
      "0003_schema.down.sql": "SELECT 1;\n",
      "0004_master.up.sql": "DELETE FROM main.sqlite_master WHERE name = 'nothing';\n",
      "0004_master.down.sql": "SELECT 1;\n",
    });
    const legacy = only(db, "legacy-alter-table");
    expect(legacy).toMatchObject({ file: "migrations/0002_hack.up.sql", line: 1, severity: "warning" });
    const writable = db.findings.filter((f) => f.rule === "writable-schema");
    expect(writable.map((f) => [f.file, f.line])).toEqual([
      ["migrations/0003_schema.up.sql", 1],
      ["migrations/0004_master.up.sql", 1],
    ]);
    expect(writable[1]?.message).toContain("writes to sqlite_master");
  });

  it("near misses: turning them off, reading them, reading sqlite_schema, a table named like it", async () => {
    const db = await replayFiles({
      "0001_a.up.sql":
        "PRAGMA legacy_alter_table = OFF;\nPRAGMA writable_schema;\nPRAGMA writable_schema = OFF;\nCREATE TABLE my_sqlite_schema (sql TEXT);\nINSERT INTO my_sqlite_schema SELECT sql FROM sqlite_schema;\n",
      "0001_a.down.sql": "DROP TABLE my_sqlite_schema;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});
