import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** The tests run the bundle as users do, so it is built from the sources first: none passes on a stale dist/. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], {
    cwd: resolve(import.meta.dirname, ".."),
    stdio: "inherit",
  });
}
