import fc from "fast-check";
import type { Database } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { SchemaReader } from "../../../src/adapters/schema-reader.js";
import { loadSqlJs } from "../../../src/adapters/sqljs.js";
import {
  diffSchemas,
  isColumnOrderOnly,
  isEmptyDiff,
  renderDiffText,
  type Schema,
} from "../../../src/core/schema/index.js";
import { genSchema, Rng, type SchemaSpec } from "./schema-gen.js";
import { type MutationKind, mutate } from "./schema-mutate.js";
import { renderSchema } from "./schema-render.js";

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function build(statements: string[]): Schema {
  const db: Database = new SQL.Database();
  db.exec("PRAGMA foreign_keys = ON");
  try {
    for (const sql of statements) {
      try {
        db.exec(sql);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n in: ${sql}\n\nall:\n${statements.join(";\n")}`);
      }
    }
    return new SchemaReader(db).read();
  } finally {
    db.close();
  }
}

const clone = (spec: SchemaSpec): SchemaSpec => structuredClone(spec);

const MUTATIONS: MutationKind[] = [
  "type",
  "notnull",
  "default",
  "collate",
  "pk",
  "check",
  "unique",
  "fk",
  "index",
  "view",
  "trigger",
  "drop",
  "add-index",
  "add-column",
  "strict",
  "order",
];

describe("schema equality (property)", () => {
  it("every cosmetic spelling of one schema compares equal", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (seed, a, b) => {
        const spec = genSchema(new Rng(seed));
        const left = renderSchema(spec, new Rng(a));
        const right = renderSchema(spec, new Rng(b));
        const diff = diffSchemas(build(left), build(right));
        if (!isEmptyDiff(diff)) {
          throw new Error(
            `${renderDiffText(diff)}\nleft:\n${left.join(";\n")}\n\nright:\n${right.join(";\n")}`,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it("any one semantic change compares different, and only a reorder is column-order-only", () => {
    let applied = 0;
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer(),
        fc.constantFrom(...MUTATIONS),
        (seed, a, b, kind) => {
          const spec = genSchema(new Rng(seed));
          const changed = clone(spec);
          if (mutate(changed, new Rng(seed ^ 0x5bd1e995), kind) === null) return;
          applied++;
          const left = renderSchema(spec, new Rng(a));
          const right = renderSchema(changed, new Rng(b));
          const diff = diffSchemas(build(left), build(right));
          const context = `${kind}\n${renderDiffText(diff)}\nleft:\n${left.join(";\n")}\n\nright:\n${right.join(";\n")}`;
          if (isEmptyDiff(diff)) throw new Error(`missed a change: ${context}`);
          if (isColumnOrderOnly(diff) !== (kind === "order"))
            throw new Error(`column-order flag wrong: ${context}`);
        },
      ),
      { numRuns: 300 },
    );
    expect(applied).toBeGreaterThan(150);
  });
});
