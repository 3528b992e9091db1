import { describe, expect, it } from "vitest";
import { codeSpan } from "../../../src/core/code-span.js";
import { renderComment } from "../../../src/core/render/comment.js";
import { DIAGRAM_TABLES, renderErDiagram } from "../../../src/core/render/er-diagram.js";
import { escapeProse } from "../../../src/core/render/report-markdown.js";
import type { DatabaseReport, ReplayReport } from "../../../src/core/report.js";
import { diffSchemas, makeSchema, serializeSchema } from "../../../src/core/schema/index.js";
import type { SchemaObject, TableObject } from "../../../src/core/schema/model.js";

const column = (name: string, type: string, extra: Partial<TableObject["columns"][0]> = {}) => ({
  name,
  type,
  notNull: false,
  default: null,
  pk: 0,
  collation: null,
  generated: null,
  hidden: false,
  ...extra,
});
const table = (
  name: string,
  columns: TableObject["columns"],
  foreignKeys: TableObject["foreignKeys"] = [],
): TableObject => ({
  kind: "table",
  name,
  columns,
  withoutRowid: false,
  strict: false,
  autoincrement: false,
  primaryKey: [],
  uniques: [],
  checks: [],
  foreignKeys,
  conflicts: [],
});
const users = table("users", [column("id", "INTEGER", { pk: 1 }), column("email", "TEXT")]);
const orders = table(
  "orders",
  [column("id", "INTEGER", { pk: 1 }), column("user_id", "INTEGER", { notNull: true })],
  [
    {
      columns: ["user_id"],
      table: "users",
      references: ["id"],
      onDelete: "cascade",
      onUpdate: "no action",
      match: "none",
      deferred: false,
    },
  ],
);

function report(
  name: string,
  findings: DatabaseReport["findings"] = [],
  before: SchemaObject[] = [users],
): ReplayReport {
  const after = makeSchema([users, orders]);
  return {
    version: 1,
    ok: findings.every((f) => f.severity !== "error"),
    databases: [
      {
        name: "main",
        dir: "db/migrations",
        format: "golang-migrate",
        formatReason: "",
        migrations: [
          {
            version: "0001",
            name: "users",
            files: ["db/migrations/0001_users.up.sql"],
            origin: "base",
            up: "ok",
            down: "ok",
            redo: "ok",
            ms: 1,
          },
          {
            version: "0002",
            name,
            files: ["db/migrations/0002_orders.up.sql"],
            origin: "new",
            up: "ok",
            down: "ok",
            redo: "ok",
            ms: 2.25,
          },
        ],
        schema: serializeSchema(after),
        diff: diffSchemas(makeSchema(before), after),
        findings,
      },
    ],
  };
}

describe("PR comment", () => {
  it("gives a verdict heading, the schema change in counts and per object, the DDL diff, an ER diagram and the new migrations", () => {
    const text = renderComment({ report: report("orders"), base: "main", version: "0.1.0" });
    expect(text.split("\n")[0]).toBe("### ✅ 1 new migration against `main`: replayed up, down and up again");
    expect(text).toContain("| 0002 | orders | ✅ | ✅ | ✅ | 2.3 |");
    expect(text).not.toContain("| 0001 |");
    expect(text).toContain("**Schema:** 1 table added\n\n- **+** table <code>orders</code> (2 columns)");
    // The DDL diff: the whole CREATE statement, a column per line, `+` at column 0 of every line.
    expect(text).toContain(
      "```diff\n@@ table orders (new) @@\n+CREATE TABLE orders (\n+  id INTEGER,\n+  user_id INTEGER NOT NULL,\n",
    );
    expect(text).toContain("```mermaid\nerDiagram\n");
    expect(text).toContain('  "orders (new)" }o--|| "users" : "user_id"');
    // The migrations table comes after the schema: findings and the change first.
    expect(text.indexOf("| version |")).toBeGreaterThan(text.indexOf("```mermaid"));
    expect(text.trimEnd().endsWith("<sub>lockstep 0.1.0 · base main</sub>")).toBe(true);
  });

  it("escapes what comes from the repository and links findings to their lines", () => {
    const hostile = "x</details><script>alert(1)</script>|```";
    const text = renderComment({
      report: report(hostile, [
        {
          rule: "down-mismatch",
          severity: "error",
          version: "0002",
          file: "db/migrations/0002 orders.down.sql",
          line: 3,
          message: "index `a|b` <still> exists",
          detail: "--- a/diff",
        },
      ]),
      links: { repoUrl: "https://github.com/o/r", sha: "abc123" },
      rulesUrl: "https://github.com/o/lockstep",
      version: "0.1.0",
    });
    // The rule links to its row of the README's rules, where the Action came from.
    expect(text).toContain("[**down-mismatch**](https://github.com/o/lockstep#rule-down-mismatch)");
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("</details><script>");
    expect(text).toContain("&lt;script&gt;");
    expect(text).toContain(
      "[db/migrations/0002 orders.down.sql:3](https://github.com/o/r/blob/abc123/db/migrations/0002%20orders.down.sql#L3)",
    );
    expect(text).not.toContain("--- a/diff");
    // Code spans in messages become <code>, escaped inside: a pipe cannot split a table, nor markup inject.
    expect(text).toContain("index <code>a&#124;b</code> &lt;still&gt; exists");
    const prose = escapeProse("name `x</code><img src=y>` and `unpaired");
    expect(prose).toBe("name <code>x&lt;/code&gt;&lt;img src=y&gt;</code> and &#96;unpaired");
    expect(text.split("\n")[0]).toBe("### ❌ 1 new error — 1 new migration");
    // The finding comes straight after the database's heading, before the schema.
    expect(text.indexOf("**down-mismatch**")).toBeLessThan(text.indexOf("**Schema:**"));
  });

  it("past the limit drops the DDL, then the diagram, then the list, and keeps the verdict and the findings", () => {
    const findings = Array.from({ length: 40 }, (_, i) => ({
      rule: "down-mismatch" as const,
      severity: "error" as const,
      version: "0002",
      file: `db/migrations/00${i}.sql`,
      line: 1,
      message: "x".repeat(200),
    }));
    const full = renderComment({ report: report("orders", findings), version: "0.1.0" });
    const smaller = renderComment({
      report: report("orders", findings),
      version: "0.1.0",
      limit: full.length - 1,
    });
    expect(smaller.length).toBeLessThan(full.length);
    expect(smaller).not.toContain("```diff");
    expect(smaller).toContain("```mermaid");
    expect(smaller).toContain("_Truncated to fit GitHub's limit: the full report is in the job summary._");
    const tiny = renderComment({ report: report("orders", findings), version: "0.1.0", limit: 3000 });
    expect(tiny.length).toBeLessThanOrEqual(3000);
    expect(tiny.split("\n")[0]).toContain("40 new errors");
    expect(tiny).toContain("… and ");
    expect(tiny).toContain("Truncated to fit GitHub's limit: the full report is in the job summary");
    expect(tiny).not.toContain("```mermaid");
  });
});

describe("ER diagram", () => {
  it("shows changed tables and their foreign-key neighbours only, with safe identifiers", () => {
    const odd = table(
      "weird name",
      [column("a-b", "VARCHAR(10)"), column("user_id", "INTEGER")],
      [
        {
          columns: ["user_id"],
          table: "users",
          references: [],
          onDelete: "no action",
          onUpdate: "no action",
          match: "none",
          deferred: false,
        },
      ],
    );
    const unrelated = table("audit", [column("id", "INTEGER")]);
    const { text: diagram } = renderErDiagram(
      diffSchemas(makeSchema([users, unrelated]), makeSchema([users, unrelated, odd])),
      [users, unrelated, odd],
    );
    expect(diagram).toContain('  "weird name (new)" {\n    VARCHAR a_b\n    INTEGER user_id FK\n  }');
    expect(diagram).toContain('  "weird name (new)" }o--|o "users" : "user_id"');
    // A neighbour shows only how it is joined: its key.
    expect(diagram).toContain('  "users" {\n    INTEGER id PK\n  }');
    expect(diagram).not.toContain("audit");
    expect(renderErDiagram(diffSchemas(makeSchema([users]), makeSchema([users])), [users]).text).toBe("");
  });

  it("names a foreign key's columns as the table declares them, not case-folded", () => {
    const posts = table(
      "posts",
      [column("id", "INTEGER", { pk: 1 }), column("authorId", "INTEGER", { notNull: true })],
      [
        {
          columns: ["authorid"],
          table: "users",
          references: [],
          onDelete: "no action",
          onUpdate: "no action",
          match: "none",
          deferred: false,
        },
      ],
    );
    const { text } = renderErDiagram(diffSchemas(makeSchema([users]), makeSchema([users, posts])), [
      users,
      posts,
    ]);
    expect(text).toContain('"posts (new)" }o--|| "users" : "authorId"');
  });

  it("past its cap draws the changed tables that are joined to each other, and lists the rest", () => {
    const fk = (to: string) => ({
      columns: [`${to}_id`],
      table: to,
      references: [],
      onDelete: "no action",
      onUpdate: "no action",
      match: "none",
      deferred: false,
    });
    const lone = ["a1", "a2", "a3", "a4"].map((n) => table(n, [column("id", "INTEGER", { pk: 1 })]));
    const zp = table("zp", [column("id", "INTEGER", { pk: 1 })]);
    const zc = table("zc", [column("id", "INTEGER", { pk: 1 }), column("zp_id", "INTEGER")], [fk("zp")]);
    const all = [...lone, zp, zc];
    const { text, omitted } = renderErDiagram(diffSchemas(makeSchema([]), makeSchema(all)), all);
    expect(text).toContain('"zc (new)" }o--|o "zp (new)" : "zp_id"');
    expect(omitted).toHaveLength(all.length - DIAGRAM_TABLES);
  });
});

describe("PR comment messages", () => {
  it("keeps a statement quoting backtick identifiers in one code span", () => {
    const message = `the down of 0002 failed at db/migrations/0002_orders.down.sql:1:1 (${codeSpan("DROP TABLE `new_x`;")}): no such table: new_x`;
    const text = renderComment({
      report: report("orders", [
        {
          rule: "down-failed",
          severity: "error",
          version: "0002",
          file: "db/migrations/0002_orders.down.sql",
          line: 1,
          message,
        },
      ]),
      version: "0.1.0",
    });
    expect(text).toContain("failed at line 1:1 (<code>DROP TABLE &#96;new_x&#96;;</code>): no such table");
  });
});
