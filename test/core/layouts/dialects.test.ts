import { describe, expect, it } from "vitest";
import { splitByDialect } from "../../../src/core/layouts/dialects.js";

describe("one migration directory per SQL dialect", () => {
  it("takes the SQLite one beside others, whatever the spelling", () => {
    expect(splitByDialect(["postgres", "sqlite"])).toEqual({
      kind: "sqlite",
      dir: "sqlite",
      others: ["postgres"],
    });
    expect(splitByDialect(["MySQL", "sqlite3", "postgresql"])).toEqual({
      kind: "sqlite",
      dir: "sqlite3",
      others: ["MySQL", "postgresql"],
    });
  });

  it("says when every directory is another dialect's", () => {
    expect(splitByDialect(["postgres", "mysql"])).toEqual({
      kind: "other-only",
      others: ["mysql", "postgres"],
    });
  });

  it("leaves anything else alone: migration folders, a lone dialect name among others, two SQLite ones", () => {
    expect(splitByDialect(["2024-01-01-000000_init", "2024-02-01-000000_more"])).toEqual({ kind: "none" });
    expect(splitByDialect(["postgres", "2024-01-01-000000_init"])).toEqual({ kind: "none" });
    expect(splitByDialect(["sqlite"])).toEqual({ kind: "none" });
    expect(splitByDialect(["sqlite", "libsql", "postgres"])).toEqual({ kind: "none" });
    expect(splitByDialect([])).toEqual({ kind: "none" });
  });
});
