import { describe, expect, it } from "vitest";
import { escapeControl, guardOutput } from "../../../src/core/render/terminal-text.js";

describe("escapeControl", () => {
  it("shows every control character, C1, DEL, line separators and bidi overrides as a visible escape", () => {
    expect(escapeControl("a\nb\rc\td\u001b[31me\u0007f\u007fg\u009bh\u0085i\u2028j\u2029k\u202el")).toBe(
      "a\\nb\\rc\\td\\x1b[31me\\x07f\\x7fg\\x9bh\\x85i\\u2028j\\u2029k\\u202el",
    );
  });
  it("leaves ordinary text, accents and emoji alone", () => {
    expect(escapeControl("release_1.0 · café ✓ 表")).toBe("release_1.0 · café ✓ 表");
  });
});

describe("guardOutput", () => {
  it("keeps lines but no line may start a workflow command, after any leading whitespace", () => {
    expect(guardOutput("ok\n::error::x\n  \u3000::add-mask::y\nmid ::fine\n")).toBe(
      "ok\n\\u003a:error::x\n  \u3000\\u003a:add-mask::y\nmid ::fine\n",
    );
  });
  it("breaks the older ##[command] form anywhere in a line", () => {
    expect(guardOutput("see ##[error]x and ##[warning]y")).toBe(
      "see ##\\u005berror]x and ##\\u005bwarning]y",
    );
  });
  it("escapes a lone CR, CRLF's CR and ESC, keeping lockstep's own colours only when asked", () => {
    expect(guardOutput("a\r::error::x\r\n")).toBe("a\\r::error::x\\r\n");
    expect(guardOutput("\u001b[31mred\u001b[39m \u001b]0;t\u0007", true)).toBe(
      "\u001b[31mred\u001b[39m \\x1b]0;t\\x07",
    );
    expect(guardOutput("\u001b[31mred\u001b[39m")).toBe("\\x1b[31mred\\x1b[39m");
  });

  it("finds one hazard in a long report of clean lines, wherever it is", () => {
    const clean = Array.from({ length: 3000 }, (_, i) => `  "line ${i}": "ok :: fine ## [x]",`);
    expect(guardOutput(clean.join("\n"))).toBe(clean.join("\n"));
    for (const [hazard, shown] of [
      ["\u001b[2J", "\\x1b[2J"],
      ["  ::error::x", "  \\u003a:error::x"],
      ["say ##[group]", "say ##\\u005bgroup]"],
      ["a\rb", "a\\rb"],
      ["\u202eevil", "\\u202eevil"],
      ["a\tb", "a\\tb"],
      ["next\u0085line", "next\\x85line"],
      ["\u2028", "\\u2028"],
    ] as const) {
      const lines = [...clean];
      lines.splice(2017, 0, hazard);
      const expected = [...clean];
      expected.splice(2017, 0, shown);
      expect(guardOutput(lines.join("\n")), hazard).toBe(expected.join("\n"));
    }
  });
});
