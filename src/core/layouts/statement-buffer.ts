import type { SqlChunk } from "../migration.js";
import { chunkAt } from "./source.js";

/** One direction of a marker file: present when its marker is, even with no statements (an empty down). */
export interface Section {
  chunks: SqlChunk[];
  /** 1-based line of the marker. */
  line: number;
  /** False when the marker line opts out of the transaction. */
  transaction: boolean;
}

export interface Problem {
  line: number;
  message: string;
}

export interface SplitFile {
  up?: Section;
  down?: Section;
  /** False when the file opts out of the transaction for both directions. */
  transaction: boolean;
  problems: Problem[];
  /** Statements the tool leaves out of the file as it runs it (goose v1: a last one with no `;`), with why. */
  dropped?: Problem[];
}

export type Direction = "up" | "down";

/** Collects statement lines the way line-based splitters buffer them, remembering where each one starts. */
export class StatementBuffer {
  private start = -1;
  private end = -1;
  readonly file: SplitFile = { transaction: true, problems: [] };

  constructor(private readonly text: string) {}

  get empty(): boolean {
    return this.start === -1;
  }

  add(lineStart: number, lineText: string): void {
    if (this.start === -1) this.start = lineStart;
    this.end = lineStart + lineText.length;
  }

  open(direction: Direction, line: number, transaction = true): void {
    this.file[direction] ??= { chunks: [], line, transaction };
    if (!transaction) (this.file[direction] as Section).transaction = false;
  }

  flush(direction: Direction | undefined): void {
    if (this.start === -1) return;
    const section = direction && this.file[direction];
    if (section) section.chunks.push(chunkAt(this.text, this.start, this.end));
    this.start = -1;
  }

  problem(line: number, message: string): void {
    this.file.problems.push({ line, message });
  }
}

/** A statement ends at a line whose last word (before any `--` comment) ends with `;`. */
export function endsWithSemicolon(line: string): boolean {
  let last = "";
  for (const word of line.split(/\s+/)) {
    if (word.startsWith("--")) break;
    if (word !== "") last = word;
  }
  return last.endsWith(";");
}
