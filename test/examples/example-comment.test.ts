import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

it("docs/example-comment.md is what the script renders from the example migrations today", () => {
  const run = spawnSync(process.execPath, ["scripts/example-comment.mjs", "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const doc = readFileSync(resolve(ROOT, "docs/example-comment.md"), "utf8");
  expect(doc).toContain("### ✅ 3 new migrations against `main`: replayed up, down and up again");
  expect(doc).toContain("```mermaid\nerDiagram");
});
