import { type Finding, finding } from "../finding.js";
import type { Migration, MigrationScript, SourceFile, SqlChunk } from "../migration.js";

/** A migration while the set is being read: the public Migration plus what ordering and matching need. */
export interface Entry {
  migration: Migration;
  /** `SourceFile.rel` of every file of the migration (the order file names files this way). */
  rels: string[];
  /** What a tool that sorts by name compares: the file name or the migration's folder name. */
  sortName: string;
  /** Repeatable migrations run after every versioned one. */
  repeatable?: boolean;
}

export interface ReadResult {
  entries: Entry[];
  findings: Finding[];
  /** Rel paths this reader understood (migration files and its own metadata); the rest is checked for strays. */
  claimed: Set<string>;
  /** What the tool leaves out of a file as it runs it, failing nothing (`file:line: …`). */
  notes?: string[];
}

export function emptyResult(): ReadResult {
  return { entries: [], findings: [], claimed: new Set() };
}

export function baseName(rel: string): string {
  return rel.slice(rel.lastIndexOf("/") + 1);
}

export function dirName(rel: string): string {
  const slash = rel.lastIndexOf("/");
  return slash === -1 ? "" : rel.slice(0, slash);
}

/** 1-based line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The exact text between two offsets, so a failing statement's offset inside the chunk maps back to the file. */
export function chunkAt(text: string, start: number, end: number): SqlChunk {
  return { sql: text.slice(start, end), ...positionAt(text, start) };
}

/** A file run as one piece. An empty file has no chunks. */
export function wholeFile(text: string): SqlChunk[] {
  return text === "" ? [] : [chunkAt(text, 0, text.length)];
}

export function script(file: SourceFile, chunks: SqlChunk[], transaction: boolean): MigrationScript {
  return { file: file.display, chunks, transaction };
}

/**
 * A migration of one up-only file whose label is `<digits>_<name>` (a Drizzle journal tag, a Prisma
 * folder): the digits are its version, and an unreadable file is a finding.
 */
export function upOnlyEntry(
  file: SourceFile,
  label: string,
  split: (text: string) => SqlChunk[],
  transaction: boolean,
  findings: Finding[],
): Entry {
  const match = /^(\d+)_(.*)$/.exec(label);
  const version = match?.[1] ?? label;
  const entry: Entry = {
    migration: { version, name: match?.[2] ?? label, files: [file.display] },
    rels: [file.rel],
    sortName: label,
  };
  if (file.text === undefined) findings.push(unreadableFinding(file, version));
  else entry.migration.up = script(file, split(file.text), transaction);
  return entry;
}

export function unreadableFinding(file: SourceFile, version?: string): Finding {
  return finding(
    "parse-error",
    `${file.display} cannot be read as a migration: ${file.unreadable ?? "it has no text"}. ` +
      "Save it as UTF-8 text, or add it to `exclude` if it is not a migration.",
    { file: file.display, ...(version === undefined ? {} : { version }) },
  );
}

/** `0005_seed.go`, `0005_seed.py`: a migration step written in code, which lockstep reports as not replayed. */
const CODE_STEP = /^(\d+)_(.+)\.(go|js|mjs|cjs|ts|mts|py)$/;

/** Code files a runner of the application's own may run between SQL files. */
export const ANY_CODE: readonly string[] = ["go", "js", "mjs", "cjs", "ts", "mts", "py"];

/** Whether a file is named like a migration step in code (`0005_seed.py`), whichever tool would run it. */
export function looksLikeCodeStep(name: string): boolean {
  return CODE_STEP.test(name) && !/_test\.go$|\.d\.ts$|\.(test|spec)\.[jt]s$/.test(name);
}

/** A code step of the kinds the tool runs (`["go"]` for goose); any other file is not a migration to it. */
export function codeStep(file: SourceFile, kinds: readonly string[]): Entry | undefined {
  const name = baseName(file.rel);
  const match = CODE_STEP.exec(name);
  if (!match || !looksLikeCodeStep(name) || !kinds.includes(match[3] ?? "")) return undefined;
  return {
    migration: { version: match[1] ?? "", name: match[2] ?? "", files: [file.display], code: file.display },
    rels: [file.rel],
    sortName: name,
  };
}

/** Lines of `text` with the offset where each starts. */
export function linesOf(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    lines.push({ text: text.slice(start, end === -1 ? text.length : end), start });
    if (end === -1) return lines;
    start = end + 1;
  }
}
