import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { lockstep, runCli } from "../helpers/cli.js";

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

// Cached replay results are keyed on the build as well as the version: a bundle says which build it is, and
// the same sources give the same build (the dist check depends on it), another source another build.
it("the bundle names its build, a digest of its sources, in --version; from source it says so", async () => {
  const built = lockstep(ROOT, ["--version"]);
  expect(built.stdout).toMatch(/^\d+\.\d+\.\d+ \(build [0-9a-f]{16}\)\n$/);
  expect((await runCli(ROOT, ["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+ \(build source\)\n$/);
});
