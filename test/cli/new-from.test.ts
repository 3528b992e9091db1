import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/adapters/sqlite/engine.js";
import { isEmptyDiff } from "../../src/core/schema/index.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

async function databaseFile(dir: string, name: string, sql: string): Promise<void> {
  const db = (await loadEngine()).openMemory();
  db.exec(sql);
  writeFileSync(join(dir, name), db.export());
  db.close();
}

const A = `CREATE TABLE users (id INTEGER PRIMARY KEY, age TEXT);
CREATE INDEX users_age ON users (age);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));`;
// users.age changes type (only a rebuild can), posts gains a column (ADD COLUMN).
const B = `CREATE TABLE users (id INTEGER PRIMARY KEY, age INTEGER NOT NULL DEFAULT 0);
CREATE INDEX users_age ON users (age);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);`;
const DROP_A = "DROP TABLE posts;\nDROP TABLE users;\n";

/** The replay of `dir` is green, and its schema after every migration is b.db's. */
async function expectReplayReachesB(cwd: string, dir: string): Promise<void> {
  const replay = await runCli(cwd, ["replay", dir]);
  expect(replay.stderr + replay.stdout).not.toContain("error");
  expect(replay.code).toBe(0);
  const diff = await runCli(cwd, ["diff", dir, "b.db", "--format", "json"]);
  expect(diff.code).toBe(0);
  expect(isEmptyDiff(JSON.parse(diff.stdout).diff)).toBe(true);
}

describe("lockstep new NAME --from A.db --to B.db", () => {
  it("dbmate: one file whose up turns A into B and whose down turns B back, outside dbmate's transaction", async () => {
    const cwd = tempTree({
      "db/migrations/20240101000000_init.sql": `-- migrate:up\n${A}\n\n-- migrate:down\n${DROP_A}`,
    });
    await databaseFile(cwd, "a.db", A);
    await databaseFile(cwd, "b.db", B);
    const made = await runCli(cwd, ["new", "add_x", "--from", "a.db", "--to", "b.db"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^db\/migrations\/\d{14}_add_x\.sql\n$/);
    const text = readFileSync(join(cwd, made.stdout.trim()), "utf8");
    // The rebuild turns foreign keys off, which needs the file outside dbmate's transaction.
    expect(text).toMatch(/^-- migrate:up transaction:false\n/);
    expect(text).toContain("\n-- migrate:down transaction:false\n");
    expect(text).toContain("PRAGMA foreign_keys = OFF;");
    expect(text).toContain(`ALTER TABLE "posts" ADD COLUMN title TEXT;`);
    await expectReplayReachesB(cwd, "db/migrations");
  });

  it("golang-migrate: an up and a down file, statements only, with what to check at the top and on stderr", async () => {
    const cwd = tempTree({
      "migrations/0001_init.up.sql": `${A}\n`,
      "migrations/0001_init.down.sql": DROP_A,
    });
    await databaseFile(cwd, "a.db", A);
    await databaseFile(cwd, "b.db", B);
    const made = await runCli(cwd, ["new", "add_x", "--from", "a.db", "--to", "b.db"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe("migrations/0002_add_x.up.sql\nmigrations/0002_add_x.down.sql\n");
    const up = readFileSync(join(cwd, "migrations/0002_add_x.up.sql"), "utf8");
    const down = readFileSync(join(cwd, "migrations/0002_add_x.down.sql"), "utf8");
    expect(up).toMatch(/^-- Rebuilds "users" .*golang-migrate runs this file in a transaction/);
    expect(up).not.toMatch(/^BEGIN/m);
    expect(up).not.toMatch(/^PRAGMA/m);
    expect(up).toContain(`ALTER TABLE "posts" ADD COLUMN title TEXT;`);
    expect(down).toContain(`DROP TABLE "users";`);
    expect(down).toMatch(/^-- Rebuilds "posts", "users" /);
    expect(made.stderr).toContain('lockstep: migrations/0002_add_x.up.sql: Rebuilds "users" ');
    expect(made.stderr).toContain('lockstep: migrations/0002_add_x.down.sql: Rebuilds "posts", "users" ');
    await expectReplayReachesB(cwd, "migrations");
  });

  it("an added column alone: a plain up with no note; the down rebuilds without the column, with the note", async () => {
    const cwd = tempTree({
      "migrations/0001_init.up.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY);\n",
      "migrations/0001_init.down.sql": "DROP TABLE t;\n",
    });
    await databaseFile(cwd, "a.db", "CREATE TABLE t (id INTEGER PRIMARY KEY);");
    await databaseFile(cwd, "b.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT);");
    const made = await runCli(cwd, ["new", "add_note", "--from", "a.db", "--to", "b.db"]);
    expect(made.code).toBe(0);
    const up = readFileSync(join(cwd, "migrations/0002_add_note.up.sql"), "utf8");
    expect(up).toBe(`-- add_note: up.\nALTER TABLE "t" ADD COLUMN note TEXT;\n`);
    const down = readFileSync(join(cwd, "migrations/0002_add_note.down.sql"), "utf8");
    expect(down).toMatch(/^-- Rebuilds "t" /);
    expect(made.stderr).not.toContain("0002_add_note.up.sql:");
    await expectReplayReachesB(cwd, "migrations");
  });

  it.each([
    [
      "goose",
      "migrations/00001_init.sql",
      `-- +goose Up\n${A}\n-- +goose Down\n${DROP_A}`,
      /^-- \+goose NO TRANSACTION\n/,
      "goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: goose's Provider runs them all on one, the goose CLI and goose.Up each on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the goose CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime.",
    ],
    ["sqlx", "migrations/0001_init.up.sql", `${A}\n`, /^-- no-transaction\n/, undefined],
    [
      "sql-migrate",
      "migrations/1_init.sql",
      `-- +migrate Up\n${A}\n-- +migrate Down\n${DROP_A}`,
      /^-- \+migrate Up notransaction$/m,
      "sql-migrate then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: each runs on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the sql-migrate CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime.",
    ],
  ])(
    "%s: the rebuild's file carries the tool's opt-out marker and replays green",
    async (tool, first, text, marker, connection) => {
      const files: Record<string, string> = { [first]: text };
      if (tool === "sql-migrate")
        files["lockstep.config.json"] = JSON.stringify({
          databases: [{ name: "main", dir: "migrations", layout: "sql-migrate" }],
        });
      if (first.endsWith(".up.sql")) {
        // Named as golang-migrate names them: the config says sqlx runs them.
        files[first.replace(".up.", ".down.")] = DROP_A;
        files["lockstep.config.json"] = JSON.stringify({
          databases: [{ name: "main", dir: "migrations", layout: "sqlx" }],
        });
      }
      const cwd = tempTree(files);
      await databaseFile(cwd, "a.db", A);
      await databaseFile(cwd, "b.db", B);
      const made = await runCli(cwd, ["new", "add_x", "--from", "a.db", "--to", "b.db"]);
      expect(made.code).toBe(0);
      for (const path of made.stdout.trim().split("\n")) {
        const written = readFileSync(join(cwd, path), "utf8");
        expect(written).toMatch(marker);
        expect(written).toContain("PRAGMA foreign_keys = OFF;");
        // Statements sent one by one to a pool: the file says when its PRAGMA reaches the rebuild.
        if (connection) {
          const header = `-- Rebuilds "posts", "users" with foreign keys off, outside ${tool}'s transaction; ${connection}\n`;
          expect(written.split(header)).toHaveLength(2);
        } else expect(written).not.toContain("Rebuilds");
      }
      if (connection) expect(made.stderr).toContain(connection);
      else expect(made.stderr).not.toContain("Rebuilds");
      await expectReplayReachesB(cwd, "migrations");
    },
  );

  it("equal schemas: exit 1, nothing written", async () => {
    const cwd = tempTree({
      "migrations/0001_init.up.sql": `${A}\n`,
      "migrations/0001_init.down.sql": DROP_A,
    });
    await databaseFile(cwd, "a.db", A);
    // The same schema written in another order of statements.
    const [users, index, posts] = A.split("\n");
    await databaseFile(cwd, "b.db", [posts, users, index].join("\n"));
    const made = await runCli(cwd, ["new", "add_x", "--from", "a.db", "--to", "b.db"]);
    expect(made).toMatchObject({ code: 1, stdout: "" });
    expect(made.stderr).toBe("lockstep: nothing to write: the schemas are equal\n");
    expect(readdirSync(join(cwd, "migrations")).sort()).toEqual(["0001_init.down.sql", "0001_init.up.sql"]);
  });

  it("--from without --to (and the reverse) is a usage error: exit 2, one line", async () => {
    const cwd = tempTree({
      "migrations/0001_init.up.sql": `${A}\n`,
      "migrations/0001_init.down.sql": DROP_A,
    });
    await databaseFile(cwd, "a.db", A);
    for (const args of [
      ["--from", "a.db"],
      ["--to", "a.db"],
    ]) {
      const made = await runCli(cwd, ["new", "add_x", ...args]);
      expect(made.code).toBe(2);
      expect(made.stderr.trim().split("\n")).toHaveLength(1);
      expect(made.stderr).toContain(args[0] === "--from" ? "--from needs --to" : "--to needs --from");
      expect(existsSync(join(cwd, "migrations/0002_add_x.up.sql"))).toBe(false);
    }
  });
});
