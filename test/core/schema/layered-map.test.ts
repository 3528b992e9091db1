import fc from "fast-check";
import { expect, it } from "vitest";
import { LayeredMap } from "../../../src/core/schema/layered-map.js";

type Op = [string, number | undefined];

it("behaves like a copied Map after any sequence of changes, and leaves earlier versions untouched", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.array(fc.tuple(fc.constantFrom(..."abcdefghij"), fc.option(fc.integer(), { nil: undefined }))),
      ),
      fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer())),
      (batches: Op[][], start: [string, number][]) => {
        let layered = LayeredMap.of(start);
        let plain = new Map(start);
        const versions: [LayeredMap<number>, Map<string, number>][] = [[layered, new Map(plain)]];
        for (const batch of batches) {
          layered = layered.with(new Map(batch));
          plain = new Map(plain);
          for (const [k, v] of batch) {
            if (v === undefined) plain.delete(k);
            else plain.set(k, v);
          }
          versions.push([layered, new Map(plain)]);
        }
        for (const [l, p] of versions) {
          expect(l.size).toBe(p.size);
          expect(new Map(l)).toEqual(p);
          for (const key of "abcdefghij") expect(l.get(key)).toBe(p.get(key));
        }
        const [first] = versions[0] ?? [];
        if (first) {
          const changed = LayeredMap.changedKeys(first, layered);
          // When the two share a base, every key whose value differs is among the candidates.
          if (changed)
            for (const key of new Set([...first.keys(), ...layered.keys()]))
              if (first.get(key) !== layered.get(key)) expect(changed.has(key)).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
});

it("folds a large layer into a new base, so lookups stay cheap", () => {
  let map = LayeredMap.of(Array.from({ length: 100 }, (_, i) => [`k${i}`, i] as [string, number]));
  for (let i = 0; i < 200; i++) map = map.with(new Map([[`n${i}`, i]]));
  expect(map.size).toBe(300);
  expect(LayeredMap.changedKeys(LayeredMap.of([["x", 1]]), map)).toBeUndefined();
  expect(map.get("n199")).toBe(199);
});

it("finds by term exactly what a walk over every entry finds, in the walk's order, on every version", () => {
  // Each value lists its terms: the letters of its string.
  const terms = (value: string) => [...value];
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(fc.string({ maxLength: 2 }), fc.string({ maxLength: 3, unit: fc.constantFrom(..."abcd") })),
      ),
      fc.array(
        fc.array(
          fc.tuple(
            fc.string({ maxLength: 2 }),
            fc.option(fc.string({ maxLength: 3, unit: fc.constantFrom(..."abcd") }), { nil: undefined }),
          ),
        ),
      ),
      fc.subarray([..."abcde"]),
      (start: [string, string][], batches: [string, string | undefined][][], wanted: string[]) => {
        const want = new Set(wanted);
        let map = LayeredMap.of(start);
        const versions = [map];
        for (const batch of batches) {
          map = map.with(new Map(batch));
          versions.push(map);
        }
        for (const version of versions) {
          const walked: string[] = [];
          version.forEach((value) => {
            if (terms(value).some((t) => want.has(t))) walked.push(value);
          });
          expect(version.withTerms(terms, want)).toEqual(walked);
        }
      },
    ),
    { numRuns: 300 },
  );
});
