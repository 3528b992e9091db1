import { describe, expect, it } from "vitest";
import { boundedMessage, EXCERPT_CHARS, excerpt } from "../../src/core/excerpt.js";

describe("excerpt", () => {
  it("keeps a short single line as it is", () => {
    expect(excerpt("  CREATE TABLE t (id INTEGER);  ")).toBe("CREATE TABLE t (id INTEGER);");
  });

  it("quotes only the first non-blank line, marking that more followed", () => {
    expect(excerpt("\n\n[core]\n\tsecret = 1\n")).toBe("[core]…");
  });

  it("cuts a long line to the bound, counting characters, not UTF-16 units", () => {
    const long = "é😀".repeat(500);
    const cut = excerpt(long);
    expect(Array.from(cut)).toHaveLength(EXCERPT_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    expect(excerpt("abcdef", 4)).toBe("abc…");
  });

  it("is empty for blank text", () => {
    expect(excerpt(" \n\t")).toBe("");
  });
});

describe("boundedMessage", () => {
  it("cuts the token SQLite quotes, keeping the rest of its message", () => {
    const token = `'${"SECRET ".repeat(100)}\nSECOND LINE`;
    expect(boundedMessage(`near "${token}": syntax error`)).toBe(`near "${excerpt(token)}": syntax error`);
    expect(boundedMessage(`unrecognized token: "${token}"`)).toBe(`unrecognized token: "${excerpt(token)}"`);
    expect(boundedMessage(`near "${token}": syntax error`)).not.toContain("SECOND LINE");
  });

  it("bounds any other message by length, keeping the newlines of the names it quotes", () => {
    expect(boundedMessage("no such table: t")).toBe("no such table: t");
    expect(boundedMessage("no such table: a\nb")).toBe("no such table: a\nb");
    const long = boundedMessage(`no such table: ${"x".repeat(70_000)}`);
    expect(Array.from(long)).toHaveLength(EXCERPT_CHARS);
    expect(long.endsWith("…")).toBe(true);
  });
});
