import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import type { DatabaseReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { tempTree } from "../helpers/temp-dir.js";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/data/drizzle-cascade");

/** Replays `files` in migrations/ of a fresh directory, with or without data; `database`: config keys. */
async function replay(
  files: Record<string, string>,
  data: boolean | undefined,
  database?: Record<string, unknown>,
  extra: Record<string, string> = {},
): Promise<DatabaseReport> {
  const prefixed = Object.fromEntries(Object.entries(files).map(([k, v]) => [`migrations/${k}`, v]));
  const config: Record<string, string> = database
    ? {
        "lockstep.config.json": JSON.stringify({
          databases: [{ name: "main", dir: "migrations", ...database }],
        }),
      }
    : {};
  const cwd = tempTree({ ...prefixed, ...config, ...extra });
  const { report } = await runReplay({ cwd, dir: database ? undefined : "migrations", data, cache: false });
  return report.databases[0] as DatabaseReport;
}

const of = (db: DatabaseReport, rule: string): Finding[] => db.findings.filter((f) => f.rule === rule);

/** A dbmate file: its up and down. */
const dbmate = (up: string, down = "", upLine = "-- migrate:up") =>
  `${upLine}\n${up}\n-- migrate:down\n${down}\n`;

const AUTHORS = dbmate(
  "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\nCREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE, title TEXT NOT NULL);",
  "DROP TABLE posts;\nDROP TABLE authors;",
);
const D1_INIT =
  "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\nCREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id) ON DELETE CASCADE);";
const REBUILD_AUTHORS = [
  "PRAGMA foreign_keys = OFF;",
  "CREATE TABLE new_authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '');",
  "INSERT INTO new_authors (id, name, email) SELECT id, name, coalesce(email, '') FROM authors;",
  "DROP TABLE authors;",
  "ALTER TABLE new_authors RENAME TO authors;",
  "PRAGMA foreign_keys = ON;",
].join("\n");

describe("replay with data: data-loss", () => {
  it("Drizzle's rebuild of a parent with ON DELETE CASCADE children empties them, at the DROP TABLE", async () => {
    const cwd = tempTree({});
    cpSync(FIXTURE, join(cwd, "drizzle"), { recursive: true });
    const { report } = await runReplay({ cwd, dir: "drizzle", data: true, cache: false });
    const db = report.databases[0] as DatabaseReport;
    const [loss, ...more] = of(db, "data-loss");
    expect(more).toEqual([]);
    expect(loss).toMatchObject({ severity: "error", version: "0001", line: 9 });
    expect(loss?.file).toBe("drizzle/0001_authors_email_not_null.sql");
    expect(loss?.message).toContain('3 of its 3 rows of table "posts"');
    expect(loss?.message).toContain('DROP TABLE "authors" at drizzle/0001_authors_email_not_null.sql:9');
    expect(loss?.message).toContain("ON DELETE CASCADE");
    // The fix is Drizzle's: its migrator runs all pending migrations in one transaction.
    expect(loss?.message).toContain("before calling migrate()");
    expect(db.data).toBe(true);
    // Without data, the same replay has rows nowhere and says nothing of it.
    const empty = (await runReplay({ cwd, dir: "drizzle", cache: false })).report
      .databases[0] as DatabaseReport;
    expect(of(empty, "data-loss")).toEqual([]);
    expect(empty.data).toBeUndefined();
  });

  it("a prefix cached without data is not what a replay with data loads", async () => {
    const cwd = tempTree({});
    cpSync(FIXTURE, join(cwd, "drizzle"), { recursive: true });
    const cache = join(cwd, "cache");
    const cold = (await runReplay({ cwd, dir: "drizzle", cache })).report.databases[0] as DatabaseReport;
    expect(of(cold, "data-loss")).toEqual([]);
    const warm = (await runReplay({ cwd, dir: "drizzle", cache, data: true })).report
      .databases[0] as DatabaseReport;
    expect(of(warm, "data-loss")).toHaveLength(1);
    const again = (await runReplay({ cwd, dir: "drizzle", cache, data: true })).report
      .databases[0] as DatabaseReport;
    expect(again.findings).toEqual(warm.findings);
  });

  it("the same rebuild run as written, foreign keys really off, loses nothing (dbmate transaction:false)", async () => {
    const files = {
      "20240101000000_init.sql": AUTHORS,
      "20240102000000_rebuild.sql": dbmate(REBUILD_AUTHORS, "", "-- migrate:up transaction:false"),
    };
    const right = await replay(files, true, { down: "none" });
    expect(of(right, "data-loss")).toEqual([]);
    expect(of(right, "integrity")).toEqual([]);
    // Near miss: dbmate's own transaction ignores the PRAGMA, and the cascade fires; the fix is dbmate's opt-out.
    const wrapped = await replay({ ...files, "20240102000000_rebuild.sql": dbmate(REBUILD_AUTHORS) }, true, {
      down: "none",
    });
    const [loss] = of(wrapped, "data-loss");
    expect(loss?.line).toBe(5);
    expect(loss?.message).toContain("transaction:false");
  });

  it("goose: the fix names NO TRANSACTION and when its PRAGMA reaches the rebuild on goose's pool", async () => {
    const init = AUTHORS.replace("-- migrate:up", "-- +goose Up").replace(
      "-- migrate:down",
      "-- +goose Down",
    );
    const db = await replay(
      { "00001_init.sql": init, "00002_rebuild.sql": `-- +goose Up\n${REBUILD_AUTHORS}\n` },
      true,
      { down: "none" },
    );
    const [loss] = of(db, "data-loss");
    expect(loss?.file).toBe("migrations/00002_rebuild.sql");
    expect(loss?.message).toContain(
      "let the file run as written (add `-- +goose NO TRANSACTION` to the file) with PRAGMA foreign_keys = OFF before the rebuild and ON after",
    );
    expect(loss?.message).toMatch(
      /; goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: .* certainly with db\.SetMaxOpenConns\(1\) and no SetConnMaxLifetime$/,
    );
  });

  it("on D1 the fix is to copy the children, not defer_foreign_keys", async () => {
    const db = await replay(
      {
        "0001_init.sql": D1_INIT,
        "0002_rebuild.sql": REBUILD_AUTHORS,
      },
      true,
      { layout: "d1" },
    );
    const [loss] = of(db, "data-loss");
    expect(loss?.message).toContain("D1 always enforces foreign keys");
    expect(loss?.message).toContain('copy the rows of "posts" aside');
    // The replay is the evidence: deferring foreign keys does not stop the cascade of DROP TABLE.
    const deferred = await replay(
      {
        "0001_init.sql": D1_INIT,
        "0002_rebuild.sql": `PRAGMA defer_foreign_keys = on;\n${REBUILD_AUTHORS}`,
      },
      true,
      { layout: "d1" },
    );
    expect(of(deferred, "data-loss")).toHaveLength(1);
  });

  it("ON DELETE SET NULL through a rebuild loses the references, by column", async () => {
    const db = await replay(
      {
        "20240101000000_init.sql": dbmate(
          "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id) ON DELETE SET NULL);",
        ),
        "20240102000000_rebuild.sql": dbmate(
          "CREATE TABLE new_authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\nINSERT INTO new_authors (id, name) SELECT id, name FROM authors;\nDROP TABLE authors;\nALTER TABLE new_authors RENAME TO authors;",
        ),
      },
      true,
      { down: "none" },
    );
    const [loss, ...more] = of(db, "data-loss");
    expect(more).toEqual([]);
    expect(loss?.message).toContain('column "author_id"');
    expect(loss?.message).toContain("ON DELETE SET NULL");
  });

  it("a copy whose JOIN leaves rows out loses them; a copy of every row, or one that picks rows with WHERE, does not", async () => {
    const init = dbmate(
      "CREATE TABLE kinds (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\nCREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, note TEXT, kind INTEGER);",
    );
    const rebuild = (where: string) =>
      dbmate(
        `CREATE TABLE new_items (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, note TEXT);\nINSERT INTO new_items SELECT id, sku, note FROM items${where};\nDROP TABLE items;\nALTER TABLE new_items RENAME TO items;`,
      );
    const lossy = await replay(
      {
        "20240101000000_init.sql": init,
        "20240102000000_rebuild.sql": rebuild(" JOIN kinds ON kinds.id = items.kind").replace(
          "SELECT id, sku, note FROM items",
          "SELECT items.id, sku, note FROM items",
        ),
      },
      true,
      { down: "none" },
    );
    const [loss] = of(lossy, "data-loss");
    expect(loss?.line).toBe(3);
    // Rows whose kind is NULL or names no kind fall out of the inner join.
    expect(loss?.message).toMatch(/[123] of its 3 rows of table "items"/);
    expect(loss?.message).toContain("the copy at");
    const whole = await replay(
      { "20240101000000_init.sql": init, "20240102000000_rebuild.sql": rebuild("") },
      true,
      { down: "none" },
    );
    expect(of(whole, "data-loss")).toEqual([]);
    const picked = await replay(
      { "20240101000000_init.sql": init, "20240102000000_rebuild.sql": rebuild(" WHERE id > 1") },
      true,
      { down: "none" },
    );
    expect(of(picked, "data-loss")).toEqual([]);
  });

  it("rows deleted on purpose, and a table dropped and created afresh, are no loss", async () => {
    const db = await replay(
      {
        "20240101000000_init.sql": AUTHORS,
        "20240102000000_cleanup.sql": dbmate(
          "DELETE FROM posts WHERE id > 1;\nUPDATE authors SET email = NULL;",
        ),
        "20240103000000_reset.sql": dbmate(
          "DROP TABLE posts;\nCREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER, title TEXT);",
        ),
      },
      true,
      { down: "none" },
    );
    expect(of(db, "data-loss")).toEqual([]);
    expect(db.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("replay with data: ups that only rows break", () => {
  it("a UNIQUE index over a column with duplicates fails on a database with data, and passes on an empty one", async () => {
    const files = {
      "20240101000000_init.sql": dbmate("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);"),
      "20240102000000_unique.sql": dbmate("CREATE UNIQUE INDEX users_email ON users (email);"),
    };
    const db = await replay(files, true, { down: "none" });
    const [failed] = of(db, "up-failed");
    expect(failed?.message).toContain("the up of 20240102000000 fails on a database with data at");
    expect(failed?.message).toContain("it passes on an empty database");
    expect(failed?.message).toMatch(/2 rows of 'users' have email = 'user\d+@example.com'/);
    expect(of(await replay(files, false, { down: "none" }), "up-failed")).toEqual([]);
    // Near miss: a unique index over a column already declared UNIQUE holds for any rows.
    const declared = await replay(
      {
        "20240101000000_init.sql": dbmate(
          "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);",
        ),
        "20240102000000_unique.sql": dbmate("CREATE UNIQUE INDEX users_email ON users (email);"),
      },
      true,
      { down: "none" },
    );
    expect(of(declared, "up-failed")).toEqual([]);
  });

  it("NOT NULL through a rebuild over NULLs names the row; with coalesce it passes", async () => {
    const init = dbmate("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT);");
    const rebuild = (copy: string) =>
      dbmate(
        `CREATE TABLE new_users (id INTEGER PRIMARY KEY, nickname TEXT NOT NULL);\nINSERT INTO new_users SELECT id, ${copy} FROM users;\nDROP TABLE users;\nALTER TABLE new_users RENAME TO users;`,
      );
    const db = await replay(
      { "20240101000000_init.sql": init, "20240102000000_nn.sql": rebuild("nickname") },
      true,
      { down: "none" },
    );
    const [failed] = of(db, "up-failed");
    expect(failed?.line).toBe(3);
    expect(failed?.message).toContain("fails on a database with data");
    expect(failed?.message).toMatch(/the row of 'users' with rowid \d+ has nickname NULL/);
    const fixed = await replay(
      { "20240101000000_init.sql": init, "20240102000000_nn.sql": rebuild("coalesce(nickname, '')") },
      true,
      { down: "none" },
    );
    expect(fixed.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("an up that fails on an empty database too keeps the ordinary wording", async () => {
    const db = await replay(
      {
        "20240101000000_bad.sql": dbmate(
          "CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO missing VALUES (1);",
        ),
      },
      true,
      { down: "none" },
    );
    const [failed] = of(db, "up-failed");
    expect(failed?.message).toContain("the up of 20240101000000 failed at");
    expect(failed?.message).not.toContain("database with data");
  });
});

describe("replay with data: integrity and the down's round trip", () => {
  it("a parent dropped with foreign keys off leaves children only data shows", async () => {
    const files = {
      "20240101000000_init.sql": AUTHORS,
      "20240102000000_drop.sql": dbmate(
        "PRAGMA foreign_keys = OFF;\nDROP TABLE authors;\nCREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\nPRAGMA foreign_keys = ON;",
        "",
        "-- migrate:up transaction:false",
      ),
    };
    const db = await replay(files, true, { down: "none" });
    expect(of(db, "integrity").length).toBeGreaterThan(0);
    expect(of(db, "integrity")[0]?.message).toContain("posts");
    expect(of(await replay(files, false, { down: "none" }), "integrity")).toEqual([]);
  });

  it("a down that drops a column the up added keeps the rows; one that re-adds a dropped column is a warning", async () => {
    const init = dbmate(
      "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);",
      "DROP TABLE users;",
    );
    const keeps = await replay(
      {
        "20240101000000_init.sql": init,
        "20240102000000_add.sql": dbmate(
          "ALTER TABLE users ADD COLUMN age INTEGER;",
          "ALTER TABLE users DROP COLUMN age;",
        ),
      },
      true,
    );
    expect(of(keeps, "data-loss")).toEqual([]);
    const loses = await replay(
      {
        "20240101000000_init.sql": init,
        "20240102000000_drop.sql": dbmate(
          "ALTER TABLE users DROP COLUMN bio;",
          "ALTER TABLE users ADD COLUMN bio TEXT;",
        ),
      },
      true,
    );
    const [warning, ...more] = of(loses, "data-loss");
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ severity: "warning", version: "20240102000000" });
    expect(warning?.message).toContain('column "bio"');
    expect(warning?.message).toContain("after the up and the down of 20240102000000");
  });
});

describe("replay with data: seed files", () => {
  it("runs the project's seed after the version it names; a seed that no longer fits is seed-failed", async () => {
    const files = {
      "20240101000000_init.sql": dbmate(
        "CREATE TABLE plans (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);",
      ),
      "20240102000000_unique.sql": dbmate("ALTER TABLE plans ADD COLUMN price INTEGER NOT NULL DEFAULT 0;"),
    };
    const seed =
      "INSERT INTO plans (code) VALUES ('free'), ('pro');\nINSERT INTO plans (code, price) VALUES ('team', 30);\n";
    const ok = await replay(
      files,
      undefined,
      { data: true, down: "none", seed: [{ file: "seed/plans.sql", after: "20240102000000" }] },
      { "seed/plans.sql": seed },
    );
    expect(ok.data).toBe(true);
    expect(of(ok, "seed-failed")).toEqual([]);
    const early = await replay(
      files,
      undefined,
      { data: true, down: "none", seed: [{ file: "seed/plans.sql", after: "20240101000000" }] },
      { "seed/plans.sql": seed },
    );
    const [failed] = of(early, "seed-failed");
    expect(failed).toMatchObject({ file: "seed/plans.sql", line: 2 });
    expect(failed?.message).toContain("no column named price");
  });

  it("refuses a seed path outside the repository", async () => {
    await expect(
      replay({ "20240101000000_init.sql": dbmate("CREATE TABLE t (id INTEGER PRIMARY KEY);") }, undefined, {
        data: true,
        seed: [{ file: "../../etc/passwd", after: "every" }],
      }),
    ).rejects.toThrow(/seed/);
  });
});

describe("replay with data: what a step reaches", () => {
  it("finds rows a trigger deletes, and the children that cascade from them, in tables the step never names", async () => {
    const db = await replay(
      {
        "0001_shop.sql": dbmate(
          [
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE);",
            "CREATE TABLE flags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);",
            "CREATE TRIGGER flags_off AFTER UPDATE OF active ON flags WHEN new.active = 0 BEGIN DELETE FROM customers; END;",
          ].join("\n"),
          "DROP TRIGGER flags_off;\nDROP TABLE flags;\nDROP TABLE orders;\nDROP TABLE customers;",
        ),
        "0002_flags_off.sql": dbmate("UPDATE flags SET active = 0;", "UPDATE flags SET active = 1;"),
      },
      true,
    );
    const lost = of(db, "data-loss").filter((f) => f.severity === "error");
    expect(lost.map((f) => [f.version, /table "(\w+)"/.exec(f.message)?.[1]])).toEqual([
      ["0002", "customers"],
      ["0002", "orders"],
    ]);
  });
});
