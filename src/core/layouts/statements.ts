import { codeSpan } from "../code-span.js";
import { excerpt } from "../excerpt.js";
import type { SqlChunk } from "../migration.js";
import { chunkAt, linesOf } from "./source.js";

/** One direction of a marker file: present when its marker is, even with no statements (an empty down). */
export interface Section {
  chunks: SqlChunk[];
  /** 1-based line of the marker. */
  line: number;
  /** False when the marker line opts out of the transaction (sql-migrate `notransaction`). */
  transaction: boolean;
}

export interface Problem {
  line: number;
  message: string;
}

export interface SplitFile {
  up?: Section;
  down?: Section;
  /** goose: `-- +goose NO TRANSACTION` anywhere in the file turns the transaction off for both directions. */
  transaction: boolean;
  problems: Problem[];
}

type Direction = "up" | "down";

/** Collects statement lines the way goose and sql-migrate buffer them, remembering where each one starts. */
class StatementBuffer {
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

/** goose and sql-migrate end a statement at a line whose last word (before any `--` comment) ends with `;`. */
export function endsWithSemicolon(line: string): boolean {
  let last = "";
  for (const word of line.split(/\s+/)) {
    if (word.startsWith("--")) break;
    if (word !== "") last = word;
  }
  return last.endsWith(";");
}

const GOOSE_ANNOTATIONS = [
  "Up",
  "Down",
  "StatementBegin",
  "StatementEnd",
  "NO TRANSACTION",
  "ENVSUB ON",
  "ENVSUB OFF",
];

/** goose's sqlparser (v3.2x): annotations are case-insensitive, must start the line, and unknown ones are errors. */
export function splitGoose(text: string): SplitFile {
  const buffer = new StatementBuffer(text);
  let state: "start" | Direction = "start";
  let block = false;
  let lineNo = 0;
  for (const { text: line, start } of linesOf(text)) {
    lineNo++;
    if (state === "start" && line.trim() === "") continue;
    if (line.trimStart().startsWith("--") && line.includes("+goose")) {
      const annotation = gooseAnnotation(line);
      if (annotation.problem) {
        buffer.problem(lineNo, annotation.problem);
        continue;
      }
      switch (annotation.name) {
        case "Up":
          if (state === "start") {
            state = "up";
            buffer.open(state, lineNo);
          } else buffer.problem(lineNo, "a second `-- +goose Up` annotation: goose refuses the file");
          continue;
        case "Down":
          if (state === "up" && !block) {
            if (!buffer.empty)
              buffer.problem(lineNo, "the last up statement has no closing `;` before `-- +goose Down`");
            buffer.flush("up");
            state = "down";
            buffer.open(state, lineNo);
          } else
            buffer.problem(
              lineNo,
              "`-- +goose Down` must follow `-- +goose Up` outside a StatementBegin block",
            );
          continue;
        case "StatementBegin":
          if (state === "start" || block)
            buffer.problem(lineNo, "`-- +goose StatementBegin` is not after Up/Down");
          else {
            buffer.flush(state);
            block = true;
          }
          continue;
        case "StatementEnd":
          if (!block) buffer.problem(lineNo, "`-- +goose StatementEnd` has no StatementBegin before it");
          else buffer.flush(state === "start" ? undefined : state);
          block = false;
          continue;
        case "NO TRANSACTION":
          buffer.file.transaction = false;
          continue;
        default:
          continue; // ENVSUB ON/OFF: substitution is not replayed; the text stays as written
      }
    }
    if (buffer.empty && (line.trimStart().startsWith("--") || line.trim() === "")) continue;
    if (state === "start") {
      buffer.problem(lineNo, "SQL before the `-- +goose Up` annotation: goose refuses the file");
      continue;
    }
    buffer.add(start, line);
    if (!block && endsWithSemicolon(line)) buffer.flush(state);
  }
  if (state === "start") buffer.problem(1, "no `-- +goose Up` annotation: goose refuses the file");
  if (block) buffer.problem(lineNo, "a `-- +goose StatementBegin` block is never closed with StatementEnd");
  else if (!buffer.empty)
    buffer.problem(lineNo, "the last statement has no closing `;`: goose refuses the file");
  buffer.flush(state === "start" ? undefined : state);
  return buffer.file;
}

function gooseAnnotation(line: string): { name?: string; problem?: string } {
  if (/^\s/.test(line)) return { problem: "a goose annotation with leading whitespace: goose refuses it" };
  const command = line.replaceAll("--", "").replace("+goose", "").trim();
  if (command.includes("+goose"))
    return { problem: "two `+goose` annotations on one line: goose refuses it" };
  const name = GOOSE_ANNOTATIONS.find((known) => known.toLowerCase() === command.toLowerCase());
  return name
    ? { name }
    : { problem: `${codeSpan(excerpt(line))} is not a goose annotation goose knows: it refuses it` };
}

/** rubenv/sql-migrate's sqlparse: `-- +migrate Up [notransaction]`, StatementBegin/End, `;`-terminated lines. */
export function splitSqlMigrate(text: string): SplitFile {
  const buffer = new StatementBuffer(text);
  let direction: Direction | undefined;
  let block = false;
  let lineNo = 0;
  for (const { text: line, start } of linesOf(text)) {
    lineNo++;
    let ended = false;
    if (line.startsWith("-- +migrate ") || line.trimEnd() === "-- +migrate") {
      const [command, ...options] = line.slice("-- +migrate".length).trim().split(/\s+/);
      if (command === "Up" || command === "Down") {
        if (!buffer.empty)
          buffer.problem(lineNo, `the statement before \`-- +migrate ${command}\` has no closing \`;\``);
        buffer.flush(direction);
        direction = command === "Up" ? "up" : "down";
        buffer.open(direction, lineNo, !options.includes("notransaction"));
      } else if (command === "StatementBegin") {
        if (direction) block = true;
      } else if (command === "StatementEnd") {
        ended = direction !== undefined && block;
        block = false;
      } else {
        buffer.problem(
          lineNo,
          `${codeSpan(excerpt(line))} is not a sql-migrate command: sql-migrate silently ignores it`,
        );
      }
    } else if (direction && !(buffer.empty && (line.trimStart().startsWith("--") || line.trim() === ""))) {
      buffer.add(start, line);
    }
    if (direction && ((!block && endsWithSemicolon(line)) || ended)) buffer.flush(direction);
  }
  if (block) buffer.problem(lineNo, "a `-- +migrate StatementBegin` is never closed with StatementEnd");
  if (!direction)
    buffer.problem(1, "no `-- +migrate Up` or `-- +migrate Down` annotation: nothing would run");
  else if (!buffer.empty)
    buffer.problem(lineNo, "the last statement has no closing `;`: sql-migrate refuses the file");
  buffer.flush(direction);
  return buffer.file;
}
