// Writes the README's CLI reference from the command declarations (src/cli/command-table.ts).
// `--check` writes nothing and fails when the README is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderCliReference, withCliReference } from "../src/cli/cli-reference.js";
import { COMMANDS } from "../src/cli/command-table.js";

const path = resolve(import.meta.dirname, "../README.md");
const readme = readFileSync(path, "utf8");
const updated = withCliReference(readme, renderCliReference(COMMANDS));
if (updated === undefined) {
  console.error("README.md has no cli-reference markers: put them where the CLI reference goes");
  process.exit(2);
}
if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error("README.md's CLI reference differs from src/cli/command-table.ts: run `npm run docs`");
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(path, updated);
  console.log("wrote README.md's CLI reference");
}
