import { execFileSync, spawn } from "node:child_process";
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_STEPS, type WriteSteps, writeFileAtomic } from "../../src/adapters/atomic-write.js";
import { writeLockText } from "../../src/adapters/lock-store.js";
import { LockstepError } from "../../src/core/errors.js";
import { tempTree } from "../helpers/temp-dir.js";

const failing = (step: "rename" | "writeAll"): WriteSteps => ({
  ...NODE_STEPS,
  writeAll(path, data, mode, exact) {
    if (step !== "writeAll") return NODE_STEPS.writeAll(path, data, mode, exact);
    // Half the bytes reach the disk, then the disk is full.
    NODE_STEPS.writeAll(path, data.subarray(0, data.length / 2), mode, exact);
    throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
  },
  rename(from, to) {
    if (step === "rename") throw Object.assign(new Error("EXDEV: cross-device link"), { code: "EXDEV" });
    NODE_STEPS.rename(from, to);
  },
});

describe("writeFileAtomic", () => {
  it.each(["writeAll", "rename"] as const)(
    "a %s that fails leaves the old file as it was and no temp file behind",
    (step) => {
      const dir = tempTree({ "report.json": "old content\n" });
      const target = join(dir, "report.json");
      expect(() => writeFileAtomic(target, "new content ".repeat(1000), { steps: failing(step) })).toThrow(
        step === "rename" ? "EXDEV" : "ENOSPC",
      );
      expect(readFileSync(target, "utf8")).toBe("old content\n");
      expect(readdirSync(dir)).toEqual(["report.json"]);
    },
  );

  it("keeps an existing file's mode exactly (a hook stays executable), and gives a new one the mode asked for", () => {
    const dir = tempTree({ "pre-commit": "#!/bin/sh\n", "private.txt": "x\n" });
    chmodSync(join(dir, "pre-commit"), 0o755);
    chmodSync(join(dir, "private.txt"), 0o600);
    writeFileAtomic(join(dir, "pre-commit"), "#!/bin/sh\nnpx lockstep guard --staged\n");
    writeFileAtomic(join(dir, "private.txt"), "y\n");
    writeFileAtomic(join(dir, "pre-push"), "#!/bin/sh\n", { mode: 0o755 });
    expect(statSync(join(dir, "pre-commit")).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, "private.txt")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "pre-push")).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(dir, "pre-commit"), "utf8")).toContain("guard --staged");
  });

  it("exclusive: refuses to replace an existing file, and leaves no temp file", () => {
    const dir = tempTree({ "0001_a.sql": "mine\n" });
    expect(() => writeFileAtomic(join(dir, "0001_a.sql"), "other\n", { exclusive: true })).toThrow("EEXIST");
    expect(readFileSync(join(dir, "0001_a.sql"), "utf8")).toBe("mine\n");
    expect(readdirSync(dir)).toEqual(["0001_a.sql"]);
  });

  it("writes through a symlink to its target: the link stays a link", () => {
    const dir = tempTree({ "real.md": "old\n" });
    symlinkSync("real.md", join(dir, "link.md"));
    writeFileAtomic(join(dir, "link.md"), "new\n");
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.md"), "utf8")).toBe("new\n");
  });

  it("writes a FIFO (or /dev/stdout) in place: there is nothing to rename over", async () => {
    const dir = tempTree({});
    const fifo = join(dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let got = "";
    reader.stdout.on("data", (chunk) => {
      got += chunk;
    });
    // Bounded: if the FIFO were replaced by a file, cat would wait on it forever.
    const timer = setTimeout(() => reader.kill(), 10_000);
    const closed = new Promise((resolve) => reader.on("close", resolve));
    writeFileAtomic(fifo, '{"ok":true}\n');
    await closed;
    clearTimeout(timer);
    expect(got).toBe('{"ok":true}\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["report.fifo"]);
  }, 20_000);
});

describe("writeLockText", () => {
  it("a failed write is one LockstepError saying the file was left as it was", () => {
    const dir = tempTree({ "lockstep.sum": "h1:old\n" });
    let thrown: unknown;
    try {
      writeLockText(dir, "migrations/lockstep.sum", "h1:new\n", failing("rename"));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LockstepError);
    expect((thrown as Error).message).toBe(
      "cannot write migrations/lockstep.sum (EXDEV); the file was left as it was",
    );
    expect(readFileSync(join(dir, "lockstep.sum"), "utf8")).toBe("h1:old\n");
    expect(readdirSync(dir)).toEqual(["lockstep.sum"]);
  });
});
