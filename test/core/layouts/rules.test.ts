import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import type { MigrationSet, SourceFile } from "../../../src/core/migration.js";

const file = (rel: string, text = "CREATE TABLE t (id INTEGER);\n"): SourceFile => ({
  rel,
  display: `db/${rel}`,
  text,
});
const plain = (...rels: string[]) => readMigrationSet(rels.map((rel) => file(rel)));
const byRule = (set: MigrationSet, rule: string) => set.findings.filter((f) => f.rule === rule);
const goose = (body: string) => readMigrationSet([file("00001_a.sql", body)], { layout: "goose" });

describe("order-ambiguous", () => {
  it("warns when versions of different widths sort differently as text and as numbers", () => {
    const set = plain("9_a.sql", "10_b.sql");
    expect(set.migrations.map((m) => m.version)).toEqual(["9", "10"]);
    const [warning] = byRule(set, "order-ambiguous");
    expect(warning).toMatchObject({ severity: "warning", file: "db/10_b.sql", version: "10" });
    expect(warning?.message).toMatch(/as numbers .* as text/);
  });

  it("uses dbmate's text order (file names), and says so", () => {
    const body = "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n";
    const set = readMigrationSet([file("9_a.sql", body), file("10_b.sql", body)]);
    expect(set.layout).toBe("dbmate");
    expect(set.migrations.map((m) => m.version)).toEqual(["10", "9"]);
    expect(byRule(set, "order-ambiguous")[0]?.message).toMatch(/dbmate sorts file names as text/);
  });

  it("does not warn for same-width versions (0001 vs 0010)", () => {
    const set = plain("0010_b.sql", "0001_a.sql");
    expect(set.migrations.map((m) => m.version)).toEqual(["0001", "0010"]);
    expect(set.findings).toEqual([]);
  });

  it("warns for Flyway 1.9 and 1.10, applying 1.9 first", () => {
    const set = readMigrationSet([file("V1.10__b.sql"), file("V1.9__a.sql")]);
    expect(set.migrations.map((m) => m.version)).toEqual(["1.9", "1.10"]);
    expect(byRule(set, "order-ambiguous")).toHaveLength(1);
  });
});

describe("duplicate-version", () => {
  it("compares versions as numbers and names every file claiming one, in one finding", () => {
    const set = plain("001_a.sql", "1_b.sql", "01_c.sql", "2_d.sql");
    const duplicates = byRule(set, "duplicate-version");
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ severity: "error", file: "db/001_a.sql" });
    for (const name of ["db/001_a.sql", "db/1_b.sql", "db/01_c.sql"])
      expect(duplicates[0]?.message).toContain(name);
    expect(duplicates[0]?.message).not.toContain("2_d.sql");
    expect(set.migrations).toHaveLength(4);
  });

  it("does not flag two distinct versions, or an up/down pair", () => {
    expect(byRule(plain("0001_a.sql", "0002_a.sql"), "duplicate-version")).toEqual([]);
    const pair = readMigrationSet([file("0001_a.up.sql"), file("0001_a.down.sql"), file("0002_b.up.sql")]);
    expect(pair.findings).toEqual([]);
  });

  it("flags two up files of one golang-migrate version", () => {
    const set = readMigrationSet([file("0001_a.up.sql"), file("0001_b.up.sql"), file("0001_a.down.sql")]);
    expect(byRule(set, "duplicate-version")).toHaveLength(1);
    expect(set.migrations.map((m) => m.files.length)).toEqual([2, 1]);
  });

  it("flags a goose .go step that reuses an SQL version", () => {
    const body = "-- +goose Up\nSELECT 1;\n";
    const set = readMigrationSet([file("00001_a.sql", body), file("00001_b.go", "package m")]);
    expect(byRule(set, "duplicate-version")).toHaveLength(1);
  });
});

describe("parse-error", () => {
  it("reports an unreadable file with the reason and keeps it in the set without SQL", () => {
    const bad: SourceFile = {
      rel: "0002_b.sql",
      display: "db/0002_b.sql",
      unreadable: "it is not valid UTF-8",
    };
    const set = readMigrationSet([file("0001_a.sql"), bad]);
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/0002_b.sql", version: "0002" }]);
    expect(set.findings[0]?.message).toMatch(/not valid UTF-8.*Save it as UTF-8/);
    expect(set.migrations[1]).toEqual({ version: "0002", name: "b", files: ["db/0002_b.sql"] });
  });

  it("reports a goose file with no Up annotation", () => {
    const set = goose("CREATE TABLE t (id INTEGER);\n");
    // One broken file is one finding, however many ways it is broken.
    expect(byRule(set, "parse-error").map((f) => f.line)).toEqual([1]);
    expect(set.migrations[0]?.up).toBeUndefined();
  });

  it("reports a duplicate goose Up, a garbled annotation and an unclosed StatementBegin, with lines", () => {
    expect(
      byRule(goose("-- +goose Up\nSELECT 1;\n-- +goose Up\nSELECT 2;\n"), "parse-error")[0],
    ).toMatchObject({ line: 3 });
    expect(byRule(goose("-- +goose Up\n-- +goose Upp\nSELECT 1;\n"), "parse-error")[0]).toMatchObject({
      line: 2,
    });
    const open = goose("-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n");
    expect(byRule(open, "parse-error")[0]).toMatchObject({ line: 2 });
    expect(byRule(open, "parse-error")[0]?.message).toMatch(
      /StatementBegin` has no `-- \+goose StatementEnd`/,
    );
  });

  it("reports a goose statement without its closing semicolon", () => {
    expect(byRule(goose("-- +goose Up\nCREATE TABLE t (id INTEGER)\n"), "parse-error")[0]?.message).toMatch(
      /does not end with `;`/,
    );
  });

  it("accepts goose annotations in any case, as goose does", () => {
    expect(goose("-- +goose up\nSELECT 1;\n-- +goose down\nSELECT 2;\n").findings).toEqual([]);
  });

  it("reports a dbmate file without an up marker, or with SQL before it", () => {
    const none = readMigrationSet([file("1_a.sql", "CREATE TABLE t (id INTEGER);\n")], { layout: "dbmate" });
    expect(byRule(none, "parse-error")[0]?.message).toMatch(/no `-- migrate:up`/);
    const early = readMigrationSet(
      [file("1_a.sql", "SELECT 0;\n-- migrate:up\nSELECT 1;\n-- migrate:down\n")],
      {
        layout: "dbmate",
      },
    );
    expect(byRule(early, "parse-error")[0]).toMatchObject({ line: 1 });
  });

  it("does not report an empty down section", () => {
    const set = readMigrationSet([
      file("1_a.sql", "-- migrate:up\nCREATE TABLE t (id INTEGER);\n-- migrate:down\n"),
    ]);
    expect(set.findings).toEqual([]);
    expect(set.migrations[0]?.down?.chunks.map((c) => c.sql.trim())).toEqual([""]);
  });

  it("reports sql-migrate's unknown command and missing markers", () => {
    const unknown = readMigrationSet([file("1_a.sql", "-- +migrate up\nSELECT 1;\n")], {
      layout: "sql-migrate",
    });
    expect(byRule(unknown, "parse-error").map((f) => f.line)).toEqual([1]);
  });

  it("reports a file of another layout mixed in", () => {
    const set = readMigrationSet([file("0001_a.up.sql"), file("0001_a.down.sql"), file("0002_b.sql")]);
    expect(set.layout).toBe("golang-migrate");
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/0002_b.sql" }]);
    expect(set.findings[0]?.message).toMatch(/numbered migration.*golang-migrate/);
  });

  it("reports a down file without its up", () => {
    const set = readMigrationSet([file("0001_a.up.sql"), file("0002_b.down.sql")]);
    expect(set.findings).toMatchObject([{ rule: "parse-error", file: "db/0002_b.down.sql" }]);
  });

  it("reports SQL files in no known layout, and accepts an empty directory", () => {
    expect(readMigrationSet([file("schema.sql")]).findings).toMatchObject([{ rule: "parse-error" }]);
    expect(readMigrationSet([])).toEqual({
      layout: "plain",
      migrations: [],
      hasDowns: false,
      reason: "no migration files recognised",
      findings: [],
    });
  });
});

describe("order", () => {
  const files = ["0001_a.sql", "0002_b.sql", "0003_c.sql"].map((rel) => file(rel));

  it("applies migrations in exactly the listed order (paths, names or versions)", () => {
    const set = readMigrationSet(files, {
      order: {
        file: "patches.txt",
        lines: ["# legacy patch list", "0003_c.sql", "", "db/0001_a.sql  # first", "2"],
      },
    });
    expect(set.migrations.map((m) => m.version)).toEqual(["0003", "0001", "0002"]);
    expect(set.findings).toEqual([]);
  });

  it("reports files left out of the list (and skips them) and lines that match nothing", () => {
    const set = readMigrationSet(files, {
      order: { file: "patches.txt", lines: ["0001_a.sql", "0009_gone.sql"] },
    });
    expect(set.migrations.map((m) => m.version)).toEqual(["0001"]);
    expect(set.findings[0]?.message).toMatch(/^patches\.txt:2 names "0009_gone\.sql"/);
    expect(set.findings.map((f) => [f.rule, f.file])).toEqual([
      ["parse-error", "patches.txt"],
      ["parse-error", "db/0002_b.sql"],
      ["parse-error", "db/0003_c.sql"],
    ]);
  });
});

describe("exclude and ignored files", () => {
  it("skips files matching the exclude globs, archive/ folders and non-migration files", () => {
    const set = readMigrationSet(
      [
        file("0001_a.sql"),
        file("postgres/0002_pg_only.sql"),
        file("archive/0000_old.sql"),
        file("README.md", "# notes"),
        file("atlas.sum", "h1:abc"),
        file(".keep", ""),
      ],
      { exclude: ["postgres/**"] },
    );
    expect(set.migrations.map((m) => m.files[0])).toEqual(["db/0001_a.sql"]);
    expect(set.findings).toEqual([]);
  });
});

describe("robustness", () => {
  const names = fc.constantFrom(
    "0001_a.sql",
    "0001_a.up.sql",
    "0001_a.down.sql",
    "2_b.sql",
    "V1__x.sql",
    "R__y.sql",
    "meta/_journal.json",
    "0000_t.sql",
    "2024-01-01-000000_x/up.sql",
    "2024-01-01-000000_x/down.sql",
    "20240101000000_p/migration.sql",
    "00003_step.go",
    "notes.md",
  );
  const texts = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "-- +goose Up\nSELECT 1;\n-- +goose StatementBegin\n",
      "-- migrate:up transaction:false\n-- migrate:down\n-- migrate:down\n",
      "-- +migrate Up\n-- +migrate StatementEnd\nSELECT 1",
      '{"entries":[null,{"idx":"x","tag":"0000_t"}]}',
      "--> statement-breakpoint",
      "null",
    ),
  );
  const layouts = fc.constantFrom(
    undefined,
    "goose",
    "dbmate",
    "sql-migrate",
    "drizzle",
    "flyway",
    "diesel",
    "sqlx",
    "d1",
  );

  it("never throws on any mix of files, texts and forced layouts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(names, texts), { maxLength: 8 }), layouts, (pairs, layout) => {
        const files = pairs.map(([rel, text]) => file(rel, text));
        const set = readMigrationSet(files, layout ? { layout } : {});
        expect(Array.isArray(set.migrations)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
