import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLayout, readMigrationSet } from "../../../src/core/layouts/index.js";
import type { LayoutId, Migration } from "../../../src/core/migration.js";
import { CORPORA as corpora, present } from "../../helpers/corpora.js";
import { readDir } from "./read-dir.js";

/** The seven real sets: where the migrations sit, the layout, and whether it must be forced. */
const SETS: { set: string; dir: string; layout: LayoutId; forced?: boolean }[] = [
  { set: "karakeep", dir: "drizzle", layout: "drizzle" },
  { set: "ncps-dbmate", dir: "db/migrations/sqlite", layout: "dbmate" },
  { set: "ncps-goose", dir: "migrations/sqlite", layout: "goose" },
  { set: "pingvin-share", dir: "prisma/migrations", layout: "prisma" },
  { set: "pocket-id", dir: "migrations/sqlite", layout: "golang-migrate" },
  { set: "vaultwarden", dir: "migrations/sqlite", layout: "diesel" },
  // D1 cannot be told from plain numbered files; SOURCE.json says wrangler runs them.
  { set: "wildebeest", dir: "migrations", layout: "d1", forced: true },
];

const json = (set: string, name: string) => JSON.parse(readFileSync(path.join(corpora, set, name), "utf8"));

/** VERIFIED.json names a migration by its file or folder name. */
function names(migration: Migration): string[] {
  const file = migration.files[0] ?? "";
  const base = path.posix.basename(file);
  return [base, base.replace(/\.sql$/, ""), path.posix.basename(path.posix.dirname(file))];
}

describe.skipIf(!present)("real corpora (../shared/corpora)", () => {
  it.each(SETS)(
    "$set: layout, count and order match SOURCE.json and VERIFIED.json",
    ({ set, dir, layout, forced }) => {
      const files = readDir(path.join(corpora, set, dir));
      const source = json(set, "SOURCE.json");
      const verified = json(set, "VERIFIED.json");
      const detected = detectLayout(files)?.layout;
      expect(detected).toBe(forced ? "plain" : layout);
      const result = readMigrationSet(files, forced ? { layout } : {});
      expect(result.layout).toBe(layout);
      expect(result.migrations).toHaveLength(source.migrations);
      const order: string[] = verified.order_rule;
      expect(
        result.migrations.map((m, i) => (names(m).includes(order[i] ?? "") ? order[i] : names(m)[0])),
      ).toEqual(order);
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    },
  );

  it("vaultwarden: the folder 2024-03-13_170000 gets version 20240313 and stays 49th, with a warning", () => {
    const result = readMigrationSet(readDir(path.join(corpora, "vaultwarden/migrations/sqlite")));
    expect(result.migrations[48]?.version).toBe("20240313");
    expect(result.findings).toMatchObject([{ rule: "order-ambiguous", version: "20240313" }]);
    // README says 31 zero-byte downs: 29 are zero bytes and 2 hold a single newline; all 31 are blank.
    expect(result.migrations.filter((m) => m.down?.chunks.length === 0)).toHaveLength(29);
    expect(result.migrations.filter((m) => m.down?.chunks.every((c) => c.sql.trim() === ""))).toHaveLength(
      31,
    );
  });

  it("pocket-id: the `..up.sql` file pairs with its down, the first migration has none, files run as written", () => {
    const result = readMigrationSet(readDir(path.join(corpora, "pocket-id/migrations/sqlite")));
    expect(result.migrations[1]?.files.map((f) => path.posix.basename(f))).toEqual([
      "20240813211251_passkey_backup_flags..up.sql",
      "20240813211251_passkey_backup_flags.down.sql",
    ]);
    expect(result.migrations.filter((m) => m.down)).toHaveLength(71);
    expect(result.migrations.every((m) => m.up?.transaction === false)).toBe(true);
  });

  it("ncps-goose: NO TRANSACTION files run outside a transaction; atlas.sum is ignored", () => {
    const result = readMigrationSet(readDir(path.join(corpora, "ncps-goose/migrations/sqlite")));
    const outside = result.migrations.filter((m) => m.up?.transaction === false).map((m) => m.version);
    expect(outside).toEqual(["20260127223000", "20260521021523"]);
    expect(result.findings).toEqual([]);
  });
});
