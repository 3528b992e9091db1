import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText, compareVersions, versionKey } from "../../../src/core/version.js";

describe("compareVersions", () => {
  it("compares integers by value, whatever their width", () => {
    expect(compareVersions("9", "10")).toBeLessThan(0);
    expect(compareVersions("001", "1")).toBe(0);
    expect(compareVersions("0010", "0001")).toBeGreaterThan(0);
  });

  it("compares 14-digit and 23-digit timestamps exactly (beyond Number precision)", () => {
    expect(compareVersions("20240101000000000000001", "20240101000000000000002")).toBeLessThan(0);
    expect(compareVersions("20240313", "20240101000000")).toBeLessThan(0);
  });

  it("compares Flyway versions part by part, with . or _ as separators", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1_10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.0", "1")).toBe(0);
    expect(compareVersions("2", "1.99")).toBeGreaterThan(0);
  });

  it("compares a folder level of a `pattern` version part by part too", () => {
    expect(["0.23/00", "0.10/01", "0.22/01", "0.9/00", "0.22/00"].sort(compareVersions)).toEqual([
      "0.9/00",
      "0.10/01",
      "0.22/00",
      "0.22/01",
      "0.23/00",
    ]);
    expect(versionKey("0.22/01")).not.toBe(versionKey("0.22/10"));
  });

  it("puts numbers before text parts", () => {
    expect(compareVersions("5", "R__views")).toBeLessThan(0);
  });

  it("sorts a list numerically", () => {
    expect(["10", "9", "1.10", "1.9", "001"].sort(compareVersions)).toEqual([
      "001",
      "1.9",
      "1.10",
      "9",
      "10",
    ]);
  });
});

describe("compareVersions and versionKey against BigInt arithmetic", () => {
  it("agree with integer order and equality for any digits, leading zeros and parts", () => {
    const part = fc.oneof(fc.stringMatching(/^[0-9]{1,30}$/), fc.constantFrom("0", "00", "R", "a", ""));
    const version = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("."));
    const reference = (a: string, b: string): number => {
      const x = a.split(".");
      const y = b.split(".");
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i] ?? "0";
        const q = y[i] ?? "0";
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        const order =
          pn && qn
            ? Number(BigInt(p) > BigInt(q)) - Number(BigInt(p) < BigInt(q))
            : pn
              ? -1
              : qn
                ? 1
                : compareText(p, q);
        if (order !== 0) return order;
      }
      return 0;
    };
    fc.assert(
      fc.property(version, version, (a, b) => {
        const order = Math.sign(compareVersions(a, b));
        expect(order).toBe(reference(a, b));
        expect(versionKey(a) === versionKey(b)).toBe(order === 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("versionKey", () => {
  it("is equal exactly for versions that compare equal", () => {
    expect(versionKey("001")).toBe(versionKey("1"));
    expect(versionKey("1.0")).toBe(versionKey("1"));
    expect(versionKey("0001")).not.toBe(versionKey("0010"));
  });
});

describe("compareText", () => {
  it("orders by code unit, like Go and Rust strings", () => {
    expect(compareText("10", "9")).toBeLessThan(0);
    expect(compareText("Z", "a")).toBeLessThan(0);
  });
});
