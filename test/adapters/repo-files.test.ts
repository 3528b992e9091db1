import { spawnSync } from "node:child_process";
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularText, repositoryTop, resolveInRepo } from "../../src/adapters/repo-files.js";
import { LockstepError } from "../../src/core/errors.js";
import { tempTree } from "../helpers/temp-dir.js";

const KEY = 'database "m": "order"';

/** The LockstepError a call throws (it must throw one of kind "config"). */
function faultOf(call: () => unknown): LockstepError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).kind).toBe("config");
    return error as LockstepError;
  }
  throw new Error("expected a LockstepError");
}

describe("repositoryTop", () => {
  it("is the nearest directory holding a .git entry, a directory or a file", () => {
    const root = realpathSync(tempTree({ "repo/a/b/x.txt": "", "wt/.git": "gitdir: ../repo/.git\n" }));
    mkdirSync(join(root, "repo/.git"));
    expect(repositoryTop(join(root, "repo/a/b"))).toBe(join(root, "repo"));
    mkdirSync(join(root, "wt/sub"));
    expect(repositoryTop(join(root, "wt/sub"))).toBe(join(root, "wt"));
  });

  it("outside git, is where lockstep runs when that holds the directory, else the directory", () => {
    const root = realpathSync(tempTree({ "project/ci/lockstep.json": "{}", "elsewhere/x": "" }));
    expect(repositoryTop(join(root, "project/ci"), join(root, "project"))).toBe(join(root, "project"));
    expect(repositoryTop(join(root, "project/ci"), join(root, "elsewhere"))).toBe(join(root, "project/ci"));
  });
});

describe("resolveInRepo", () => {
  const root = realpathSync(
    tempTree({ "repo/.git/config": "[core]\n", "repo/ok.txt": "0001\n", "out.txt": "x" }),
  );
  const top = join(root, "repo");
  symlinkSync(join(root, "out.txt"), join(top, "link.txt"));
  symlinkSync(join(top, ".git"), join(top, "dotgit"));

  it("gives the real path of a file inside the repository, and of a directory not made yet", () => {
    expect(resolveInRepo(top, top, KEY, "ok.txt")).toBe(join(top, "ok.txt"));
    expect(resolveInRepo(top, top, KEY, "db/migrations")).toBe(join(top, "db/migrations"));
  });

  it.each([
    [".git/config", "inside .git/"],
    [".GIT/config", "inside .git/"],
    ["sub/../.git/config", "inside .git/"],
    ["dotgit/config", "inside .git/"],
    ["../out.txt", "outside the repository"],
    ["/proc/self/environ", "outside the repository"],
    ["db\u0000migrations", "which contains a NUL character"],
    ["link.txt", "a symlink to a place outside the repository"],
  ])("refuses %s (%s) naming the key and the path", (path, why) => {
    const fault = faultOf(() => resolveInRepo(top, top, KEY, path));
    expect(fault.message).toContain(KEY);
    expect(fault.message).toContain(`"${path}"`);
    expect(fault.message).toContain(why);
    expect(fault.message.split("\n")).toHaveLength(1);
  });
});

describe("readRegularText", () => {
  const root = tempTree({
    "bom.txt": "\uFEFF0001\r\n0002\r\n",
    "big.txt": "x".repeat(2000),
    "binary.txt": new Uint8Array([0x30, 0, 0x31]),
    "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
  });
  mkdirSync(join(root, "dir"));

  it("reads UTF-8 text with its BOM dropped and CRLF read as LF", () => {
    expect(readRegularText(join(root, "bom.txt"), KEY, "bom.txt", 1000)).toBe("0001\n0002\n");
  });

  it("refuses a FIFO without waiting for a writer", () => {
    const fifo = join(root, "order.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(faultOf(() => readRegularText(fifo, KEY, "order.fifo", 1000)).message).toContain(
      "a FIFO (named pipe), not a regular file",
    );
  });

  it("refuses a socket, saying what it is", async () => {
    const path = join(root, "order.sock");
    const server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    try {
      expect(faultOf(() => readRegularText(path, KEY, "order.sock", 1000)).message).toContain(
        `${KEY} is "order.sock", a socket, not a regular file`,
      );
    } finally {
      server.close();
    }
  });

  it.each([
    ["dir", "a directory, not a regular file"],
    ["/dev/zero", "a device, not a regular file"],
    ["big.txt", "2.0 KiB, over the 1000 bytes limit"],
    ["binary.txt", "not text: it contains a NUL byte"],
    ["latin1.txt", "not text: it is not valid UTF-8"],
    ["missing.txt", "which does not exist"],
  ])("refuses %s: %s", (name, why) => {
    const abs = name.startsWith("/") ? name : join(root, name);
    const fault = faultOf(() => readRegularText(abs, KEY, name, 1000));
    expect(fault.message).toContain(`${KEY} is "${name}", ${why}`);
  });

  it("reads a file whose size the system does not report only up to the limit", () => {
    // /proc files report size 0; the limit still holds while reading.
    writeFileSync(join(root, "small.txt"), "ok");
    expect(readRegularText(join(root, "small.txt"), KEY, "small.txt", 2)).toBe("ok");
    expect(faultOf(() => readRegularText("/proc/self/environ", KEY, "environ", 1)).message).toContain(
      "over the",
    );
  });
});
