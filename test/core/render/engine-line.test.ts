import { describe, expect, it } from "vitest";
import { renderComment } from "../../../src/core/render/comment.js";
import { renderReportMarkdown } from "../../../src/core/render/report-markdown.js";
import { renderReportText } from "../../../src/core/render/report-text.js";
import type { ReplayReport } from "../../../src/core/report.js";
import { makeSchema, serializeSchema } from "../../../src/core/schema/index.js";

function report(engine: ReplayReport["engine"]): ReplayReport {
  return {
    version: 1,
    ok: true,
    engine,
    databases: [
      {
        name: "main",
        dir: "migrations",
        format: "golang-migrate",
        formatReason: "files named like golang-migrate's",
        migrations: [],
        schema: serializeSchema(makeSchema([])),
        findings: [],
      },
    ],
  };
}

describe("every rendering names the SQLite the replay ran on", () => {
  const native = report({ name: "native", sqlite: "3.54.1" });
  const line = "replayed on SQLite 3.54.1 (native: node:sqlite)";

  it("text: the first line", () => {
    expect(renderReportText(native).split("\n")[0]).toBe(line);
  });

  it("Markdown: the last line", () => {
    expect(renderReportMarkdown(native).trimEnd().split("\n").at(-1)).toBe(`<sub>${line}</sub>`);
  });

  it("the pull request comment: its footer, beside lockstep's version", () => {
    const comment = renderComment({ report: report({ name: "wasm", sqlite: "3.54.1" }), version: "1.2.3" });
    expect(comment.trimEnd().split("\n").at(-1)).toBe(
      "<sub>lockstep 1.2.3 · replayed on SQLite 3.54.1 (wasm: SQLite's WebAssembly build)</sub>",
    );
  });

  it("a report that names no engine renders as before", () => {
    const old = report(undefined);
    expect(renderReportText(old)).not.toContain("replayed on");
    expect(renderReportMarkdown(old)).not.toContain("replayed on");
  });
});
