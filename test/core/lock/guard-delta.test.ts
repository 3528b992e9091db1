import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import { appendedEntries, appendLockLines, type Settled } from "../../../src/core/lock/guard-delta.js";
import { hashText, type LockEntry, renderLockFile } from "../../../src/core/lock/lock-file.js";
import type { SourceFile } from "../../../src/core/migration.js";
import { lockEntries } from "../../../src/engine/applied/applied.js";

const entry = (version: string, path: string): LockEntry => ({ version, path, hash: hashText(path) });

/** appendLockLines on a lock file's text, as bytes in and out. */
const append = (text: string, count: number, added: LockEntry[]) =>
  appendLockLines(Buffer.from(text), count, added)?.toString("utf8");

describe("appendLockLines", () => {
  it("writes what renderLockFile writes for the longer list, amendments and quoted paths included", () => {
    const entries = [entry("0001", "0001_a.up.sql"), entry("0002", '"odd" name.up.sql')];
    const more = [entry("0003", "0003_c.up.sql"), entry("0004", "0004 h1:x.up.sql")];
    for (const amendments of [[], [{ version: "0001", reason: 'a comment "fixed"' }]]) {
      const text = renderLockFile({ entries, amendments });
      expect(append(text, entries.length, more)).toBe(
        renderLockFile({ entries: [...entries, ...more], amendments }),
      );
    }
    const empty = renderLockFile({ entries: [], amendments: [] });
    expect(append(empty, 0, more)).toBe(renderLockFile({ entries: more, amendments: [] }));
  });

  it("refuses a text with fewer entry lines than it is told, or no final newline", () => {
    const text = renderLockFile({ entries: [entry("0001", "0001_a.up.sql")], amendments: [] });
    expect(append(text, 2, [entry("0002", "0002_b.up.sql")])).toBeUndefined();
    expect(append(text.slice(0, -1), 1, [entry("0002", "0002_b.up.sql")])).toBeUndefined();
  });
});

describe("appendedEntries", () => {
  const settled: Settled = {
    last: ["0003_c.up.sql"],
    newest: "0003",
    entries: 5,
    elsewhere: ["0005_e.up.sql"],
  };
  const file = (rel: string, text = "SELECT 1;\n"): SourceFile => ({
    rel,
    display: `migrations/${rel}`,
    text,
  });
  const last = [file("0003_c.up.sql", "")];
  const judge = (added: SourceFile[]) => {
    const files = [...last, ...added];
    const set = readMigrationSet(files, { layout: "golang-migrate" });
    return appendedEntries(settled, set, last, added, lockEntries(set, files));
  };

  it("gives the added files' lines for new migrations after the last one", () => {
    const added = [file("0004_d.up.sql"), file("0004_d.down.sql"), file("0006_f.up.sql")];
    expect(judge(added)?.map((e) => e.path)).toEqual(["0004_d.up.sql", "0004_d.down.sql", "0006_f.up.sql"]);
  });

  it("leaves everything else to the whole guard", () => {
    for (const added of [
      [file("0002_b.up.sql")], // sorts before the last
      [file("0003_c.down.sql")], // joins the last migration
      [file("0005_e.up.sql")], // a path applied elsewhere
      [file("0004_d.up.sql"), file("0004_x.up.sql")], // one version twice
      [file("0004_d.sql")], // not this layout's
      [file("notes.md")], // not a migration
      [{ rel: "0004_d.up.sql", display: "migrations/0004_d.up.sql", unreadable: "binary" }],
      [],
    ])
      expect(judge(added)).toBeUndefined();
    expect(
      appendedEntries(
        { ...settled, newest: "0010" },
        readMigrationSet([...last, file("0004_d.up.sql")], { layout: "golang-migrate" }),
        last,
        [file("0004_d.up.sql")],
        [],
      ),
    ).toBeUndefined();
  });
});
