import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { VERSION } from "../../src/version.js";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

/** The README's workflow: the first YAML block of its GitHub Action section. */
function workflow(): { jobs: Record<string, { steps: { uses?: string; run?: string }[] }> } {
  const section = README.slice(README.indexOf("## GitHub Action"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("no workflow in the README's GitHub Action section");
  return parse(block);
}

describe("the README's workflow", () => {
  it("uses the Action by reference at this version's tag, after checkout only: nothing installed for it", () => {
    const steps = Object.values(workflow().jobs).flatMap((job) => job.steps);
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      "actions/checkout@v4",
      `<owner>/lockstep@v${VERSION}`,
    ]);
  });
});
