import { describe, expect, it } from "vitest";
import type { MigrationScript } from "../../src/core/migration.js";
import { findRebuilds, schemaSteps } from "../../src/core/safety/schema-steps.js";
import { scriptStatements } from "../../src/core/safety/statements.js";

const script = (sql: string, line = 1): MigrationScript => ({
  file: "m.sql",
  chunks: [{ sql, line, column: 1 }],
  transaction: false,
});

describe("the statements the safety rules read", () => {
  it("a trigger body's semicolons do not split it, and each statement has its line in the file", () => {
    const sql =
      "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DROP TABLE x;\nEND;\nDROP TABLE a;\n";
    const statements = scriptStatements(script(sql, 10));
    expect(statements.map((s) => s.line)).toEqual([10, 14]);
    // The DROP inside the trigger body is no step of the up.
    expect(schemaSteps(script(sql))).toEqual([{ kind: "drop-table", table: "a", line: 5 }]);
  });

  it("finds the standard rebuild and the old-table-first one, by quoted or bare names in any case", () => {
    const existed = (t: string) => ["users", "teams"].includes(t.toLowerCase());
    const standard = schemaSteps(
      script(
        'CREATE TABLE "new_Users" (id);\nINSERT INTO "new_Users" (id) SELECT id FROM "Users";\nDROP TABLE "Users";\nALTER TABLE "new_Users" RENAME TO "Users";\n',
      ),
    );
    expect(findRebuilds(standard, existed)).toMatchObject([
      { table: "Users", other: "new_Users", renamedFirst: false, create: 1, drop: 3, rename: 4 },
    ]);
    const first = schemaSteps(
      script("ALTER TABLE teams RENAME TO old_teams;\nCREATE TABLE teams (id);\nDROP TABLE old_teams;\n"),
    );
    expect(findRebuilds(first, existed)).toMatchObject([
      { table: "teams", other: "old_teams", renamedFirst: true },
    ]);
  });

  it("near miss: a new table renamed, with nothing dropped, is no rebuild", () => {
    const steps = schemaSteps(script("CREATE TABLE a (id);\nALTER TABLE a RENAME TO b;\n"));
    expect(findRebuilds(steps, () => false)).toEqual([]);
  });
});
