import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { hashText } from "../core/lock/lock-file.js";
import { writeFileAtomic } from "./atomic-write.js";
import { readRegularBytes } from "./regular-file.js";

// The framing of lockstep's own files in the git directory (the blob hash cache, the guard's settled
// states): a first line naming the format and summing the lines below it, so that a hand edit, a write cut
// short or another format is seen, and the whole file is then not used.
//
//     <header> h1:<sum of the lines below>
//     <line>
//     …

/** The lines below the first, when the text is `header`'s and its sum matches them; undefined otherwise. */
export function parseSummed(text: string, header: string): string[] | undefined {
  const lines = text.split("\n");
  if (lines.pop() !== "") return undefined;
  const [first, ...body] = lines;
  return first === `${header} ${hashText(`${body.join("\n")}\n`)}` ? body : undefined;
}

export function renderSummed(header: string, body: readonly string[]): string {
  return `${[`${header} ${hashText(`${body.join("\n")}\n`)}`, ...body].join("\n")}\n`;
}

/** The file's lines when it is lockstep's own regular file in `header`'s format; undefined otherwise. */
export function readSummed(path: string | undefined, header: string, maxBytes: number): string[] | undefined {
  const read = path === undefined ? undefined : readRegularBytes(path, maxBytes, { noFollow: true });
  return read?.ok ? parseSummed(read.bytes.toString("utf8"), header) : undefined;
}

/**
 * Replaces the file with these lines, atomically. Only lockstep's own regular file is replaced: never
 * written through a link, nor over anything else; a git directory that cannot be written is left alone
 * (what the file remembers is then only learned again, which is slower).
 */
export function writeSummed(path: string | undefined, header: string, body: readonly string[]): void {
  if (path === undefined) return;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info && !info.isFile()) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, renderSummed(header, body));
  } catch {
    // Read-only: only slower.
  }
}
