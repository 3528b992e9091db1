import fc from "fast-check";
import { expect, it } from "vitest";
import { type CopiedRow, copied, deleteRow, rowsNamed, setRow } from "../../src/adapters/schema-rows.js";

const NAMES = ["a", "B", "c", "d"];

it("finds by name what a walk over every row finds, in the map's order, as rows are set, replaced and deleted", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.integer({ min: 1, max: 8 }),
          fc.option(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)), { nil: undefined }),
        ),
      ),
      fc.subarray(["a", "b", "c", "e"]),
      fc.integer({ min: 0, max: 20 }),
      (ops, wanted, lookAt) => {
        const names = new Set(wanted);
        const rows = new Map<number, CopiedRow>();
        const walk = () => [...rows.values()].filter((r) => names.has(r.folded) || names.has(r.foldedTable));
        ops.forEach(([rid, row], i) => {
          // A lookup part-way builds the index, which every later change must keep true.
          if (i === lookAt) expect(rowsNamed(rows, names)).toEqual(walk());
          if (!row) deleteRow(rows, rid);
          else {
            // The reader removes a row rewritten in place before it sets the new one; either way works.
            if (i % 2 === 0) deleteRow(rows, rid);
            setRow(rows, copied({ rid, type: "index", name: row[0], tbl_name: row[1], sql: "" }));
          }
        });
        expect(rowsNamed(rows, names)).toEqual(walk());
      },
    ),
    { numRuns: 300 },
  );
});
