import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lockstep } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/data/drizzle-cascade");

describe("lockstep replay --data (the bundled CLI)", () => {
  it("reports the cascade of Drizzle's rebuild, says the replay had data, and exits 1; without --data only the no-op PRAGMA is said", () => {
    const cwd = tempTree({});
    cpSync(FIXTURE, join(cwd, "drizzle"), { recursive: true });
    const text = lockstep(cwd, ["replay", "drizzle", "--data", "--no-cache"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("data-loss");
    expect(text.stdout).toContain("with generated rows in every table");
    const json = lockstep(cwd, ["replay", "drizzle", "--data", "--no-cache", "--format", "json"]);
    const report = JSON.parse(json.stdout);
    expect(report.databases[0].data).toBe(true);
    expect(report.databases[0].findings.map((f: { rule: string }) => f.rule)).toContain("data-loss");
    const plain = lockstep(cwd, ["replay", "drizzle", "--no-cache"]);
    // Without rows nothing is lost; the PRAGMA that Drizzle's transaction ignores is still an error.
    expect(plain.stdout).toContain("fk-pragma-in-transaction");
    expect(plain.stdout).not.toContain("data-loss");
    expect(plain.stdout).not.toContain("with generated rows");
  });
});
