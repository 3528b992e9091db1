import { describe, expect, it } from "vitest";
import type { Migration } from "../../src/core/migration.js";
import { chainKeys, migrationStep } from "../../src/core/replay-chain.js";

const migration = (version: string, sql: string): Migration => ({
  version,
  name: `m${version}`,
  files: [`db/${version}.sql`],
  up: { file: `db/${version}.sql`, chunks: [{ sql, line: 1, column: 1 }], transaction: true },
});

const keysOf = (migrations: Migration[], downChecked = false, seed: unknown = { engine: "wasm" }) =>
  chainKeys(
    seed,
    migrations.map((m) => migrationStep(m, downChecked)),
  );

describe("the verified-prefix chain", () => {
  const set = [
    migration("1", "CREATE TABLE a (x);"),
    migration("2", "CREATE TABLE b (x);"),
    migration("3", "SELECT 1;"),
  ];

  it("keeps the keys before an edit and changes every key from it on", () => {
    const edited = [set[0], migration("2", "CREATE TABLE b (y);"), set[2]] as Migration[];
    const [a, b] = [keysOf(set), keysOf(edited)];
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[1]);
    expect(b[2]).not.toBe(a[2]);
  });

  it("depends on the order, on whether downs are checked and on the seed", () => {
    const swapped = [set[1], set[0], set[2]] as Migration[];
    expect(keysOf(swapped)[1]).not.toBe(keysOf(set)[1]);
    expect(keysOf(set, true)[0]).not.toBe(keysOf(set, false)[0]);
    expect(keysOf(set, false, { engine: "native" })[0]).not.toBe(keysOf(set)[0]);
  });

  it("gives a longer history the same keys for the prefix it shares", () => {
    const more = [...set, migration("4", "CREATE TABLE d (x);")];
    expect(keysOf(more).slice(0, 3)).toEqual(keysOf(set));
  });
});
