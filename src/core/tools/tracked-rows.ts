import { createHash } from "node:crypto";
import type { Migration } from "../migration.js";
import type { Cell, TrackedRow } from "./tool.js";

// Helpers the tools' tracking readers share: how a stored value becomes the key a file is matched by.

/** A cell as text (an integer column read back as a number or a bigint). */
export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Uint8Array) return Buffer.from(cell).toString("utf8");
  return String(cell);
}

/** A version compared as a number, whatever its width (`0003` and `3`). */
export function numeric(version: string): string {
  return /^\d+$/.test(version) ? version.replace(/^0+(?=\d)/, "") : version;
}

/** The folder holding a path's file, as its last segment (Prisma's `<timestamp>_<name>/migration.sql`). */
export function folderName(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2] ?? "";
}

/** A migration's up file (its first file where it has no SQL up). */
export function upFile(m: Migration): string {
  return m.up?.file ?? m.files[0] ?? "";
}

/** One row per key: the first column, keyed by `key`. */
export function keyed(rows: Cell[][], key: (cell: string) => string = (k) => k): TrackedRow[] {
  return rows.map((row) => ({ key: key(text(row[0])) }));
}

export function hex(cell: Cell | undefined): string {
  if (cell instanceof Uint8Array) return Buffer.from(cell).toString("hex");
  return text(cell).toLowerCase();
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
export const sha384 = (bytes: Uint8Array) => createHash("sha384").update(bytes).digest("hex");

/** Built on the first Flyway checksum, not when the tool registry loads (the pre-commit guard loads it). */
let crcTable: number[] | undefined;
function crcTableOf(): number[] {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  return crcTable;
}

/**
 * Flyway's checksum: CRC-32 over the UTF-8 bytes of each line without its line ending (a leading BOM
 * dropped), as a signed 32-bit integer; line endings never change it.
 */
export function flywayChecksum(bytes: Uint8Array): string {
  let body = Buffer.from(bytes).toString("utf8");
  if (body.startsWith("\uFEFF")) body = body.slice(1);
  const table = crcTableOf();
  let crc = 0xffffffff;
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  for (const line of lines)
    for (const byte of Buffer.from(line, "utf8")) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return String((crc ^ 0xffffffff) | 0);
}

/** A flag column (SQLite stores booleans as integers; some drivers wrote `true`/`t`). */
export function truthy(cell: Cell | undefined): boolean {
  const t = text(cell).toLowerCase();
  return t !== "" && t !== "0" && t !== "false" && t !== "f";
}
