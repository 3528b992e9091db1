import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LockstepError } from "../core/errors.js";

/** What the bundled CLI reads at run time beside cli.js: its chunks, the replay's worker and host, the wasm. */
const MARKS = ["cli.js", "replay-worker.js", "replay-host.js", "sqlite3.wasm"];

/**
 * The directory of the running bundle: dist/ of the installed package (this code sits in dist/ or
 * dist/chunks/ there), a vendored copy, or, run from source, the dist/ the build wrote.
 */
export function bundleDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [here, dirname(here), join(here, "..", "..", "dist")])
    if (MARKS.every((name) => existsSync(join(candidate, name)))) return candidate;
  throw new LockstepError(
    "internal",
    `the bundle beside ${here} is incomplete (one of ${MARKS.join(", ")} is missing); reinstall lockstep`,
  );
}

/** Every file of the bundle, by its path relative to `dir` (with /), except the names in `skip`. */
export function bundleFiles(dir: string, skip: ReadonlySet<string>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      const name = relative(dir, path).split("\\").join("/");
      if (skip.has(name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(name, readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** action.yml of the running bundle: beside it in a vendored copy, else the package's, above dist/. */
export function actionYml(dir: string): { text: string; vendored: boolean } {
  for (const [path, vendored] of [
    [join(dir, "action.yml"), true],
    [join(dir, "..", "action.yml"), false],
  ] as const)
    if (existsSync(path)) return { text: readFileSync(path, "utf8"), vendored };
  throw new LockstepError("internal", `action.yml is missing beside ${dir}; reinstall lockstep`);
}
