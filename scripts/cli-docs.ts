// Writes the README's CLI reference from the command declarations (src/cli/command-table.ts).
// `--check` writes nothing and fails when the README is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderCliReference, withCliReference } from "../src/cli/cli-reference.js";
import { COMMANDS } from "../src/cli/command-table.js";
import { renderRuleReference, withRuleReference } from "../src/cli/rule-reference.js";

const path = resolve(import.meta.dirname, "../README.md");
const readme = readFileSync(path, "utf8");
const withCli = withCliReference(readme, renderCliReference(COMMANDS));
if (withCli === undefined) {
  console.error("README.md has no cli-reference markers: put them where the CLI reference goes");
  process.exit(2);
}
const updated = withRuleReference(withCli, renderRuleReference());
if (updated === undefined) {
  console.error("README.md has no rules markers: put them where the rule table goes");
  process.exit(2);
}
if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error(
      "README.md's CLI reference or rule table differs from src/cli/command-table.ts or src/core/rules.ts: run `npm run docs`",
    );
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(path, updated);
  console.log("wrote README.md's CLI reference and rule table");
}
