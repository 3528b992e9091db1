import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blobId } from "../../src/core/blob-id.js";
import { digestOf } from "../../src/core/digest.js";
import { hashText } from "../../src/core/lock/lock-file.js";

describe("digestOf", () => {
  it("gives what a Hash object gives, for any text (as UTF-8) or bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.uint8Array(), (text, bytes) => {
        for (const algorithm of ["sha1", "sha256"] as const) {
          for (const encoding of ["hex", "base64"] as const) {
            expect(digestOf(algorithm, text, encoding)).toBe(
              createHash(algorithm).update(text, "utf8").digest(encoding),
            );
            expect(digestOf(algorithm, bytes, encoding)).toBe(
              createHash(algorithm).update(bytes).digest(encoding),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps git's blob ids and the lock's hashes as they were", () => {
    // `printf 'SELECT 1;\n' | git hash-object --stdin`
    expect(blobId(Buffer.from("SELECT 1;\n"))).toBe("e0ac49d1ecfb8f96f2418b1a87e1d20e587d9d0f");
    expect(blobId(new Uint8Array())).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    expect(hashText("")).toBe(`h1:${createHash("sha256").update("").digest("base64")}`);
    // A lone surrogate is hashed as UTF-8 turns it (U+FFFD), as a Hash object does.
    expect(hashText("a\ud800b")).toBe(
      `h1:${createHash("sha256").update("a\ud800b", "utf8").digest("base64")}`,
    );
    expect(hashText("ünï\n")).toBe(`h1:${createHash("sha256").update("ünï\n", "utf8").digest("base64")}`);
  });
});
