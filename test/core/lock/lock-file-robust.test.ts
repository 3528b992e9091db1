import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hashText,
  isInsidePath,
  type LockFile,
  MAX_LOCK_LINE,
  parseLockFile,
  renderLockFile,
} from "../../../src/core/lock/lock-file.js";

const lock: LockFile = {
  entries: [
    { version: "0001", path: "0001_users.up.sql", hash: hashText("CREATE TABLE users (id INTEGER);\n") },
    { version: "0002", path: "0002_posts.up.sql", hash: hashText("CREATE TABLE posts (id INTEGER);\n") },
  ],
  amendments: [{ version: "0002", reason: "comment only" }],
};

/** The lock file with `line` added at the end and the first line summing it all, as if written so. */
function withLine(line: string): string {
  const body = renderLockFile(lock).trimEnd().split("\n").slice(1);
  body.push(line);
  return `${[hashText(`${body.join("\n")}\n`), ...body].join("\n")}\n`;
}

describe("reading a damaged lock file", () => {
  it.each([
    ["a bad escape in a reason", 'amended 0001 "\\x41"', "not a valid JSON string"],
    ["an unfinished reason", 'amended 0001 "no end', "is not 'amended"],
    ["an unknown form", "# a comment", 'is not "<version> <path> h1:<hash>"'],
    ["a hash that is not base64", "0003 0003_x.up.sql h1:AA-A", 'is not "<version> <path> h1:<hash>"'],
    ["a path with ..", `0003 ../../etc/passwd ${hashText("x")}`, "outside the migration directory"],
    ["an absolute path", `0003 /etc/passwd ${hashText("x")}`, "outside the migration directory"],
    ["a backslash path", `0003 ..\\x.sql ${hashText("x")}`, "outside the migration directory"],
    ["a NUL byte", `0003 0003_x\u0000.up.sql ${hashText("x")}`, "NUL byte"],
    ["invalid UTF-8 (read as U+FFFD)", `0003 0003_\uFFFD.up.sql ${hashText("x")}`, "not valid UTF-8"],
    ["an escape sequence", `0003 0003_\u001b[31m.up.sql ${hashText("x")}`, "control character"],
    ["an absurdly long line", `0003 ${"a".repeat(MAX_LOCK_LINE)}.sql ${hashText("x")}`, "characters long"],
    ["a path listed twice", `0001 0001_users.up.sql ${hashText("other")}`, "a second time"],
    ["a second amendment", 'amended 0002 "again"', "a second time"],
  ])("%s is a problem on its line, and the rest is still read", (_, line, words) => {
    const { lock: read, problems } = parseLockFile(withLine(line));
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining(words) })]);
    expect(problems[0]?.message).toMatch(/^line 5 /);
    expect(read.entries).toEqual(lock.entries);
    expect(read.amendments).toEqual(lock.amendments);
  });

  it("a damaged line says what of it can still be read: the version and path the rule id depends on", () => {
    const [problem] = parseLockFile(withLine("0001 0001_users.up.sql h1:cut-off!")).problems;
    expect(problem).toMatchObject({ kind: "entry", version: "0001", path: "0001_users.up.sql" });
    const [amend] = parseLockFile(withLine('amended 0002 "\\q"')).problems;
    expect(amend).toMatchObject({ kind: "amendment", version: "0002" });
    const [outside] = parseLockFile(withLine("0003 ../x.sql h1:bad")).problems;
    expect(outside?.path).toBeUndefined();
  });

  it("quotes a damaged line bounded and escaped, never whole", () => {
    const [problem] = parseLockFile(withLine(`junk ${"x".repeat(5000)}`)).problems;
    expect(problem?.message.length).toBeLessThan(200);
    const [control] = parseLockFile(withLine("junk \u001b]0;title\u0007")).problems;
    expect(control?.message).not.toContain("\u001b");
    expect(control?.message).not.toContain("\u0007");
    expect(control?.message).toContain("\\u001b]0;title\\u0007");
  });

  it("renders a reason with DEL or U+FFFD so that it reads back", () => {
    const odd: LockFile = {
      entries: lock.entries,
      amendments: [{ version: "0001", reason: "a\u007fb\uFFFDc\n" }],
    };
    expect(parseLockFile(renderLockFile(odd))).toEqual({ lock: odd, problems: [] });
  });
});

// Lines near the real forms, so the fuzzer reaches the branches past the first regex.
const fragment = fc.oneof(
  fc.constantFrom(
    "amended ",
    "0001 ",
    "h1:",
    '"',
    "\\",
    "\\x",
    "\\u",
    "../",
    "/",
    " ",
    "\r",
    "\uFEFF",
    "\u0000",
  ),
  fc.constant(hashText("x")),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const line = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(""));
const lockText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n")),
  fc.array(line, { maxLength: 6 }).map((lines) => withLine(lines.join("\n"))),
);

describe("fuzzing the lock file reader", () => {
  it("no input makes it throw, and every problem has a line within the text", () => {
    fc.assert(
      fc.property(lockText, (text) => {
        const { problems } = parseLockFile(text);
        const lines = text.split("\n").length;
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
          expect(p.message).toMatch(/^line \d+/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("what it read renders to a lock file that reads back the same, with no problem", () => {
    fc.assert(
      fc.property(lockText, (text) => {
        const read = parseLockFile(text).lock;
        expect(parseLockFile(renderLockFile(read))).toEqual({ lock: read, problems: [] });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("names a line cannot carry raw", () => {
  it("any version and path lockstep lists reads back exactly, newlines and quotes included", () => {
    // Any path the reader takes as inside the directory (a backslash or a drive letter stays refused: on
    // Windows they would leave it).
    const segment = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("/"));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 16 }),
        fc.array(segment, { minLength: 1, maxLength: 3 }).filter((parts) => isInsidePath(parts.join("/"))),
        (version, parts) => {
          const written: LockFile = {
            entries: [{ version, path: parts.join("/"), hash: hashText("x") }],
            amendments: [],
          };
          const { lock: read, problems } = parseLockFile(renderLockFile(written));
          expect(problems).toEqual([]);
          expect(read).toEqual(written);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("writes a folder name with a newline as a JSON string on one line", () => {
    const text = renderLockFile({
      entries: [{ version: "0002_x\ny", path: "0002_x\ny/migration.sql", hash: hashText("x") }],
      amendments: [],
    });
    expect(text.split("\n")[1]).toBe(`"0002_x\\ny" "0002_x\\ny/migration.sql" ${hashText("x")}`);
  });
});
