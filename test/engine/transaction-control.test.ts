import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { only, replayFiles, rulesOf } from "../helpers/replay.js";
import { tempTree } from "../helpers/temp-dir.js";

const BREAK = "--> statement-breakpoint\n";

/** A Drizzle set: each migration's statements joined by breakpoints, listed in the journal in this order. */
function drizzle(migrations: Record<string, string[]>): Record<string, string> {
  const tags = Object.keys(migrations);
  const entries = tags.map((tag, idx) => ({
    idx,
    version: "6",
    when: 1700000000000 + idx,
    tag,
    breakpoints: true,
  }));
  return {
    "meta/_journal.json": JSON.stringify({ version: "7", dialect: "sqlite", entries }),
    ...Object.fromEntries(tags.map((tag) => [`${tag}.sql`, (migrations[tag] ?? []).join(BREAK)])),
  };
}

const init = [
  "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n",
  "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE);\n",
];
const rebuild = [
  "CREATE TABLE __new_users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');\n",
  "INSERT INTO __new_users SELECT id, coalesce(name, '') FROM users;\n",
  "DROP TABLE users;\n",
  "ALTER TABLE __new_users RENAME TO users;\n",
];

describe("transaction-control warns only about what happens when the tool runs the file", () => {
  it("Drizzle: a file that ends the migrator's transaction, turns foreign keys off and begins again runs as meant", async () => {
    const db = await replayFiles(
      drizzle({
        "0000_init": init,
        "0001_rebuild": [
          "COMMIT;\n",
          "PRAGMA foreign_keys=OFF;\n",
          "BEGIN;\n",
          ...rebuild,
          "COMMIT;\n",
          "PRAGMA foreign_keys=ON;\n",
          "BEGIN;\n",
        ],
      }),
    );
    expect(db.migrations.map((m) => m.up)).toEqual(["ok", "ok"]);
    expect(db.findings).toEqual([]);
  });

  it("near miss: Drizzle, the same rebuild with PRAGMA foreign_keys=OFF inside the migrator's transaction", async () => {
    const db = await replayFiles(
      drizzle({
        "0000_init": init,
        "0001_rebuild": ["PRAGMA foreign_keys=OFF;\n", ...rebuild, "PRAGMA foreign_keys=ON;\n"],
      }),
    );
    const f = only(db, "fk-pragma-in-transaction");
    expect(f).toMatchObject({ file: "migrations/0001_rebuild.sql", line: 1, severity: "error" });
    expect(f.message).toMatch(
      /^`PRAGMA foreign_keys=OFF;` at migrations\/0001_rebuild.sql:1 is a no-op where it stands: Drizzle runs every pending migration in one transaction/,
    );
  });

  it("goose: a COMMIT that ends goose's transaction makes goose's own COMMIT fail, and says so", async () => {
    const db = await replayFiles({
      "00001_users.sql": `-- +goose Up\n${init[0]}COMMIT;\n-- +goose Down\nDROP TABLE users;\n`,
    });
    const f = only(db, "transaction-control");
    expect(f).toMatchObject({ file: "migrations/00001_users.sql", line: 3 });
    expect(f.message).toBe(
      "migrations/00001_users.sql: COMMIT at line 3 ends the transaction goose runs the file in, so what follows runs outside any transaction and goose's own COMMIT after the file fails with \"cannot commit - no transaction is active\"; remove it, or let the file run as written: add `-- +goose NO TRANSACTION` to the file; goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: goose's Provider runs them all on one, the goose CLI and goose.Up each on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the goose CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime",
    );
    expect(rulesOf(db)).toContain("up-failed");
  });

  it("goose and sql-migrate: the opt-out runs statements one by one on a pool, and the message says when the PRAGMA still reaches the rebuild", async () => {
    const body = `PRAGMA foreign_keys = OFF;\n${rebuild.join("")}PRAGMA foreign_keys = ON;\n`;
    const goose = await replayFiles({
      "00001_init.sql": `-- +goose Up\n${init.join("")}-- +goose Down\nDROP TABLE posts;\nDROP TABLE users;\n`,
      "00002_rebuild.sql": `-- +goose Up\n${body}`,
    });
    const g = only(goose, "fk-pragma-in-transaction");
    expect(g.file).toBe("migrations/00002_rebuild.sql");
    expect(g.message).toContain(
      "add `-- +goose NO TRANSACTION` to the file; goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: goose's Provider runs them all on one, the goose CLI and goose.Up each on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the goose CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime",
    );
    const sqlMigrate = await replayFiles(
      {
        "1_init.sql": `-- +migrate Up\n${init.join("")}-- +migrate Down\nDROP TABLE posts;\nDROP TABLE users;\n`,
        "2_rebuild.sql": `-- +migrate Up\n${body}`,
      },
      {},
      { layout: "sql-migrate" },
    );
    const m = only(sqlMigrate, "fk-pragma-in-transaction");
    expect(m.message).toContain(
      "add `notransaction` to its `-- +migrate Up` / `Down` line; sql-migrate then runs each statement by itself",
    );
    expect(m.message).toContain("certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime");
  });

  it("near miss: dbmate runs a section in one call on one connection, so its opt-out needs no such clause", async () => {
    const db = await replayFiles({
      "20240101000000_init.sql": `-- migrate:up\n${init.join("")}\n-- migrate:down\nDROP TABLE posts;\nDROP TABLE users;\n`,
      "20240102000000_rebuild.sql": `-- migrate:up\nPRAGMA foreign_keys = OFF;\n${rebuild.join("")}PRAGMA foreign_keys = ON;\n\n-- migrate:down\nSELECT 1;\n`,
    });
    const f = only(db, "fk-pragma-in-transaction");
    expect(f.message).toMatch(/add `transaction:false` to its `-- migrate:up` \/ `-- migrate:down` line$/);
    expect(f.message).not.toContain("connection:");
  });

  it("a file run as written that turns foreign keys off inside its own BEGIN gets told the PRAGMA did nothing", async () => {
    const db = await replayFiles({
      "0001_users.up.sql": `BEGIN;\n${init[0]}COMMIT;\n`,
      "0001_users.down.sql": "BEGIN;\nDROP TABLE users;\nCOMMIT;\n",
      "0002_name.up.sql": `BEGIN;\nPRAGMA foreign_keys=OFF;\n${rebuild.join("")}PRAGMA foreign_keys=ON;\nCOMMIT;\n`,
    });
    const f = only(db, "fk-pragma-in-transaction");
    expect(f).toMatchObject({ file: "migrations/0002_name.up.sql", line: 2 });
    expect(f.message).toContain(
      "the file's own BEGIN at line 1 opened a transaction, where SQLite ignores it",
    );
  });
});

describe("near misses", () => {
  it("PRAGMA defer_foreign_keys = OFF in a file run as written is not foreign_keys", async () => {
    const db = await replayFiles(
      {
        "20240101000000_init/migration.sql": `PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n${init.join("")}PRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n`,
        "migration_lock.toml": 'provider = "sqlite"\n',
      },
      {},
      { layout: "prisma" },
    );
    expect(db.findings).toEqual([]);
  });
});

describe('a database whose runner applies all pending migrations in one transaction ("transaction": "all")', () => {
  const files = {
    "00001_init.sql": `${init.join("")}`,
    "00002_rebuild.sql": `PRAGMA foreign_keys = OFF;\n${rebuild.join("")}PRAGMA foreign_keys = ON;\n`,
  };

  it("reports PRAGMA foreign_keys = OFF as the no-op it is there", async () => {
    const db = await replayFiles(files, {}, { layout: "plain", transaction: "all" });
    const f = only(db, "fk-pragma-in-transaction");
    expect(f).toMatchObject({ file: "migrations/00002_rebuild.sql", line: 1 });
    expect(f.message).toContain(
      'is a no-op where it stands: the database\'s "transaction": "all" says the application\'s runner runs every pending migration in one transaction',
    );
  });

  it("near miss: the same files run as written, where the PRAGMA takes effect", async () => {
    const db = await replayFiles(files, {}, { layout: "plain" });
    expect(db.findings).toEqual([]);
  });

  it("is refused with anything but each, all or none", async () => {
    const cwd = tempTree({
      "m/0001_a.sql": "SELECT 1;\n",
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "main", dir: "m", transaction: "pending" }],
      }),
    });
    const r = await runCli(cwd, ["replay"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("databases.0.transaction");
  });
});
