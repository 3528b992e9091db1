import { describe, expect, it } from "vitest";
import {
  MARKER_LENGTH,
  markComment,
  readMarker,
  stickyKey,
} from "../../../src/core/github/sticky-comment.js";

describe("the sticky comment's marker", () => {
  it("gives each working directory and config a key of its own, the same for the same job", () => {
    expect(stickyKey(".")).toBe(stickyKey("./"));
    expect(stickyKey("app")).toBe(stickyKey("./app/"));
    expect(stickyKey("app")).not.toBe(stickyKey("."));
    expect(stickyKey(".", "lockstep.config.json")).not.toBe(stickyKey("."));
    expect(stickyKey("a-->b")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is read back from the body, with a digest of what the comment says", () => {
    const key = stickyKey(".");
    const a = markComment("report at 1.2 ms", key, "report");
    const b = markComment("report at 3.4 ms", key, "report");
    expect(a.digest).toBe(b.digest);
    expect(readMarker(a.body)).toEqual({ key, digest: a.digest });
    expect(markComment("another report", key).digest).not.toBe(a.digest);
    expect(readMarker("a comment by a person")).toBeUndefined();
    expect(readMarker(null)).toBeUndefined();
    // What the comment's content leaves room for.
    expect(a.body.length).toBe("report at 1.2 ms".length + MARKER_LENGTH);
  });
});
