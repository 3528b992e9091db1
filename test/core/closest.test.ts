import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/core/closest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions, ignoring case", () => {
    expect(editDistance("format", "format")).toBe(0);
    expect(editDistance("fromat", "format")).toBe(1);
    expect(editDistance("formt", "format")).toBe(1);
    expect(editDistance("formatt", "format")).toBe(1);
    expect(editDistance("formut", "format")).toBe(1);
    expect(editDistance("FORMAT", "format")).toBe(0);
    expect(editDistance("", "db")).toBe(2);
    expect(editDistance("deploy", "replay")).toBe(2);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closest", () => {
  const commands = ["replay", "diff", "lock", "guard", "init", "new", "renumber", "check"];

  it("offers the nearest candidate for a typo", () => {
    expect(closest("replya", commands)).toBe("replay");
    expect(closest("chekc", commands)).toBe("check");
    expect(closest("lok", commands)).toBe("lock");
    expect(closest("layuot", ["name", "dir", "layout", "pattern"])).toBe("layout");
    expect(closest("locked-modifed", ["locked-modified", "locked-deleted"])).toBe("locked-modified");
  });

  it("offers the only candidate a word is the start of", () => {
    expect(closest("dry", ["base", "dry-run", "db"])).toBe("dry-run");
    expect(closest("re", commands)).toBeUndefined();
  });

  it("offers nothing when no candidate is close", () => {
    expect(closest("deploy", commands)).toBeUndefined();
    expect(closest("colour", ["name", "dir", "layout", "order"])).toBeUndefined();
    expect(closest("x", commands)).toBeUndefined();
    expect(closest("anything", [])).toBeUndefined();
  });
});
