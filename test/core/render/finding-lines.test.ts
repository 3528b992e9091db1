import { describe, expect, it } from "vitest";
import { renderComment } from "../../../src/core/render/comment.js";
import { renderFindingText } from "../../../src/core/render/report-text.js";
import type { ReplayReport } from "../../../src/core/report.js";

const finding = {
  rule: "down-mismatch" as const,
  severity: "error" as const,
  version: "0002",
  file: "migrations/0002_x.down.sql",
  line: 1,
  message: "after the down of 0002, table `a\nb` still exists; make the down undo exactly what the up did",
};

const report: ReplayReport = {
  version: 1,
  ok: false,
  databases: [
    {
      name: "main",
      dir: "migrations",
      format: "golang-migrate",
      formatReason: "detected",
      migrations: [],
      schema: { objects: [] },
      findings: [finding],
    },
  ],
};

describe("a newline in an identifier", () => {
  it("does not cut the finding short in the comment", () => {
    const line = renderComment({ report, version: "0.1.0" })
      .split("\n")
      .find((l) => l.includes("**down-mismatch**"));
    expect(line).toContain("<code>a&#92;nb</code> still exists; make the down undo exactly what the up did");
  });

  it("keeps the message on its one indented line in the text report", () => {
    const lines = renderFindingText(finding).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      "          after the down of 0002, table `a\\nb` still exists; make the down undo exactly what the up did",
    );
  });

  it("keeps a finding's detail (a diff) under it, each line escaped and indented", () => {
    const lines = renderFindingText({ ...finding, message: "edited", detail: "-a\u001b[2J\n+b" }).split("\n");
    expect(lines.slice(1)).toEqual(["          edited", "          -a\\x1b[2J", "          +b"]);
  });
});
