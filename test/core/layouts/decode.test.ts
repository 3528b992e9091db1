import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/core/layouts/decode.js";
import { readMigrationSet } from "../../../src/core/layouts/index.js";
import type { SourceFile } from "../../../src/core/migration.js";

const encode = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

const goose = "-- +goose Up\nCREATE TABLE a (id INTEGER);\n\n-- +goose Down\nDROP TABLE a;\n";

function gooseFile(bytes: Uint8Array): SourceFile {
  return { rel: "00001_a.sql", display: "db/00001_a.sql", ...decodeText(bytes) };
}

describe("decodeText", () => {
  it("removes a leading BOM and turns CRLF into LF", () => {
    expect(decodeText(withBom(encode("a\r\nb\r\n")))).toEqual({ text: "a\nb\n" });
  });

  it("keeps other text as it is", () => {
    expect(decodeText(encode("café ☕\nx"))).toEqual({ text: "café ☕\nx" });
  });

  it("refuses a file with a NUL byte, saying where", () => {
    const result = decodeText(new Uint8Array([0x41, 0x00, 0x42]));
    expect(result.text).toBeUndefined();
    expect(result.unreadable).toMatch(/NUL byte at offset 1/);
  });

  it("refuses invalid UTF-8 (a Latin-1 file), saying where", () => {
    const result = decodeText(new Uint8Array([0x61, 0x62, 0xe9, 0x63]));
    expect(result.text).toBeUndefined();
    expect(result.unreadable).toMatch(/not valid UTF-8 .*offset 2/);
  });

  it("gives identical chunks for a CRLF + BOM file and its LF twin", () => {
    const windows = readMigrationSet([gooseFile(withBom(encode(goose.replaceAll("\n", "\r\n"))))]);
    const unix = readMigrationSet([gooseFile(encode(goose))]);
    expect(windows).toEqual(unix);
    expect(unix.migrations[0]?.up?.chunks).toEqual([
      { sql: "CREATE TABLE a (id INTEGER);", line: 2, column: 1 },
    ]);
  });

  it("decodes the same bytes once: a second read of them is the first answer, other bytes are decoded afresh", () => {
    const bytes = encode("CREATE TABLE a (id INTEGER);\r\n");
    const first = decodeText(bytes);
    expect(decodeText(bytes)).toBe(first);
    const twin = decodeText(encode("CREATE TABLE a (id INTEGER);\r\n"));
    expect(twin).not.toBe(first);
    expect(twin).toEqual(first);
    expect(decodeText(encode("CREATE TABLE b (id INTEGER);\n")).text).toBe("CREATE TABLE b (id INTEGER);\n");
  });
});
