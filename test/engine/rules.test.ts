import { describe, expect, it } from "vitest";
import { runReplay } from "../../src/engine/replay/replay.js";
import { only, replayFiles, rulesOf } from "../helpers/replay.js";
import { tempTree } from "../helpers/temp-dir.js";

const users = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";
const dropUsers = "DROP TABLE users;\n";

describe("parse-error", () => {
  it("triggers on a goose file without an Up marker", async () => {
    const db = await replayFiles({
      "00001_init.sql": "-- +goose Down\nDROP TABLE users;\n",
      "00002_b.sql": `-- +goose Up\n${users}-- +goose Down\n${dropUsers}`,
    });
    const f = only(db, "parse-error");
    expect(f.file).toBe("migrations/00001_init.sql");
    expect(f.severity).toBe("error");
  });
  it("triggers on a file that is not UTF-8", async () => {
    const db = await replayFiles({
      "0001_init.up.sql": new Uint8Array([0x43, 0x52, 0xff, 0xfe, 0x00, 0x41]),
      "0001_init.down.sql": dropUsers,
    });
    expect(only(db, "parse-error").file).toBe("migrations/0001_init.up.sql");
  });
  it("near miss: an empty goose Down section is valid input", async () => {
    const db = await replayFiles({ "00001_seed.sql": "-- +goose Up\nSELECT 1;\n-- +goose Down\n" });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("duplicate-version", () => {
  it("names every file claiming the version", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": dropUsers,
      "0002_a.up.sql": "CREATE TABLE a (id INTEGER);",
      "0002_a.down.sql": "DROP TABLE a;",
      "0002_b.up.sql": "CREATE TABLE b (id INTEGER);",
      "0002_b.down.sql": "DROP TABLE b;",
    });
    const f = only(db, "duplicate-version");
    expect(f.message).toContain("0002_a");
    expect(f.message).toContain("0002_b");
  });
  it("near miss: consecutive versions", async () => {
    const db = await replayFiles({
      "0001_a.up.sql": "CREATE TABLE a (id INTEGER);",
      "0001_a.down.sql": "DROP TABLE a;",
      "0002_b.up.sql": "CREATE TABLE b (id INTEGER);",
      "0002_b.down.sql": "DROP TABLE b;",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("up-failed", () => {
  it("points at the failing statement's line and column with SQLite's message", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": `${users}\n-- the next one is wrong\n  INSERT INTO nope VALUES (1);\n`,
      "0001_users.down.sql": dropUsers,
      "0002_later.up.sql": "CREATE TABLE later (id INTEGER);",
      "0002_later.down.sql": "DROP TABLE later;",
    });
    const f = only(db, "up-failed");
    expect(f).toMatchObject({ file: "migrations/0001_users.up.sql", line: 4, column: 3, version: "0001" });
    expect(f.message).toContain("no such table: nope");
    expect(db.migrations.map((m) => m.up)).toEqual(["failed", "not-run"]);
  });
  it("near miss: semicolons inside a trigger body and a string do not split statements", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": `${users}CREATE TABLE log (msg TEXT);\nCREATE TRIGGER users_log AFTER INSERT ON users BEGIN\n  INSERT INTO log VALUES ('a; b');\n  INSERT INTO log VALUES ('end;');\nEND;\nINSERT INTO users (email) VALUES ('x;y');\n`,
      "0001_users.down.sql": "DROP TRIGGER users_log;\nDROP TABLE log;\nDROP TABLE users;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("down-failed", () => {
  it("reports the down's failing line", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": "DROP TABLE users;\nDROP TABLE sessions;\n",
    });
    expect(only(db, "down-failed")).toMatchObject({ line: 2, file: "migrations/0001_users.down.sql" });
    expect(db.migrations[0]?.down).toBe("failed");
  });
  it("near miss: DROP … IF EXISTS of something absent succeeds", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": "DROP TABLE users;\nDROP TABLE IF EXISTS sessions;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("down-missing", () => {
  it("warns when a layout with downs lacks one", async () => {
    const db = await replayFiles({ "0001_users.up.sql": users });
    expect(only(db, "down-missing").severity).toBe("warning");
  });
  it("near miss: up-only layouts are not asked for downs", async () => {
    const db = await replayFiles({
      "20240101000000_init/migration.sql": users,
      "migration_lock.toml": 'provider = "sqlite"\n',
    });
    expect(rulesOf(db)).toEqual([]);
  });
  it("near miss: --down none does not look at downs at all", async () => {
    const cwd = tempTree({
      "migrations/0001_users.up.sql": users,
      "migrations/0002_b.up.sql": "SELECT 1;\n",
    });
    const { report } = await runReplay({ cwd, dir: "migrations", down: "none" });
    expect(report.databases[0]?.findings).toEqual([]);
    expect(report.databases[0]?.migrations.map((m) => m.down)).toEqual(["not-run", "not-run"]);
  });
});

describe("down-mismatch", () => {
  it("says which object the down left behind", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": dropUsers,
      "0002_email_index.up.sql":
        "CREATE UNIQUE INDEX users_email ON users (email);\nALTER TABLE users ADD COLUMN nickname TEXT;\n",
      "0002_email_index.down.sql": "ALTER TABLE users DROP COLUMN nickname;\n",
    });
    const f = only(db, "down-mismatch");
    expect(f.message).toBe(
      "after the down of 0002, index `users_email` still exists; it did not exist before 0002's up; make the down undo exactly what the up did",
    );
    expect(f.file).toBe("migrations/0002_email_index.down.sql");
  });
  it("states the context once when several things differ, and points at the down's first line", async () => {
    const db = await replayFiles({
      "20240101000000_users.sql": `-- migrate:up\n${users}\n-- migrate:down\n${dropUsers}`,
      "20240102000000_more.sql":
        "-- migrate:up\nCREATE INDEX users_email ON users (email);\nALTER TABLE users ADD COLUMN nickname TEXT NOT NULL DEFAULT '';\n\n-- migrate:down\nSELECT 1;\n",
    });
    const f = only(db, "down-mismatch");
    expect(f.line).toBe(6);
    expect(f.message).toBe(
      "after the down of 20240102000000, 2 things differ from before 20240102000000's up: index `users_email` still exists (it did not exist); column `users.nickname` still exists (it did not exist); make the down undo exactly what the up did",
    );
  });
  it("an empty down after a schema-changing up is a mismatch", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": "-- nothing to undo\n",
    });
    expect(only(db, "down-mismatch").message).toMatch(/empty/);
  });
  it("one bad down does not cascade into its neighbours", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": dropUsers,
      "0002_posts.up.sql":
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n",
      "0002_posts.down.sql": "",
      "0003_tags.up.sql":
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts (id));\n",
      "0003_tags.down.sql": "DROP TABLE tags;\n",
    });
    expect(rulesOf(db)).toEqual(["down-mismatch"]);
    expect(db.migrations.map((m) => m.down)).toEqual(["ok", "mismatch", "ok"]);
  });
  it("near miss: DEFAULT false restored as DEFAULT 0 is the same default", async () => {
    const db = await replayFiles({
      "0001_flags.up.sql":
        "CREATE TABLE flags (id INTEGER PRIMARY KEY, on_ INTEGER NOT NULL DEFAULT false);\n",
      "0001_flags.down.sql": "DROP TABLE flags;\n",
      "0002_rebuild.up.sql":
        "CREATE TABLE flags_new (id INTEGER PRIMARY KEY, on_ INTEGER NOT NULL DEFAULT TRUE);\nDROP TABLE flags;\nALTER TABLE flags_new RENAME TO flags;\n",
      "0002_rebuild.down.sql":
        "CREATE TABLE flags_old (id INTEGER PRIMARY KEY, on_ INTEGER NOT NULL DEFAULT (0));\nDROP TABLE flags;\nALTER TABLE flags_old RENAME TO flags;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
  it("near miss: a down restoring the same schema in other words, and a rebuilt table, are equal", async () => {
    const db = await replayFiles({
      "0001_users.up.sql":
        "create table users (\n  id integer primary key,\n  email text not null\n);\ncreate index users_email on users(email);\n",
      "0001_users.down.sql": "DROP TABLE users;\n",
      "0002_rebuild.up.sql":
        'CREATE TABLE "new_users" ("id" INTEGER PRIMARY KEY, "email" TEXT NOT NULL, "age" INTEGER CHECK (age >= 0));\nINSERT INTO new_users (id, email) SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE new_users RENAME TO users;\nCREATE INDEX users_email ON users (email);\n',
      "0002_rebuild.down.sql":
        'CREATE TABLE `tmp` (`id` INTEGER PRIMARY KEY, /* kept */ `email` TEXT NOT NULL);\nINSERT INTO tmp SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE tmp RENAME TO users;\nCREATE INDEX "users_email" ON "users" ("email");\n',
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("down-column-order", () => {
  it("warns when a dropped column comes back at the end", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT, email TEXT);\n",
      "0001_users.down.sql": dropUsers,
      "0002_drop_legacy.up.sql": "ALTER TABLE users DROP COLUMN legacy;\n",
      "0002_drop_legacy.down.sql": "ALTER TABLE users ADD COLUMN legacy TEXT;\n",
    });
    const f = only(db, "down-column-order");
    expect(f.severity).toBe("warning");
    expect(f.message).toMatch(
      /^after the down of 0002, table `users` has the same columns in another order: `legacy` after `email`; it had `legacy` after `id` before 0002's up; no data is lost/,
    );
    expect(db.migrations[1]?.down).toBe("ok");
  });
  it("near miss: a down that rebuilds the table in its original order", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT, email TEXT);\n",
      "0001_users.down.sql": dropUsers,
      "0002_drop_legacy.up.sql": "ALTER TABLE users DROP COLUMN legacy;\n",
      "0002_drop_legacy.down.sql":
        "CREATE TABLE users_old (id INTEGER PRIMARY KEY, legacy TEXT, email TEXT);\nINSERT INTO users_old (id, email) SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE users_old RENAME TO users;\n",
    });
    // The up's DROP COLUMN is a destructive change of its own.
    expect(rulesOf(db)).toEqual(["destructive"]);
  });
});

describe("redo-mismatch", () => {
  it("triggers when the up cannot run again after its down", async () => {
    const db = await replayFiles({
      "0001_settings.up.sql": "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);\n",
      "0001_settings.down.sql": "DROP TABLE settings;\n",
      "0002_seed.up.sql":
        "CREATE TABLE flags (id INTEGER);\nINSERT INTO settings VALUES ('theme', 'dark');\n",
      "0002_seed.down.sql": "DROP TABLE flags;\n",
    });
    const f = only(db, "redo-mismatch");
    expect(f.message).toContain("UNIQUE constraint failed");
    expect(f.line).toBe(2);
  });
  it("near miss: the down removes the seeded row too", async () => {
    const db = await replayFiles({
      "0001_settings.up.sql": "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);\n",
      "0001_settings.down.sql": "DROP TABLE settings;\n",
      "0002_seed.up.sql":
        "CREATE TABLE flags (id INTEGER);\nINSERT INTO settings VALUES ('theme', 'dark');\n",
      "0002_seed.down.sql": "DELETE FROM settings WHERE key = 'theme';\nDROP TABLE flags;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("integrity", () => {
  const parent =
    "CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (p_id INTEGER REFERENCES p (id));\n";
  it("triggers on a dangling foreign key left with enforcement off", async () => {
    const db = await replayFiles({
      "20240101000000_init.sql": `-- migrate:up transaction:false\nPRAGMA foreign_keys = OFF;\n${parent}INSERT INTO c VALUES (5);\nPRAGMA foreign_keys = ON;\n\n-- migrate:down\nDROP TABLE c;\nDROP TABLE p;\n`,
    });
    const f = db.findings.find((x) => x.rule === "integrity");
    expect(f?.message).toContain("`c`");
    expect(f?.severity).toBe("error");
  });
  it("triggers at the step that left a dangling row after an earlier one turned enforcement off", async () => {
    const db = await replayFiles({
      "20240101000000_init.sql": `-- migrate:up\n${parent}\n-- migrate:down\nDROP TABLE c;\nDROP TABLE p;\n`,
      "20240102000000_off.sql":
        "-- migrate:up transaction:false\nPRAGMA foreign_keys = OFF;\n\n-- migrate:down transaction:false\nSELECT 1;\n",
      "20240103000000_row.sql":
        "-- migrate:up\nINSERT INTO c VALUES (7);\n\n-- migrate:down\nDELETE FROM c WHERE p_id = 7;\n",
    });
    const found = db.findings.filter((x) => x.rule === "integrity");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("after the up of 20240103000000");
  });
  it("triggers on a foreign key whose parent key is not unique", async () => {
    const db = await replayFiles({
      "0001_init.up.sql": "CREATE TABLE p (code TEXT);\nCREATE TABLE c (p_code TEXT REFERENCES p (code));\n",
      "0001_init.down.sql": "DROP TABLE c;\nDROP TABLE p;\n",
    });
    expect(db.findings.find((x) => x.rule === "integrity")?.message).toContain("foreign key mismatch");
  });
  it("triggers on rows let past a CHECK by ignore_check_constraints, at the step that did it", async () => {
    const db = await replayFiles({
      "0001_init.up.sql": "CREATE TABLE prices (amount INTEGER CHECK (amount > 0));\n",
      "0001_init.down.sql": "DROP TABLE prices;\n",
      "0002_bad.up.sql":
        "PRAGMA ignore_check_constraints = ON;\nINSERT INTO prices VALUES (-5);\nPRAGMA ignore_check_constraints = OFF;\n",
      "0002_bad.down.sql": "DELETE FROM prices WHERE amount = -5;\n",
      "0003_more.up.sql": "CREATE TABLE notes (body TEXT);\n",
      "0003_more.down.sql": "DROP TABLE notes;\n",
    });
    const found = db.findings.filter((x) => x.rule === "integrity");
    expect(found).toHaveLength(1);
    expect(found[0]?.version).toBe("0002");
    expect(found[0]?.message).toContain("after the up of 0002");
    expect(found[0]?.message).toContain("CHECK constraint failed in prices");
  });
  it("near miss: the same PRAGMA with rows that satisfy the CHECK", async () => {
    const db = await replayFiles({
      "0001_init.up.sql": "CREATE TABLE prices (amount INTEGER CHECK (amount > 0));\n",
      "0001_init.down.sql": "DROP TABLE prices;\n",
      "0002_ok.up.sql":
        "PRAGMA ignore_check_constraints = ON;\nINSERT INTO prices VALUES (5);\nPRAGMA ignore_check_constraints = OFF;\n",
      "0002_ok.down.sql": "DELETE FROM prices WHERE amount = 5;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
  it("near miss: the parent row exists", async () => {
    const db = await replayFiles({
      "0001_init.up.sql": `${parent}INSERT INTO p VALUES (5);\nINSERT INTO c VALUES (5);\n`,
      "0001_init.down.sql": "DROP TABLE c;\nDROP TABLE p;\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("transaction-control", () => {
  it("warns once when a file has BEGIN/COMMIT but its tool already wraps it, naming the opt-out", async () => {
    const db = await replayFiles({
      "00001_users.sql": `-- +goose Up\nBEGIN;\n${users}COMMIT;\n-- +goose Down\n${dropUsers}`,
    });
    const f = only(db, "transaction-control");
    expect(f).toMatchObject({ line: 2, file: "migrations/00001_users.sql", severity: "warning" });
    expect(f.message).toContain("BEGIN at line 2");
    expect(f.message).toContain("-- +goose NO TRANSACTION");
    expect(rulesOf(db)).toContain("up-failed");
  });
  it("warns when a file run as written opens a transaction it never closes", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": `BEGIN;\n${users}`,
      "0001_users.down.sql": `BEGIN;\n${dropUsers}COMMIT;\n`,
    });
    const f = only(db, "transaction-control");
    expect(f).toMatchObject({ line: 1, file: "migrations/0001_users.up.sql" });
    expect(f.message).toContain("never closes");
  });
  it("near miss: golang-migrate files that manage their own transactions, as x-no-tx-wrap requires", async () => {
    const rebuild = `PRAGMA foreign_keys=OFF;\nBEGIN;\n${users}COMMIT;\nPRAGMA foreign_keys=ON;\n`;
    const db = await replayFiles({
      "0001_users.up.sql": rebuild,
      "0001_users.down.sql": `BEGIN;\n${dropUsers}COMMIT;\n`,
    });
    expect(rulesOf(db)).toEqual([]);
  });
  it("fk-pragma-in-transaction: once per file, an error, for PRAGMA foreign_keys = OFF inside dbmate's transaction", async () => {
    const db = await replayFiles({
      "20240101000000_users.sql": `-- migrate:up\n-- step 1\nPRAGMA foreign_keys = OFF;\n${users}PRAGMA foreign_keys = off;\nPRAGMA foreign_keys = ON;\n\n-- migrate:down\n${dropUsers}`,
    });
    const f = only(db, "fk-pragma-in-transaction");
    expect(f).toMatchObject({ line: 3, severity: "error", file: "migrations/20240101000000_users.sql" });
    expect(f.message).toMatch(
      /^`PRAGMA foreign_keys = OFF;` at migrations\/20240101000000_users.sql:3 \(and line 5\) is a no-op where it stands/,
    );
    expect(f.message).toContain("transaction:false");
  });
  it("tells D1 users about defer_foreign_keys, and says nothing of PRAGMA foreign_keys = ON", async () => {
    const db = await replayFiles(
      {
        "0001_users.sql": `PRAGMA foreign_keys = ON;\n${users}`,
        "0002_rebuild.sql": "PRAGMA foreign_keys = OFF;\nCREATE TABLE notes (id INTEGER);\n",
      },
      {},
      { layout: "d1" },
    );
    const f = only(db, "fk-pragma-in-transaction");
    expect(f.file).toBe("migrations/0002_rebuild.sql");
    expect(f.message).toContain("PRAGMA defer_foreign_keys = on");
  });
  it("near miss: BEGIN inside a trigger body and transaction:false with PRAGMA", async () => {
    const db = await replayFiles({
      "20240101000000_users.sql": `-- migrate:up transaction:false\nPRAGMA foreign_keys = OFF;\n${users}CREATE TRIGGER t AFTER INSERT ON users BEGIN SELECT 'BEGIN;'; END;\nPRAGMA foreign_keys = ON;\n\n-- migrate:down\nDROP TRIGGER t;\n${dropUsers}`,
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("order-ambiguous", () => {
  it("warns when text and numeric order disagree, naming the tool's order", async () => {
    const db = await replayFiles({
      "9_a.up.sql": "CREATE TABLE a (id INTEGER PRIMARY KEY);",
      "9_a.down.sql": "DROP TABLE a;",
      "10_b.up.sql": "CREATE TABLE b (id INTEGER REFERENCES a (id));",
      "10_b.down.sql": "DROP TABLE b;",
    });
    expect(only(db, "order-ambiguous").severity).toBe("warning");
    expect(db.migrations.map((m) => m.version)).toEqual(["9", "10"]);
  });
  it("near miss: zero-padded versions", async () => {
    const db = await replayFiles({
      "0009_a.up.sql": "CREATE TABLE a (id INTEGER);",
      "0009_a.down.sql": "DROP TABLE a;",
      "0010_b.up.sql": "CREATE TABLE b (id INTEGER);",
      "0010_b.down.sql": "DROP TABLE b;",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("empty-migration", () => {
  it("warns about an up with nothing but comments", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": dropUsers,
      "0002_todo.up.sql": "-- TODO: add the orders table\n\n",
      "0002_todo.down.sql": "",
    });
    expect(only(db, "empty-migration")).toMatchObject({
      version: "0002",
      file: "migrations/0002_todo.up.sql",
      severity: "warning",
    });
  });
  it("near miss: a data-only up with an empty down", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": users,
      "0001_users.down.sql": dropUsers,
      "0002_seed.up.sql": "INSERT INTO users (email) VALUES ('admin@example.com');\n",
      "0002_seed.down.sql": "",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});

describe("not-replayed", () => {
  it("warns about a Go step between SQL files", async () => {
    const db = await replayFiles({
      "00001_users.sql": `-- +goose Up\n${users}-- +goose Down\n${dropUsers}`,
      "00002_backfill.go": "package migrations\n",
      "00003_posts.sql":
        "-- +goose Up\nCREATE TABLE posts (id INTEGER);\n-- +goose Down\nDROP TABLE posts;\n",
    });
    expect(only(db, "not-replayed")).toMatchObject({ version: "00002", severity: "warning" });
    expect(db.migrations.map((m) => m.up)).toEqual(["ok", "not-run", "ok"]);
  });
  it("near miss: a README beside the migrations is not a step", async () => {
    const db = await replayFiles({
      "00001_users.sql": `-- +goose Up\n${users}-- +goose Down\n${dropUsers}`,
      "README.md": "# migrations\n",
    });
    expect(rulesOf(db)).toEqual([]);
  });
});
