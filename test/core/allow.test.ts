import { describe, expect, it } from "vitest";
import { acknowledge, readAllowances } from "../../src/core/allow.js";
import { finding } from "../../src/core/finding.js";
import type { MigrationSet } from "../../src/core/migration.js";

const file = (display: string, text: string) => ({ rel: display, display, text });

describe("lockstep:allow comments", () => {
  it("read each rule a comment names, with its reason and place, in SQL, Python and JavaScript comments", () => {
    const read = readAllowances(
      file(
        "m/1.sql",
        'CREATE TABLE t (a);\n-- lockstep:allow redo-mismatch, down-mismatch "legacy, moved in 0041"\n  # lockstep:allow not-replayed "run by hand"\n// lockstep:allow empty-migration "kept for goose"\n',
      ),
    );
    expect(read.problems).toEqual([]);
    expect(Object.fromEntries(read.byRule)).toEqual({
      "redo-mismatch": { reason: "legacy, moved in 0041", file: "m/1.sql", line: 2 },
      "down-mismatch": { reason: "legacy, moved in 0041", file: "m/1.sql", line: 2 },
      "not-replayed": { reason: "run by hand", file: "m/1.sql", line: 3 },
      "empty-migration": { reason: "kept for goose", file: "m/1.sql", line: 4 },
    });
  });

  it("refuse an unknown rule (suggesting the closest), a rule no file may acknowledge, and a missing reason", () => {
    const read = readAllowances(
      file(
        "m/1.sql",
        '-- lockstep:allow down-mismach "typo"\n-- lockstep:allow locked-modified "edited"\n-- lockstep:allow down-failed\n',
      ),
    );
    expect(read.byRule.size).toBe(0);
    expect(read.problems.map((p) => [p.rule, p.severity, p.line])).toEqual([
      ["allow-invalid", "warning", 1],
      ["allow-invalid", "warning", 2],
      ["allow-invalid", "warning", 3],
    ]);
    expect(read.problems[0]?.message).toContain('did you mean "down-mismatch"?');
    expect(read.problems[1]?.message).toContain("lockstep lock --amend");
    expect(read.problems[2]?.message).toContain('lockstep:allow RULE "why it is meant"');
  });

  it("mark only the findings of the rule in the migration that acknowledges it", () => {
    const set: MigrationSet = {
      layout: "golang-migrate",
      hasDowns: true,
      reason: "",
      findings: [],
      migrations: [
        { version: "1", name: "a", files: ["m/1_a.up.sql", "m/1_a.down.sql"] },
        { version: "2", name: "b", files: ["m/2_b.up.sql", "m/2_b.down.sql"] },
      ],
    };
    const files = [
      file(
        "m/1_a.up.sql",
        'CREATE TABLE a (x);\n-- lockstep:allow down-mismatch "the down keeps the table"\n',
      ),
      file("m/1_a.down.sql", ""),
      file("m/2_b.up.sql", "CREATE TABLE b (x);\n"),
      file("m/2_b.down.sql", ""),
    ];
    const out = acknowledge(
      [
        finding("down-mismatch", "a left", { version: "1", file: "m/1_a.down.sql", line: 1 }),
        finding("down-failed", "a failed", { version: "1", file: "m/1_a.down.sql", line: 1 }),
        finding("down-mismatch", "b left", { version: "2", file: "m/2_b.down.sql", line: 1 }),
      ],
      set,
      files,
    );
    expect(out.map((f) => [f.message, f.status])).toEqual([
      ["a left", "allowed"],
      ["a failed", undefined],
      ["b left", undefined],
    ]);
    expect(out[0]?.allowed).toEqual({ reason: "the down keeps the table", file: "m/1_a.up.sql", line: 2 });
  });
});
