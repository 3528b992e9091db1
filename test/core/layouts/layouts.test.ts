import { describe, expect, it } from "vitest";
import { detectLayout, readMigrationSet } from "../../../src/core/layouts/index.js";
import type { Migration, MigrationSet } from "../../../src/core/migration.js";
import { fixture } from "./read-dir.js";

const tail = (path: string) => path.split("/").slice(-2).join("/");
const versions = (set: MigrationSet) => set.migrations.map((m) => m.version);
const chunks = (m: Migration | undefined, direction: "up" | "down" = "up") =>
  m?.[direction]?.chunks.map(({ line, column, sql }) => ({
    line,
    column,
    start: sql.trimStart().split("\n")[0],
  }));
const rules = (set: MigrationSet) => set.findings.map((f) => f.rule);

describe("dbmate", () => {
  const files = fixture("dbmate");
  const set = readMigrationSet(files);

  it("is detected from its markers, and the README is ignored", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "dbmate" });
    expect(set).toMatchObject({ layout: "dbmate", hasDowns: true, findings: [] });
    expect(versions(set)).toEqual(["20240101000000", "20240102000000"]);
    expect(set.migrations[0]?.name).toBe("create_users");
  });

  it("starts each section on the line after its marker", () => {
    const [first] = set.migrations;
    expect(chunks(first)).toEqual([{ line: 2, column: 1, start: "CREATE TABLE users (" }]);
    expect(chunks(first, "down")).toEqual([{ line: 8, column: 1, start: "DROP TABLE users;" }]);
  });

  it("honours transaction:false on the marker line only", () => {
    const second = set.migrations[1];
    expect(second?.up?.transaction).toBe(false);
    expect(second?.down?.transaction).toBe(true);
    expect(set.migrations[0]?.up?.transaction).toBe(true);
  });
});

describe("goose", () => {
  const files = fixture("goose");
  const set = readMigrationSet(files);

  it("is detected, ordered by number, and the .go step is a code migration", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "goose" });
    expect(set).toMatchObject({ layout: "goose", hasDowns: true, findings: [] });
    expect(versions(set)).toEqual(["00001", "00002", "00003", "00004"]);
    expect(set.migrations[2]).toEqual({
      version: "00003",
      name: "backfill",
      files: ["test/fixtures/layouts/goose/00003_backfill.go"],
      code: "test/fixtures/layouts/goose/00003_backfill.go",
    });
  });

  it("splits statements like goose, skipping leading comments", () => {
    expect(chunks(set.migrations[0])).toEqual([
      { line: 3, column: 1, start: "CREATE TABLE users (" },
      { line: 7, column: 1, start: "CREATE INDEX users_name ON users (name);" },
    ]);
    expect(chunks(set.migrations[0], "down")).toEqual([
      { line: 10, column: 1, start: "DROP INDEX users_name;" },
      { line: 11, column: 1, start: "DROP TABLE users;" },
    ]);
  });

  it("keeps a StatementBegin/End block as one chunk and applies NO TRANSACTION to both directions", () => {
    const trigger = set.migrations[1];
    expect(chunks(trigger)).toEqual([
      { line: 3, column: 1, start: "ALTER TABLE users ADD COLUMN updated_at TEXT;" },
      { line: 5, column: 1, start: "CREATE TRIGGER users_touch AFTER UPDATE ON users" },
    ]);
    expect(trigger?.up?.chunks[1]?.sql).toMatch(/END;$/);
    expect(trigger?.up?.transaction).toBe(false);
    expect(trigger?.down?.transaction).toBe(false);
  });

  it("keeps an empty down as present with no chunks", () => {
    expect(set.migrations[3]?.down).toEqual({
      file: "test/fixtures/layouts/goose/00004_settings.sql",
      chunks: [],
      transaction: true,
    });
  });
});

describe("sql-migrate", () => {
  const files = fixture("sql-migrate");
  const set = readMigrationSet(files);

  it("is detected and split per statement, with notransaction per direction", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "sql-migrate" });
    expect(set).toMatchObject({ layout: "sql-migrate", hasDowns: true, findings: [] });
    expect(versions(set)).toEqual(["1", "2"]);
    const [init, audit] = set.migrations;
    expect(chunks(init)).toEqual([
      { line: 2, column: 1, start: "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);" },
      { line: 3, column: 1, start: "CREATE TABLE pets (" },
    ]);
    expect(init?.up?.transaction).toBe(true);
    expect(init?.down?.transaction).toBe(false);
    expect(chunks(audit)?.map((c) => c.line)).toEqual([2, 4]);
    expect(audit?.up?.chunks[1]?.sql).toMatch(/^CREATE TRIGGER[\s\S]*END;$/);
  });
});

describe("golang-migrate", () => {
  const files = fixture("golang-migrate");
  const set = readMigrationSet(files);

  it("pairs up and down files by version, even a `..up.sql` name", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "golang-migrate" });
    expect(set).toMatchObject({ layout: "golang-migrate", hasDowns: true, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.name, m.files.map(tail)])).toEqual([
      ["000001", "init", ["golang-migrate/000001_init.up.sql", "golang-migrate/000001_init.down.sql"]],
      [
        "000002",
        "account_flags",
        ["golang-migrate/000002_account_flags..up.sql", "golang-migrate/000002_account_flags.down.sql"],
      ],
      ["000003", "email_index", ["golang-migrate/000003_email_index.up.sql"]],
    ]);
    expect(set.migrations[2]?.down).toBeUndefined();
  });

  it("runs the whole file as one chunk inside the driver's default transaction", () => {
    expect(chunks(set.migrations[0])).toEqual([{ line: 1, column: 1, start: "CREATE TABLE accounts (" }]);
    expect(set.migrations.every((m) => m.up?.transaction === true)).toBe(true);
  });

  it("runs files as written when the project writes its own BEGIN (x-no-tx-wrap)", () => {
    const own = files.map((f) =>
      f.rel === "000001_init.up.sql" ? { ...f, text: `BEGIN;\n${f.text}COMMIT;\n` } : f,
    );
    const written = readMigrationSet(own);
    expect(
      written.migrations.flatMap((m) =>
        [m.up?.transaction, m.down?.transaction].filter((t) => t !== undefined),
      ),
    ).toEqual([false, false, false, false, false]);
  });
});

describe("sqlx", () => {
  const files = fixture("sqlx");

  it("cannot be told from golang-migrate by its files, so it is forced", () => {
    expect(detectLayout(files)?.layout).toBe("golang-migrate");
    expect(detectLayout(files)?.reason).toMatch(/sqlx/);
  });

  it('wraps each file in a transaction unless it starts with "-- no-transaction"', () => {
    const set = readMigrationSet(files, { layout: "sqlx" });
    expect(set).toMatchObject({ layout: "sqlx", hasDowns: true, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.up?.transaction, m.down?.transaction])).toEqual([
      ["20240101000000", true, true],
      ["20240102000000", false, true],
    ]);
  });

  it("reads simple (up-only) sqlx files, with no downs", () => {
    const simple = files
      .filter((f) => f.rel.endsWith(".up.sql"))
      .map((f) => ({ ...f, rel: f.rel.replace(".up.sql", ".sql") }));
    const set = readMigrationSet(simple, { layout: "sqlx" });
    expect(set).toMatchObject({ hasDowns: false, findings: [] });
    expect(versions(set)).toEqual(["20240101000000", "20240102000000"]);
  });
});

describe("Cloudflare D1 and plain numbered files", () => {
  const files = fixture("d1");

  it("detects plain and explains why D1 is not guessed", () => {
    const detected = detectLayout(files);
    expect(detected?.layout).toBe("plain");
    expect(detected?.reason).toMatch(/D1/);
    const set = readMigrationSet(files);
    expect(set).toMatchObject({ layout: "plain", hasDowns: false, findings: [] });
    expect(set.migrations.map((m) => m.up?.transaction)).toEqual([false, false]);
  });

  it("runs each file in D1's implicit transaction when forced", () => {
    const set = readMigrationSet(files, { layout: "d1" });
    expect(set).toMatchObject({ layout: "d1", hasDowns: false, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.name, m.up?.transaction])).toEqual([
      ["0000", "initial", true],
      ["0001", "notes_index", true],
    ]);
  });
});

describe("diesel", () => {
  const files = fixture("diesel");
  const set = readMigrationSet(files);

  it("orders versions as text, as diesel does, and says so", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "diesel" });
    expect(set).toMatchObject({ layout: "diesel", hasDowns: true });
    expect(versions(set)).toEqual(["20230101000000", "20240313", "20240601000000", "20250101000000"]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({
      rule: "order-ambiguous",
      severity: "warning",
      version: "20240313",
    });
    expect(set.findings[0]?.message).toMatch(/diesel sorts versions as text/);
  });

  it("reads an empty down.sql as a down with no chunks, and metadata.toml's run_in_transaction", () => {
    const [, , posts, reindex] = set.migrations;
    expect(posts?.down?.chunks).toEqual([]);
    expect(posts?.up?.transaction).toBe(true);
    expect(reindex?.up?.transaction).toBe(false);
    expect(reindex?.down?.transaction).toBe(false);
    expect(reindex?.files.map(tail)).toEqual([
      "2025-01-01-000000_reindex/up.sql",
      "2025-01-01-000000_reindex/down.sql",
    ]);
  });
});

describe("Prisma", () => {
  it("reads folders in name order, up only, run as written", () => {
    const files = fixture("prisma");
    const set = readMigrationSet(files);
    expect(detectLayout(files)).toMatchObject({ layout: "prisma" });
    expect(set).toMatchObject({ layout: "prisma", hasDowns: false, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.name, m.up?.transaction, m.down])).toEqual([
      ["20240101000000", "init", false, undefined],
      ["20240201000000", "add_posts", false, undefined],
    ]);
  });
});

describe("Drizzle", () => {
  const files = fixture("drizzle");
  const set = readMigrationSet(files);

  it("follows the journal and splits on statement breakpoints, keeping file positions", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "drizzle" });
    expect(set).toMatchObject({ layout: "drizzle", hasDowns: false, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.name])).toEqual([
      ["0000", "brave_hulk"],
      ["0001", "quiet_storm"],
    ]);
    expect(chunks(set.migrations[0])).toEqual([
      { line: 1, column: 1, start: "CREATE TABLE `users` (" },
      { line: 5, column: 25, start: "CREATE UNIQUE INDEX `users_name_unique` ON `users` (`name`);" },
    ]);
    expect(chunks(set.migrations[1])?.[1]).toMatchObject({ line: 1, column: 62 });
    expect(set.migrations.every((m) => m.up?.transaction)).toBe(true);
  });

  it("applies migrations in the journal's order even where the file names sort the other way", () => {
    const reversed = files.map((f) =>
      f.rel === "meta/_journal.json"
        ? {
            ...f,
            text: JSON.stringify({
              version: "7",
              dialect: "sqlite",
              entries: [
                { idx: 0, version: "6", when: 1, tag: "0001_quiet_storm", breakpoints: true },
                { idx: 1, version: "6", when: 2, tag: "0000_brave_hulk", breakpoints: true },
              ],
            }),
          }
        : f,
    );
    const ordered = readMigrationSet(reversed);
    expect(ordered.migrations.map((m) => m.name)).toEqual(["quiet_storm", "brave_hulk"]);
    expect(ordered.findings).toEqual([]);
  });

  it("reports a journal entry without a file, and a file the journal does not list", () => {
    const missing = files.filter((f) => f.rel !== "0001_quiet_storm.sql");
    const extra = [...files, { rel: "0002_stray.sql", display: "drizzle/0002_stray.sql", text: "SELECT 1;" }];
    expect(rules(readMigrationSet(missing))).toEqual(["parse-error"]);
    expect(readMigrationSet(missing).findings[0]?.message).toMatch(/0001_quiet_storm\.sql/);
    const stray = readMigrationSet(extra);
    expect(stray.findings).toMatchObject([{ rule: "parse-error", file: "drizzle/0002_stray.sql" }]);
    expect(stray.migrations).toHaveLength(2);
  });
});

describe("Flyway", () => {
  const files = fixture("flyway");
  const set = readMigrationSet(files);

  it("orders versions part by part, then repeatables by description", () => {
    expect(detectLayout(files)).toMatchObject({ layout: "flyway" });
    expect(set).toMatchObject({ layout: "flyway", hasDowns: true, findings: [] });
    expect(versions(set)).toEqual(["1", "1.1", "1.9", "1_10", "R__customer_views", "R__order_views"]);
  });

  it("pairs U with V as the down, and reads executeInTransaction from the .conf file", () => {
    const byVersion = new Map(set.migrations.map((m) => [m.version, m]));
    expect(byVersion.get("1.1")?.files.map(tail)).toEqual([
      "flyway/V1.1__add_phone.sql",
      "flyway/U1.1__add_phone.sql",
    ]);
    expect(byVersion.get("1.9")?.up?.transaction).toBe(false);
    expect(byVersion.get("1")?.up?.transaction).toBe(true);
  });

  it("has no downs when there is no undo file", () => {
    expect(readMigrationSet(files.filter((f) => !f.rel.startsWith("U"))).hasDowns).toBe(false);
  });
});

describe("pattern", () => {
  const files = fixture("pattern");
  const pattern = String.raw`^V(?<version>\d+)\.(?<name>.+)\.(?<direction>up|down)\.sql$`;

  it("reads a home-grown naming from the configured regex", () => {
    expect(detectLayout(files)).toBeUndefined();
    const set = readMigrationSet(files, { pattern });
    expect(set).toMatchObject({ layout: "pattern", hasDowns: true, findings: [] });
    expect(set.migrations.map((m) => [m.version, m.name, m.files.length, m.up?.transaction])).toEqual([
      ["0001", "Initial_Schema", 2, false],
      ["0002", "Item_Index", 1, false],
    ]);
  });

  it("has no downs without a direction group, and reports a broken regex", () => {
    const upOnly = String.raw`^V(?<version>\d+)\.(?<name>[^.]+)\.up\.sql$`;
    expect(readMigrationSet(files, { pattern: upOnly }).hasDowns).toBe(false);
    const broken = readMigrationSet(files, { pattern: "^V(?<version>\\d+" });
    expect(broken).toMatchObject({ layout: "pattern", migrations: [], findings: [{ rule: "parse-error" }] });
  });
});

describe("nested category folders", () => {
  it("reads sub-folders recursively, orders by version across them, and skips archive/", () => {
    const set = readMigrationSet(fixture("nested"));
    expect(set).toMatchObject({ layout: "plain", findings: [] });
    expect(set.migrations.map((m) => tail(m.files[0] ?? ""))).toEqual([
      "schema-creation/0001_cities.sql",
      "data/0002_seed_cities.sql",
      "schema-creation/0003_cities_index.sql",
    ]);
  });
});

describe("23-digit nanosecond timestamps", () => {
  // Beyond 2^53: as JavaScript numbers these three would be equal.
  const names = [
    "20240101120000123456790_c.sql",
    "20240101120000123456789_b.sql",
    "20231231235959999999999_a.sql",
  ];
  const files = names.flatMap((name) => {
    const text = `-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n`;
    return [{ rel: name, display: `migrations/${name}`, text }];
  });

  it("are read as distinct versions of full width and ordered as integers", () => {
    const set = readMigrationSet(files);
    expect(set).toMatchObject({ layout: "goose", findings: [] });
    expect(versions(set)).toEqual([
      "20231231235959999999999",
      "20240101120000123456789",
      "20240101120000123456790",
    ]);
  });
});
