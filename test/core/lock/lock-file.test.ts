import { describe, expect, it } from "vitest";
import {
  compareLock,
  hashText,
  type LockFile,
  parseLockFile,
  renderLockFile,
} from "../../../src/core/lock/lock-file.js";

const lock: LockFile = {
  entries: [
    { version: "0001", path: "0001_users.up.sql", hash: hashText("CREATE TABLE users (id INTEGER);\n") },
    { version: "0001", path: "0001_users.down.sql", hash: hashText("DROP TABLE users;\n") },
  ],
  amendments: [{ version: "0001", reason: 'typo in a "comment"' }],
};

describe("lock file", () => {
  it("renders a first line summing the rest, and parses back what it rendered", () => {
    const text = renderLockFile(lock);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(hashText(`${lines.slice(1).join("\n")}\n`));
    expect(lines[1]).toMatch(/^0001 0001_users\.up\.sql h1:[A-Za-z0-9+/]+=*$/);
    expect(lines[3]).toBe('amended 0001 "typo in a \\"comment\\""');
    expect(parseLockFile(text)).toEqual({ lock, problems: [] });
  });

  it("reads CRLF and a BOM as LF, and reports a hand-edited line and a broken sum", () => {
    const crlf = `\uFEFF${renderLockFile(lock).replaceAll("\n", "\r\n")}`;
    expect(parseLockFile(crlf).problems).toEqual([]);
    const edited = renderLockFile(lock).replace("0001_users.down.sql", "0001_users.down.sql extra");
    expect(parseLockFile(edited).problems.map((p) => p.line)).toEqual([1]);
    const garbage = `${renderLockFile(lock)}not a line\n`;
    expect(parseLockFile(garbage).problems.map((p) => p.line)).toEqual([5, 1]);
  });

  it("the same migrations give the same text; one more migration changes the first line", () => {
    expect(renderLockFile(lock)).toBe(renderLockFile(structuredClone(lock)));
    const more = {
      ...lock,
      entries: [...lock.entries, { version: "0002", path: "0002_x.up.sql", hash: hashText("") }],
    };
    expect(renderLockFile(more).split("\n")[0]).not.toBe(renderLockFile(lock).split("\n")[0]);
  });

  it("compares: missing, extra, changed, and a changed order", () => {
    const [up, down] = lock.entries as [LockFile["entries"][0], LockFile["entries"][0]];
    const other: LockFile = {
      entries: [
        { ...up, hash: hashText("x") },
        { version: "0009", path: "gone.sql", hash: up.hash },
      ],
      amendments: [],
    };
    expect(compareLock(lock, other).map((d) => `${d.kind} ${d.entry.path}`)).toEqual([
      "changed 0001_users.up.sql",
      "missing 0001_users.down.sql",
      "extra gone.sql",
    ]);
    expect(compareLock(lock, { entries: [down, up], amendments: [] })).toEqual([
      { kind: "moved", entry: up },
    ]);
    expect(compareLock(lock, lock)).toEqual([]);
  });
});
