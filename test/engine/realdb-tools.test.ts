import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openRealDatabase } from "../../src/engine/realdb/real-database.js";
import { snapshot, sqlString, writeDatabase } from "../helpers/real-db.js";
import { REGISTRY_DDL } from "../helpers/sqitch-registry.js";
import { tempTree } from "../helpers/temp-dir.js";

const config = (layout: string, dir = "migrations") =>
  JSON.stringify({ databases: [{ name: "main", dir, layout }] });

async function statusOf(cwd: string, sql: string) {
  await writeDatabase(join(cwd, "app.db"), sql);
  const before = snapshot(join(cwd, "app.db"));
  const real = await openRealDatabase({ cwd, file: "app.db" });
  const after = snapshot(join(cwd, "app.db"));
  expect(after.bytes.equals(before.bytes)).toBe(true);
  expect(after.beside).toEqual(before.beside);
  const states = real.status?.entries.map((e) => `${e.version} ${e.state}`);
  return {
    real,
    states,
    rules: real.status?.findings.map((f) => f.rule) ?? [],
    findings: real.status?.findings ?? [],
  };
}

const sha384 = (text: string) => createHash("sha384").update(text).digest("hex");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("sqlx: _sqlx_migrations(version, checksum SHA-384, success)", () => {
  const one = "CREATE TABLE a (id INTEGER PRIMARY KEY);\n";
  const two = "CREATE TABLE b (id INTEGER PRIMARY KEY);\n";
  const table =
    "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, checksum BLOB NOT NULL, execution_time BIGINT NOT NULL);";
  const row = (v: string, text: string, success = 1) =>
    `INSERT INTO _sqlx_migrations VALUES (${v}, 'x', '2024-01-01', ${success}, X'${sha384(text)}', 1);`;
  const project = () =>
    tempTree({
      "lockstep.config.json": config("sqlx"),
      "migrations/20240101000000_a.sql": one,
      "migrations/20240102000000_b.sql": two,
    });

  it("an unchanged file is applied; a file with no row is pending", async () => {
    const { states, rules } = await statusOf(project(), table + row("20240101000000", one));
    expect(states).toEqual(["20240101000000 applied", "20240102000000 pending"]);
    expect(rules).toEqual([]);
  });

  it("an edited file is changed, with sqlx's own refusal", async () => {
    const { states, findings } = await statusOf(
      project(),
      table + row("20240101000000", `${one}-- edited\n`),
    );
    expect(states?.[0]).toBe("20240101000000 changed");
    expect(findings[0]?.rule).toBe("db-changed");
    expect(findings[0]?.message).toContain(
      "migration 20240101000000 was previously applied but has been modified",
    );
  });

  it("a row with success = false is failed; a row with no file is missing", async () => {
    const { states, rules } = await statusOf(
      project(),
      table + row("20240101000000", one, 0) + row("20230101000000", "old"),
    );
    expect(states).toEqual(["20240101000000 failed", "20240102000000 pending", "20230101000000 missing"]);
    expect(rules).toEqual(["db-failed", "db-missing"]);
  });
});

describe("golang-migrate: one row, version and dirty", () => {
  const project = () =>
    tempTree({
      "migrations/000001_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
      "migrations/000001_a.down.sql": "DROP TABLE a;\n",
      "migrations/000002_b.up.sql": "CREATE TABLE b (id INTEGER);\n",
      "migrations/000002_b.down.sql": "DROP TABLE b;\n",
      "migrations/000003_c.up.sql": "CREATE TABLE c (id INTEGER);\n",
      "migrations/000003_c.down.sql": "DROP TABLE c;\n",
    });
  const table = "CREATE TABLE schema_migrations (version uint64, dirty bool);";

  it("every migration up to the row's version is applied", async () => {
    const { states, rules } = await statusOf(
      project(),
      `${table} INSERT INTO schema_migrations VALUES (2, 0);`,
    );
    expect(states).toEqual(["000001 applied", "000002 applied", "000003 pending"]);
    expect(rules).toEqual([]);
  });

  it("a dirty version is failed, with migrate's refusal", async () => {
    const { states, findings } = await statusOf(
      project(),
      `${table} INSERT INTO schema_migrations VALUES (2, 1);`,
    );
    expect(states).toEqual(["000001 applied", "000002 failed", "000003 pending"]);
    expect(findings[0]?.message).toContain("Dirty database version");
  });
});

describe("goose: the newest row of each version counts", () => {
  it("a version whose newest row is is_applied = 0 is pending again", async () => {
    const cwd = tempTree({
      "migrations/00001_a.sql": "-- +goose Up\nCREATE TABLE a (id INTEGER);\n-- +goose Down\nDROP TABLE a;\n",
      "migrations/00002_b.sql": "-- +goose Up\nCREATE TABLE b (id INTEGER);\n-- +goose Down\nDROP TABLE b;\n",
    });
    const { states } = await statusOf(
      cwd,
      "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL, tstamp TIMESTAMP DEFAULT (datetime('now')));" +
        "INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, 1), (1, 1), (2, 1), (2, 0);",
    );
    expect(states).toEqual(["00001 applied", "00002 pending"]);
  });
});

describe("Prisma: _prisma_migrations", () => {
  const sql = "CREATE TABLE a (id INTEGER PRIMARY KEY);\n";
  const project = () =>
    tempTree({
      "prisma/migrations/migration_lock.toml": 'provider = "sqlite"\n',
      "prisma/migrations/20240101000000_init/migration.sql": sql,
    });
  const table =
    "CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at DATETIME, migration_name TEXT NOT NULL, logs TEXT, rolled_back_at DATETIME, started_at DATETIME NOT NULL DEFAULT current_timestamp, applied_steps_count INTEGER NOT NULL DEFAULT 0);";
  const row = (id: string, sum: string, finished: string, rolledBack = "NULL") =>
    `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at) VALUES ('${id}', '${sum}', ${finished}, '20240101000000_init', ${rolledBack});`;

  it("a finished row with the file's SHA-256 is applied; a rolled-back attempt does not count", async () => {
    const { states } = await statusOf(
      project(),
      table + row("1", sha256(sql), "NULL", "'2024-01-01'") + row("2", sha256(sql), "'2024-01-01'"),
    );
    expect(states).toEqual(["20240101000000 applied"]);
  });

  it("an unfinished row is failed", async () => {
    const { states, findings } = await statusOf(project(), table + row("1", sha256(sql), "NULL"));
    expect(states).toEqual(["20240101000000 failed"]);
    expect(findings[0]?.message).toContain("P3009");
  });
});

describe("Flyway: flyway_schema_history with its CRC-32 checksum", () => {
  const table =
    'CREATE TABLE "flyway_schema_history" ("installed_rank" INT NOT NULL PRIMARY KEY, "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL, "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INT, "installed_by" VARCHAR(100) NOT NULL, "installed_on" TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, "execution_time" INT NOT NULL, "success" BOOLEAN NOT NULL);';
  // Flyway's checksum of "CREATE TABLE a (id INT);" (one line): CRC-32 of its bytes, as a signed int.
  const crc = (text: string) => {
    let c = 0xffffffff;
    for (const b of Buffer.from(text)) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) | 0;
  };
  const line = "CREATE TABLE a (id INT);";
  const row = (sum: number) =>
    `INSERT INTO flyway_schema_history VALUES (1, '1', 'a', 'SQL', 'V1__a.sql', ${sum}, 'me', '2024-01-01', 1, 1);`;

  it("line endings do not change the checksum (CRLF file, LF-era row): applied", async () => {
    const cwd = tempTree({ "lockstep.config.json": config("flyway", "sql"), "sql/V1__a.sql": `${line}\r\n` });
    const { states, rules } = await statusOf(cwd, table + row(crc(line)));
    expect(states).toEqual(["1 applied"]);
    expect(rules).toEqual([]);
  });

  it("an edit does: changed, with Flyway's validate error", async () => {
    const cwd = tempTree({
      "lockstep.config.json": config("flyway", "sql"),
      "sql/V1__a.sql": `${line}\n-- edited\n`,
    });
    const { states, findings } = await statusOf(cwd, table + row(crc(line)));
    expect(states).toEqual(["1 changed"]);
    expect(findings[0]?.message).toContain("Migration checksum mismatch");
  });
});

describe("Drizzle: __drizzle_migrations(hash, created_at)", () => {
  it("matches rows by the journal's when; an edited file is changed, and Drizzle does not run it again", async () => {
    const sql = "CREATE TABLE a (id INTEGER PRIMARY KEY);\n";
    const journal = {
      version: "7",
      dialect: "sqlite",
      entries: [
        { idx: 0, version: "6", when: 1700000000000, tag: "0000_a", breakpoints: true },
        { idx: 1, version: "6", when: 1700000001000, tag: "0001_b", breakpoints: true },
      ],
    };
    const cwd = tempTree({
      "drizzle/meta/_journal.json": JSON.stringify(journal),
      "drizzle/0000_a.sql": `${sql}-- edited\n`,
      "drizzle/0001_b.sql": "CREATE TABLE b (id INTEGER PRIMARY KEY);\n",
    });
    const { states, findings } = await statusOf(
      cwd,
      `CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric); INSERT INTO __drizzle_migrations (hash, created_at) VALUES (${sqlString(sha256(sql))}, 1700000000000);`,
    );
    expect(states?.map((s) => s.split(" ")[1])).toEqual(["changed", "pending"]);
    expect(findings[0]?.message).toContain("never compares the hash");
  });
});

describe("tools keyed by file name, folder or version: the row matches the file as the tool writes it", () => {
  const cases: {
    tool: string;
    files: Record<string, string>;
    table: string;
    row: (key: string) => string;
    key: string;
    nearMiss: string;
  }[] = [
    {
      tool: "d1",
      files: {
        "migrations/0001_a.sql": "CREATE TABLE a (id INTEGER);\n",
        "migrations/0002_b.sql": "CREATE TABLE b (id INTEGER);\n",
      },
      table:
        "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP);",
      row: (key: string) => `INSERT INTO d1_migrations (name) VALUES ('${key}');`,
      key: "0001_a.sql",
      nearMiss: "0001_a",
    },
    {
      tool: "sql-migrate",
      files: {
        "migrations/1_a.sql":
          "-- +migrate Up\nCREATE TABLE a (id INTEGER);\n-- +migrate Down\nDROP TABLE a;\n",
        "migrations/2_b.sql":
          "-- +migrate Up\nCREATE TABLE b (id INTEGER);\n-- +migrate Down\nDROP TABLE b;\n",
      },
      table: "CREATE TABLE gorp_migrations (id TEXT PRIMARY KEY, applied_at DATETIME);",
      row: (key: string) => `INSERT INTO gorp_migrations VALUES ('${key}', NULL);`,
      key: "1_a.sql",
      nearMiss: "1",
    },
    {
      tool: "diesel",
      files: {
        "migrations/2024-01-01-000000_a/up.sql": "CREATE TABLE a (id INTEGER);\n",
        "migrations/2024-01-01-000000_a/down.sql": "DROP TABLE a;\n",
        "migrations/2024-01-02-000000_b/up.sql": "CREATE TABLE b (id INTEGER);\n",
        "migrations/2024-01-02-000000_b/down.sql": "DROP TABLE b;\n",
      },
      table:
        "CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);",
      row: (key: string) => `INSERT INTO __diesel_schema_migrations (version) VALUES ('${key}');`,
      key: "20240101000000",
      nearMiss: "2024-01-01-000000",
    },
  ];
  for (const c of cases) {
    it(`${c.tool}: ${c.key} is applied, the next pending; a row of ${c.nearMiss} matches no file`, async () => {
      const cwd = tempTree({ ...c.files, "lockstep.config.json": config(c.tool) });
      const hit = await statusOf(cwd, c.table + c.row(c.key));
      expect(hit.states?.map((s) => s.split(" ")[1])).toEqual(["applied", "pending"]);
      expect(hit.rules).toEqual([]);
      const miss = await statusOf(cwd, c.table + c.row(c.nearMiss));
      expect(miss.states?.map((s) => s.split(" ")[1])).toEqual(["pending", "pending", "missing"]);
    });
  }
});

describe("a config with several databases", () => {
  const files = {
    "lockstep.config.json": JSON.stringify({
      databases: [
        { name: "app", dir: "app", layout: "dbmate" },
        { name: "jobs", dir: "jobs", layout: "goose" },
      ],
    }),
    "app/20240101000000_a.sql":
      "-- migrate:up\nCREATE TABLE a (id INTEGER);\n-- migrate:down\nDROP TABLE a;\n",
    "jobs/00001_j.sql": "-- +goose Up\nCREATE TABLE j (id INTEGER);\n-- +goose Down\nDROP TABLE j;\n",
  };

  it("takes the one whose tool's table the file has", async () => {
    const cwd = tempTree(files);
    await writeDatabase(
      join(cwd, "jobs.db"),
      "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY, version_id INTEGER, is_applied INTEGER, tstamp TEXT); INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, 1), (1, 1);",
    );
    const real = await openRealDatabase({ cwd, file: "jobs.db" });
    expect(real.read.spec.name).toBe("jobs");
    expect(real.status?.entries.map((e) => e.state)).toEqual(["applied"]);
  });

  it("asks for --db where the file fits none or several", async () => {
    const cwd = tempTree(files);
    await writeDatabase(join(cwd, "empty.db"), "CREATE TABLE t (id INTEGER);");
    await expect(openRealDatabase({ cwd, file: "empty.db" })).rejects.toThrow(
      /say which with --db NAME \(its tables: t\)/,
    );
    const real = await openRealDatabase({ cwd, file: "empty.db", db: "app" });
    expect(real.noTracking).toContain("empty.db has no schema_migrations table");
  });
});

describe("Sqitch: the registry's changes(change, script_hash SHA-1 of the deploy script)", () => {
  const users = "CREATE TABLE users (id INTEGER PRIMARY KEY);\n";
  const flips = "CREATE TABLE flips (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n";
  const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
  // Sqitch's own registry DDL: a file with all its tables is the registry itself, not a target.
  const registry = `${REGISTRY_DDL} INSERT INTO projects (project, creator_name, creator_email) VALUES ('flipr', 'M', 'm@example.com');`;
  const row = (change: string, text: string, at: string) =>
    `INSERT INTO changes VALUES ('${sha1(change)}', '${sha1(text)}', '${change}', 'flipr', '', '${at}', 'M', 'm@example.com', '${at}', 'M', 'm@example.com');`;
  const project = (extra: Record<string, string> = {}) =>
    tempTree({
      "lockstep.config.json": config("sqitch", "."),
      "sqitch.plan":
        "%syntax-version=1.0.0\n%project=flipr\n\nusers 2024-01-02T10:00:00Z Marge N. <marge@example.com> # users\nflips [users] 2024-01-02T11:00:00Z Marge N. <marge@example.com> # flips\n",
      "deploy/users.sql": users,
      "revert/users.sql": "DROP TABLE users;\n",
      "deploy/flips.sql": flips,
      "revert/flips.sql": "DROP TABLE flips;\n",
      ...extra,
    });

  it("a deployed change whose script is unchanged is applied; one not deployed is pending", async () => {
    const { states, rules } = await statusOf(
      project(),
      registry + row("users", users, "2024-02-01 10:00:00"),
    );
    // A change's version is its place in the plan.
    expect(states).toEqual(["1 applied", "2 pending"]);
    expect(rules).toEqual([]);
  });

  it("a deploy script edited after it was deployed is changed; a deployed change the plan lost is missing", async () => {
    const edited = await statusOf(
      project(),
      registry + row("users", `${users}-- edited\n`, "2024-02-01 10:00:00"),
    );
    expect(edited.states?.[0]).toBe("1 changed");
    expect(edited.findings[0]?.message).toContain("sqitch rework");
    const lost = await statusOf(
      project(),
      registry + row("users", users, "2024-02-01 10:00:00") + row("tags", "x", "2024-02-02 10:00:00"),
    );
    expect(lost.rules).toContain("db-missing");
  });

  it("a target with no registry beside it says where Sqitch keeps it; drift refuses the registry itself", async () => {
    const cwd = project();
    await writeDatabase(join(cwd, "app.db"), users);
    const real = await openRealDatabase({ cwd, file: "app.db" });
    expect(real.status).toBeUndefined();
    expect(real.noTracking).toContain("sqitch.db beside it, where the registry would be, does not exist");
    await writeDatabase(join(cwd, "sqitch.db"), registry + row("users", users, "2024-02-01 10:00:00"));
    expect((await openRealDatabase({ cwd, file: "app.db" })).registry).toBe("sqitch.db");
    const { runDrift } = await import("../../src/engine/realdb/drift.js");
    await expect(runDrift({ cwd, file: "sqitch.db" })).rejects.toThrow(/pass the target database instead/);
  });
});
