// The pull request comment drawn the way GitHub draws it, in a real browser: what must hold for any comment
// lockstep posts, and the figures a reviewer's first screen depends on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../src/core/render/comment.js";
import { CASES } from "../helpers/comment-cases.js";
import { figures, openRenderer, type Renderer, toHtml } from "../helpers/render-comment.js";

let renderer: Renderer;
// One browser for the whole file; no Chromium fails every test here with how to install it.
beforeAll(async () => {
  renderer = await openRenderer();
});
afterAll(() => renderer?.close());

describe("the harness", () => {
  it("reports what GitHub's sanitiser drops, and keeps what it keeps", () => {
    const { dropped, html } = toHtml(
      '<details><summary>s</summary>\n\n<div style="color:red" onclick="x()">a</div>\n\n</details>\n\n<script>alert(1)</script>\n\n<sub>v</sub>\n',
    );
    expect(dropped).toEqual(["div[onClick]", "div[style]", "script"]);
    expect(html).toContain("<details>");
    expect(html).toContain("<sub>v</sub>");
  });

  it("tells a Mermaid block that does not render from one that does", async () => {
    const m = await renderer.render(
      "**lockstep: x**\n\n```mermaid\nerDiagram\n  a {\n```\n\n```mermaid\nerDiagram\n  a ||--o{ b : has\n```\n",
    );
    expect(m.diagrams).toHaveLength(2);
    expect(m.diagrams[0]?.error).toBeTruthy();
    expect(m.diagrams[1]?.error).toBeUndefined();
    expect(m.diagrams[1]?.scale).toBe(1);
  });
});

describe("lockstep's comments as GitHub shows them", () => {
  for (const c of CASES) {
    if (!c.markdown) {
      it.skip(`${c.name}: skipped, ${c.missing}`, () => {});
      continue;
    }
    const make = c.markdown;
    it(`${c.name}: every diagram renders and reads, nothing is sanitised away, verdict and findings first, within GitHub's limit`, async () => {
      const markdown = await make();
      const m = await renderer.render(markdown);
      console.log(figures(c.name, markdown, m));
      expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(m.dropped).toEqual([]);
      expect(m.diagrams).toHaveLength(markdown.match(/^```mermaid$/gm)?.length ?? 0);
      expect(m.diagrams.filter((d) => d.error)).toEqual([]);
      // What a reviewer sees in ten seconds: the verdict and the first finding on the first screen, a
      // diagram whose words can be read at the column's width, and code that fits the column.
      expect(m.verdictY ?? Number.POSITIVE_INFINITY).toBeLessThan(800);
      if (/^- [❌⚠]/mu.test(markdown)) expect(m.firstFindingY ?? Number.POSITIVE_INFINITY).toBeLessThan(800);
      for (const d of m.diagrams)
        expect(d.minTextPx, "the diagram's smallest text").toBeGreaterThanOrEqual(10);
      expect(m.widestCodePx).toBeLessThanOrEqual(m.columnPx);
    });
  }
});
