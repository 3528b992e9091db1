import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

interface Finding {
  rule: string;
  file?: string;
  line?: number;
  message: string;
}

/** A goose project whose second migration is `broken`; the first one is well formed. */
async function parseErrorOf(broken: string): Promise<Finding> {
  const cwd = tempTree({
    "db/migrations/00001_users.sql":
      "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE users;\n",
    "db/migrations/00002_orders.sql": broken,
  });
  const run = await runCli(cwd, ["replay", "db/migrations", "--format", "json"]);
  const report = JSON.parse(run.stdout) as { databases: { findings: Finding[] }[] };
  const found = report.databases[0]?.findings.filter((f) => f.rule === "parse-error") ?? [];
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

describe("a goose file goose refuses says which `;` or annotation is missing, and where", () => {
  it("a StatementBegin block never closed: the block's line, and where StatementEnd goes", async () => {
    const f = await parseErrorOf(
      "-- +goose Up\n-- +goose StatementBegin\nCREATE TRIGGER orders_touch AFTER UPDATE ON users BEGIN\n  UPDATE users SET id = id;\nEND;\n\n-- +goose Down\nDROP TRIGGER orders_touch;\n",
    );
    // goose reads everything after StatementBegin as one statement, the Down annotation included.
    expect(f).toMatchObject({ file: "db/migrations/00002_orders.sql", line: 7 });
    expect(f.message).toContain(
      "`-- +goose Down` is inside the `-- +goose StatementBegin` block opened at line 2",
    );
    expect(f.message).toContain("(\"must start with '-- +goose Up' annotation\")");
    expect(f.message).toContain(
      "add `-- +goose StatementEnd` after the block's last statement, above line 7",
    );
    expect(f.message).not.toMatch(/Fix the goose markers/);
  });

  it("a StatementBegin left open at the end of the file", async () => {
    const f = await parseErrorOf(
      "-- +goose Up\nCREATE TABLE orders (id INTEGER);\n-- +goose StatementBegin\nCREATE TRIGGER t AFTER INSERT ON orders BEGIN\n  SELECT 1;\nEND;\n",
    );
    expect(f.line).toBe(3);
    expect(f.message).toBe(
      "db/migrations/00002_orders.sql:3: `-- +goose StatementBegin` has no `-- +goose StatementEnd` after it; goose refuses the file (\"missing '-- +goose StatementEnd' annotation\"), so `goose up` stops at it: add `-- +goose StatementEnd` on the line after the statement's last line (line 6)",
    );
  });

  it("the last statement without its `;`", async () => {
    const f = await parseErrorOf("-- +goose Up\nCREATE TABLE orders (\n  id INTEGER\n)\n");
    expect(f.line).toBe(4);
    expect(f.message).toContain(
      "the last statement (lines 2-4: `CREATE TABLE orders (`) does not end with `;`",
    );
    expect(f.message).toContain("missing semicolon?");
    expect(f.message).toContain("end line 4 with `;`");
  });

  it("an up statement without its `;` before the Down annotation, and one in the Down section", async () => {
    const up = await parseErrorOf(
      "-- +goose Up\nCREATE TABLE orders (id INTEGER)\n-- +goose Down\nDROP TABLE orders;\n",
    );
    expect(up).toMatchObject({ line: 2 });
    expect(up.message).toContain(
      "the last up statement (line 2: `CREATE TABLE orders (id INTEGER)`) does not end with `;` before `-- +goose Down` at line 3",
    );
    expect(up.message).toContain("so `goose up` stops at it");
    const down = await parseErrorOf(
      "-- +goose Up\nCREATE TABLE orders (id INTEGER);\n-- +goose Down\nDROP TABLE orders\n",
    );
    expect(down.message).toContain("the last down statement (line 4");
    // goose parses one direction at a time: the up direction never sees it.
    expect(down.message).toContain("so `goose down` stops at it");
  });

  it("a Down annotation before the Up one", async () => {
    const f = await parseErrorOf(
      "-- +goose Down\nDROP TABLE orders;\n\n-- +goose Up\nCREATE TABLE orders (id INTEGER);\n",
    );
    expect(f.line).toBe(1);
    expect(f.message).toContain("`-- +goose Down` comes before `-- +goose Up`");
    expect(f.message).toContain("put the Up section (`-- +goose Up` and its statements) first");
  });

  it("a second Up, a StatementEnd with no StatementBegin and an annotation goose does not know", async () => {
    const twice = await parseErrorOf("-- +goose Up\nSELECT 1;\n-- +goose Up\nSELECT 2;\n");
    expect(twice.message).toContain("a second `-- +goose Up` (the first is at line 1)");
    expect(twice.message).toContain("duplicate '-- +goose Up' annotations");
    const end = await parseErrorOf("-- +goose Up\nSELECT 1;\n-- +goose StatementEnd\n");
    expect(end).toMatchObject({ line: 3 });
    expect(end.message).toContain("`-- +goose StatementEnd` has no `-- +goose StatementBegin` before it");
    const unknown = await parseErrorOf("-- +goose Up\n-- +goose NoTransaction\nSELECT 1;\n");
    expect(unknown.message).toContain("`-- +goose NoTransaction` is not an annotation goose knows");
    expect(unknown.message).toContain("NO TRANSACTION");
  });
});
