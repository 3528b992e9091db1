import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { SchemaReader } from "../../../src/adapters/schema-reader.js";
import {
  type SqlDatabase as Database,
  loadEngine,
  type SqlEngine,
} from "../../../src/adapters/sqlite/engine.js";
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

let engine: SqlEngine;
beforeAll(async () => {
  engine = await loadEngine();
});

/** The objects a spec defines: no shadow table of a virtual table, no migration tool's table, nothing internal. */
function expectedKeys(spec: SchemaSpec): string[] {
  return [
    ...spec.tables.map((t) => `table:${t.name}`),
    ...spec.fts.map((f) => `virtual:${f.name}`),
    ...spec.indexes.map((i) => `index:${i.name}`),
    ...spec.views.map((v) => `view:${v.name}`),
    ...spec.triggers.map((t) => `trigger:${t.name}`),
  ].sort();
}

/** Builds the schema and checks it holds exactly the spec's objects. */
function buildSpec(statements: string[], spec: SchemaSpec): Schema {
  const schema = build(statements);
  const keys = [...schema.objects.keys()].sort();
  const expected = expectedKeys(spec);
  if (JSON.stringify(keys) !== JSON.stringify(expected)) {
    throw new Error(
      `objects ${keys.join(", ")}\nexpected ${expected.join(", ")}\nin:\n${statements.join(";\n")}`,
    );
  }
  return schema;
}

function build(statements: string[]): Schema {
  const db: Database = engine.openMemory();
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
  "gen-expr",
  "gen-storage",
  "gen-add",
  "fk-update",
  "index-collate",
  "without-rowid",
  "autoincrement",
  "fts-column",
  "fts-option",
];

/** Cosmetic variations the renderer reports (`Spelling.note`): each must occur in the equality property. */
const VARIATIONS = [
  "gen-long-form",
  "gen-short-form",
  "gen-virtual-explicit",
  "gen-virtual-implicit",
  "gen-added-by-alter",
  "fk-on-update",
  "fk-on-update-no-action",
  "fk-update-before-delete",
  "fk-match-before-action",
  "fk-on-insert-ignored",
  "fk-match-ignored",
  "gen-redundant-parens",
  "check-redundant-parens",
  "without-rowid-key-not-null",
  "rowid-alias-not-null",
  "index-default-collation-spelt",
  "fts-if-not-exists",
  "fts-schema-prefix",
  "fts-module-case",
  "fts-bareword-value-case",
  "fts-column-single-quoted",
  "fts-value-unquoted",
  "fts-value-double-quoted",
  "fts-option-among-columns",
  "fts-renamed",
  "fts-rebuilt",
  "tracking-tables",
];

/** A generated schema `kind` applies to, and its mutated copy; the next seeds are tried when it does not. */
function mutated(seed: number, kind: MutationKind): [SchemaSpec, SchemaSpec] | null {
  for (let k = 0; k < 20; k++) {
    const spec = genSchema(new Rng(seed + k));
    const changed = clone(spec);
    if (mutate(changed, new Rng((seed + k) ^ 0x5bd1e995), kind) !== null) return [spec, changed];
  }
  return null;
}

describe("schema equality (property)", () => {
  it("every cosmetic spelling of one schema compares equal", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (seed, a, b) => {
        const spec = genSchema(new Rng(seed));
        const left = renderSchema(spec, new Rng(a), seen);
        const right = renderSchema(spec, new Rng(b), seen);
        const diff = diffSchemas(buildSpec(left, spec), buildSpec(right, spec));
        if (!isEmptyDiff(diff)) {
          throw new Error(
            `${renderDiffText(diff)}\nleft:\n${left.join(";\n")}\n\nright:\n${right.join(";\n")}`,
          );
        }
      }),
      { numRuns: 100 },
    );
    expect(VARIATIONS.filter((v) => !seen.has(v))).toEqual([]);
  });

  it("any one semantic change compares different, and only a reorder is column-order-only", () => {
    const applied = new Map<MutationKind, number>();
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer(),
        fc.constantFrom(...MUTATIONS),
        (seed, a, b, kind) => {
          const pair = mutated(seed, kind);
          if (pair === null) return;
          const [spec, changed] = pair;
          applied.set(kind, (applied.get(kind) ?? 0) + 1);
          const left = renderSchema(spec, new Rng(a));
          const right = renderSchema(changed, new Rng(b));
          const diff = diffSchemas(buildSpec(left, spec), buildSpec(right, changed));
          const context = `${kind}\n${renderDiffText(diff)}\nleft:\n${left.join(";\n")}\n\nright:\n${right.join(";\n")}`;
          if (isEmptyDiff(diff)) throw new Error(`missed a change: ${context}`);
          if (isColumnOrderOnly(diff) !== (kind === "order"))
            throw new Error(`column-order flag wrong: ${context}`);
        },
      ),
      { numRuns: 250 },
    );
    expect(MUTATIONS.filter((k) => !applied.has(k))).toEqual([]);
    expect([...applied.values()].reduce((n, x) => n + x, 0)).toBeGreaterThan(220);
  });
});
