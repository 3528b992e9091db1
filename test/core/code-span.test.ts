import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSpan, splitCodeSpans } from "../../src/core/code-span.js";
import { escapeProse } from "../../src/core/render/markdown-text.js";

describe("code spans in messages", () => {
  it("hold any name whole, backticks and edge spaces included, and read back as one span", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (name, other) => {
        const prose = `table ${codeSpan(name)} and ${codeSpan(other)} differ`;
        const code = splitCodeSpans(prose).filter((p) => p.code);
        expect(code.map((p) => p.text)).toEqual([name, other]);
      }),
      { numRuns: 2000 },
    );
  });

  it("read as CommonMark reads them: a longer fence, one padding space, an unpaired backtick as text", () => {
    expect(codeSpan("new_x")).toBe("`new_x`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`DROP TABLE `new_x`;`")).toBe("`` `DROP TABLE `new_x`;` ``");
    expect(splitCodeSpans("it's `x` and a ` alone")).toEqual([
      { code: false, text: "it's " },
      { code: true, text: "x" },
      { code: false, text: " and a ` alone" },
    ]);
  });

  it("render in the comment as one <code> each, with the backticks inside", () => {
    const html = escapeProse(`table ${codeSpan("x `c` y")} added`);
    expect(html.match(/<code>/g)).toHaveLength(1);
    expect(html).toContain("&#96;c&#96;");
  });
});
