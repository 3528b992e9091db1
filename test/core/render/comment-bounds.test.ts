import { expect, it } from "vitest";
import { COMMENT_LIMIT, renderComment } from "../../../src/core/render/comment.js";
import type { ReplayReport } from "../../../src/core/report.js";
import { diffSchemas, makeSchema, serializeSchema } from "../../../src/core/schema/index.js";
import type { TableObject } from "../../../src/core/schema/model.js";

const table = (name: string): TableObject => ({
  kind: "table",
  name,
  columns: [
    {
      name: "id",
      type: "INTEGER",
      notNull: false,
      default: null,
      pk: 1,
      collation: null,
      generated: null,
      hidden: false,
    },
  ],
  withoutRowid: false,
  strict: false,
  autoincrement: false,
  primaryKey: [],
  uniques: [],
  checks: [],
  foreignKeys: [],
  conflicts: [],
});

it("keeps the findings when the schema summary alone would fill the comment", () => {
  // 3,000 added tables: their one-line summary is far past GitHub's limit on its own.
  const after = makeSchema(Array.from({ length: 3000 }, (_, i) => table(`warehouse_table_${i}`)));
  const report: ReplayReport = {
    version: 1,
    ok: false,
    databases: [
      {
        name: "main",
        dir: "migrations",
        format: "golang-migrate",
        formatReason: "",
        migrations: [],
        schema: serializeSchema(after),
        diff: diffSchemas(makeSchema([]), after),
        findings: [
          {
            rule: "down-mismatch",
            severity: "error",
            file: "migrations/0002_x.down.sql",
            message: "after the down of 0002, table `warehouse_table_0` still exists",
          },
        ],
      },
    ],
  };
  const text = renderComment({ report, version: "0.1.0" });
  expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(text).toContain("**down-mismatch**");
  expect(text).toMatch(/\*\*Schema:\*\* \d+ tables added/);
});
