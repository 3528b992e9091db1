import { appendFileSync, cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the build, without types
import { sourceDigest } from "../../scripts/source-digest.mjs";
import { tempTree } from "../helpers/temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../..");

function newest(dir: string): { path: string; ms: number } {
  let best = { path: dir, ms: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? newest(path) : { path, ms: statSync(path).mtimeMs };
    if (found.ms > best.ms) best = found;
  }
  return best;
}

it("the tests run a bundle built after the last edit of any source file", () => {
  const source = newest(join(ROOT, "src"));
  for (const bundle of ["dist/cli.js", "dist/action.js", "dist/replay-worker.js"]) {
    expect(
      statSync(join(ROOT, bundle)).mtimeMs,
      `${bundle} is older than ${source.path}`,
    ).toBeGreaterThanOrEqual(source.ms);
  }
});

// Cached replay results are keyed on the build as well as the version: the bundle carries the digest of the
// sources it was built from, and another source gives another digest.
it("the bundle carries the digest of its sources, which any change of a source changes", () => {
  const digest = sourceDigest(ROOT);
  const chunks = readdirSync(join(ROOT, "dist", "chunks")).map((f) =>
    readFileSync(join(ROOT, "dist", "chunks", f), "utf8"),
  );
  expect(chunks.some((text) => text.includes(`"${digest}"`))).toBe(true);
  const copy = tempTree({ "package.json": readFileSync(join(ROOT, "package.json"), "utf8") });
  cpSync(join(ROOT, "src"), join(copy, "src"), { recursive: true });
  expect(sourceDigest(copy)).toBe(digest);
  appendFileSync(join(copy, "src", "version.ts"), "// another build\n");
  expect(sourceDigest(copy)).not.toBe(digest);
});
