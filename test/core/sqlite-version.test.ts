import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../src/core/layouts/index.js";
import type { SourceFile } from "../../src/core/migration.js";
import { releaseNumber, sqliteVersionFindings } from "../../src/core/sqlite-version.js";

const SETTING = '"sqlite" in lockstep.config.json';

/** One plain migration holding `sql`; the findings for a database on SQLite `target`. */
function check(sql: string, target: string) {
  const files: SourceFile[] = [{ rel: "0001_m.sql", display: "migrations/0001_m.sql", text: sql }];
  const set = readMigrationSet(files, { layout: "plain" });
  return sqliteVersionFindings(set, target, SETTING);
}

const needs = (sql: string, target = "3.20") =>
  check(sql, target).map((f) => f.message.split(" needs SQLite ")[1]?.split(",")[0]);

describe("sqlite-version", () => {
  it("orders releases by their numbers, 3.31 being 3.31.0", () => {
    expect(releaseNumber("3.9") < releaseNumber("3.10")).toBe(true);
    expect(releaseNumber("3.31")).toBe(releaseNumber("3.31.0"));
    expect(releaseNumber("3.35.5") > releaseNumber("3.35")).toBe(true);
  });

  it("names each newer feature with the release it needs", () => {
    expect(needs("ALTER TABLE users DROP COLUMN legacy;")).toEqual(["3.35.0"]);
    expect(needs('ALTER TABLE "main".users RENAME COLUMN a TO b;')).toEqual(["3.25.0"]);
    expect(needs("ALTER TABLE users RENAME a TO b;")).toEqual(["3.25.0"]);
    expect(needs("INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO NOTHING;")).toEqual(["3.24.0"]);
    expect(needs("INSERT INTO t (id) VALUES (1) ON CONFLICT DO UPDATE SET n = n + 1;")).toEqual(["3.24.0"]);
    expect(needs("DELETE FROM t WHERE id = 1 RETURNING id;")).toEqual(["3.35.0"]);
    expect(needs("CREATE TABLE t (id INTEGER PRIMARY KEY) STRICT;")).toEqual(["3.37.0"]);
    expect(needs("CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID, STRICT;")).toEqual(["3.37.0"]);
    expect(needs("UPDATE t SET v = data ->> '$.v';")).toEqual(["3.38.0"]);
    expect(needs("SELECT id, row_number() OVER (ORDER BY id) FROM t;")).toEqual(["3.25.0"]);
    expect(needs("SELECT id FROM t ORDER BY name NULLS LAST;")).toEqual(["3.30.0"]);
    expect(needs("SELECT count(*) FILTER (WHERE done) FROM t;")).toEqual(["3.30.0"]);
    expect(needs("CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * 2));")).toEqual(["3.31.0"]);
    expect(needs("UPDATE t SET v = iif(a, 1, 0);")).toEqual(["3.32.0"]);
    expect(needs("UPDATE t SET k = unhex('00ff');")).toEqual(["3.41.0"]);
    expect(needs("SELECT concat(a, b), string_agg(c, ',') FROM t;")).toEqual(["3.44.0", "3.44.0"]);
  });

  it("never fires on what older releases take: near misses", () => {
    expect(check("ALTER TABLE users RENAME TO people;", "3.20")).toEqual([]);
    expect(check("ALTER TABLE users ADD COLUMN drop_reason TEXT;", "3.20")).toEqual([]);
    expect(check("CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, n TEXT);", "3.20")).toEqual([]);
    expect(check("INSERT OR IGNORE INTO t VALUES (1);", "3.20")).toEqual([]);
    expect(check('CREATE TABLE t (format TEXT, "returning" INT, strict INT, over INT);', "3.20")).toEqual([]);
    expect(
      check("INSERT INTO notes (body) VALUES ('ALTER TABLE x DROP COLUMN y RETURNING *');", "3.20"),
    ).toEqual([]);
    expect(check("-- ALTER TABLE x DROP COLUMN y\nSELECT 1;", "3.20")).toEqual([]);
    expect(check("SELECT t.format(1) FROM t;", "3.20")).toEqual([]);
  });

  it("is silent where the target is the release that brought the feature, or newer", () => {
    expect(check("ALTER TABLE users DROP COLUMN legacy;", "3.35")).toEqual([]);
    expect(check("ALTER TABLE users DROP COLUMN legacy;", "3.45.1")).toEqual([]);
    expect(check("ALTER TABLE users DROP COLUMN legacy;", "3.34.1")).toHaveLength(1);
  });

  it("places the finding at the statement's line and says what to do", () => {
    const [f] = check("CREATE TABLE a (id INTEGER);\n\nALTER TABLE a\n  DROP COLUMN id;\n", "3.31");
    expect(f).toMatchObject({
      rule: "sqlite-version",
      severity: "error",
      file: "migrations/0001_m.sql",
      line: 3,
    });
    expect(f?.message).toBe(
      '`ALTER TABLE … DROP COLUMN` needs SQLite 3.35.0, and this database runs on SQLite 3.31 ("sqlite" in lockstep.config.json): there the statement fails before anything of it runs; use a rebuild of the table (create the new one, copy the rows, drop the old one, rename the new one), or raise "sqlite" in lockstep.config.json if every database it runs on is newer',
    );
  });
});
