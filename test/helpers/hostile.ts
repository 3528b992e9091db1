// Repository text built to inject into a terminal or the Actions log: newlines (LF and a lone CR) followed by
// workflow commands, ANSI colour, an OSC title, an OSC 8 hyperlink, C1 and Unicode line separators.
import { expect } from "vitest";

export const TABLE = "x\n::error file=a::pwned\u001b[31m\u001b]0;title\u0007";
export const MISSING = "nope\n::add-mask::secret\r::stop-commands::tok\u2028##[error]old";
export const BAD_FILE = "0003_bad\n::stop-commands::tok\r##[warning]v1,line=9%0A.up.sql";

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** golang-migrate files: a table whose down forgets it (down-mismatch names it), an up SQLite fails on. */
export const HOSTILE_MIGRATIONS: Record<string, string> = {
  "0001_init.up.sql": `-- a comment \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u009b31m\nCREATE TABLE ${quoted(TABLE)} (id INTEGER PRIMARY KEY);\n`,
  "0001_init.down.sql": "SELECT 1;\n",
  "0002_more.up.sql": `SELECT * FROM ${quoted(MISSING)};\n`,
  "0002_more.down.sql": "SELECT 1;\n",
  [BAD_FILE]: "CREATE TABLE later (id INTEGER);\n",
};

/** Lines the runner would take as a workflow command (see src/core/render/terminal-text.ts). */
export function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes("##["));
}

/** Nothing from the repository acts on the terminal or the log: no control character but LF, no command. */
export function expectNeutral(output: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
  expect(output.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g) ?? []).toEqual([]);
  expect(commandLines(output)).toEqual([]);
}
