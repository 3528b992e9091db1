import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import type { LayoutId, SourceFile } from "../../../src/core/migration.js";

/** Files of a migration directory `db/`: path → text. */
function dir(files: Record<string, string>): SourceFile[] {
  return Object.entries(files).map(([rel, text]) => ({ rel, display: `db/${rel}`, text }));
}

const goose = (table: string) =>
  `-- +goose Up\nCREATE TABLE ${table} (id INTEGER);\n-- +goose Down\nDROP TABLE ${table};\n`;
const dbmate = (table: string) =>
  `-- migrate:up\nCREATE TABLE ${table} (id INTEGER);\n-- migrate:down\nDROP TABLE ${table};\n`;

const read = (files: Record<string, string>, layout?: LayoutId) =>
  readMigrationSet(dir(files), layout ? { layout } : {});

describe("files a tool does not read are not migrations", () => {
  it("goose: a generator script beside the SQL is skipped with a note, not a duplicate version", () => {
    const set = read({
      "00001_users.sql": goose("users"),
      "00002_orders.sql": goose("orders"),
      "00002_generate.py": "print('-- +goose Up')\n",
      "00003_backfill.go": "package migrations\n",
      "README.md": "# migrations\n",
    });
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => m.files[0])).toEqual([
      "db/00001_users.sql",
      "db/00002_orders.sql",
      "db/00003_backfill.go",
    ]);
    expect(set.notes).toEqual([
      "db/00002_generate.py is not read as a migration: goose reads only `<int>_<name>.sql` files and `<int>_<name>.go` files (Go migrations registered in the binary), so it never runs; add it to `exclude` to keep this note away",
    ]);
  });

  it("goose: a `.sql` file without a version is refused, as goose refuses the directory for it", () => {
    const set = read({
      "00001_users.sql": goose("users"),
      "schema.sql": "CREATE TABLE users (id INTEGER);\n",
    });
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/schema.sql" }]);
    expect(set.findings[0]?.message).toContain(
      'goose refuses the directory for it: "could not parse SQL migration file"',
    );
  });

  it("dbmate: a schema dump and a Go file are skipped with one note; dbmate runs neither", () => {
    const set = read({
      "20240101000000_users.sql": dbmate("users"),
      "schema.sql": "CREATE TABLE users (id INTEGER);\n",
      "20240102000000_seed.go": "package main\n",
    });
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => m.version)).toEqual(["20240101000000"]);
    expect(set.notes?.[0]).toMatch(
      /^db\/schema\.sql, db\/20240102000000_seed\.go are not read as a migration: dbmate reads only `\.sql` files whose names start with a version/,
    );
  });

  it("golang-migrate and sqlx: a `.go` file named like a migration is not a step of theirs", () => {
    const files = {
      "0001_users.up.sql": "CREATE TABLE users (id INTEGER);\n",
      "0001_users.down.sql": "DROP TABLE users;\n",
      "0002_seed.go": "package main\n",
    };
    for (const layout of ["golang-migrate", "sqlx"] as const) {
      const set = read(files, layout);
      expect(
        set.migrations.map((m) => m.version),
        layout,
      ).toEqual(["0001"]);
      expect(set.findings, layout).toEqual([]);
      expect(set.notes, layout).toHaveLength(1);
    }
  });

  it("sqlx: a `<word>_<name>.sql` file is refused, as sqlx refuses the directory for it", () => {
    const set = read(
      { "0001_users.sql": "CREATE TABLE users (id INTEGER);\n", "schema_dump.sql": "SELECT 1;\n" },
      "sqlx",
    );
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/schema_dump.sql" }]);
    expect(set.findings[0]?.message).toContain("expected integer version prefix");
  });

  it("D1: wrangler applies every `.sql` file, unnumbered ones after the numbered", () => {
    const set = read(
      {
        "0001_users.sql": "CREATE TABLE users (id INTEGER);\n",
        "seed.sql": "INSERT INTO users VALUES (1);\n",
      },
      "d1",
    );
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => m.files[0])).toEqual(["db/0001_users.sql", "db/seed.sql"]);
  });

  it("near miss: a `.sql` file named like another tool's migration still fails: it would silently never run", () => {
    const set = read(
      { "20240101000000_users.sql": dbmate("users"), "V2__orders.sql": "SELECT 1;\n" },
      "dbmate",
    );
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/V2__orders.sql" }]);
    expect(set.notes).toBeUndefined();
  });

  it("near miss: a plain set still reports a code step between its SQL files as not replayed", () => {
    const set = read(
      { "0001_users.sql": "CREATE TABLE users (id INTEGER);\n", "0002_backfill.py": "pass\n" },
      "plain",
    );
    expect(set.migrations.map((m) => m.code)).toEqual([undefined, "db/0002_backfill.py"]);
  });
});

describe("plain with an order list", () => {
  const patches = {
    "patch-users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    "patch-orders.sql": "CREATE TABLE orders (id INTEGER, user_id INTEGER REFERENCES users (id));\n",
    "patch-index.sql": "CREATE INDEX orders_user ON orders (user_id);\n",
  };
  const order = (lines: string[]) => ({ file: "db/order.txt", lines });

  it("reads the files the list names, whatever their names, in the list's order", () => {
    const set = readMigrationSet(dir(patches), {
      layout: "plain",
      order: order([
        "# applied by the application, in this order",
        "patch-users.sql",
        "patch-orders",
        "db/patch-index.sql",
        "",
      ]),
    });
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => m.files[0])).toEqual([
      "db/patch-users.sql",
      "db/patch-orders.sql",
      "db/patch-index.sql",
    ]);
    expect(set.migrations.map((m) => m.version)).toEqual(["patch-users", "patch-orders", "patch-index"]);
  });

  it("near miss: a file the list leaves out is still reported, and a line naming nothing too", () => {
    const set = readMigrationSet(dir(patches), {
      layout: "plain",
      order: order(["patch-users.sql", "patch-orders.sql", "patch-gone.sql"]),
    });
    expect(set.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["parse-error", "db/order.txt", 3],
      ["parse-error", "db/patch-index.sql", undefined],
    ]);
  });
});
