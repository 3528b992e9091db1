import { codeSpan } from "../code-span.js";
import { excerpt } from "../excerpt.js";
import { linesOf } from "../layouts/source.js";
import {
  type Direction,
  endsWithSemicolon,
  type SplitFile,
  StatementBuffer,
} from "../layouts/statement-buffer.js";

const GOOSE_ANNOTATIONS = [
  "Up",
  "Down",
  "StatementBegin",
  "StatementEnd",
  "NO TRANSACTION",
  "ENVSUB ON",
  "ENVSUB OFF",
];

const UP = "`-- +goose Up`";
const DOWN = "`-- +goose Down`";
const BEGIN = "`-- +goose StatementBegin`";
const END = "`-- +goose StatementEnd`";

/** What goose says (internal/sqlparser/parser.go), so the message can be matched with goose's own error. */
const GOOSE_SAYS = {
  mustStartUp: "must start with '-- +goose Up' annotation",
  duplicateUp: "duplicate '-- +goose Up' annotations",
  beginPlace:
    "'-- +goose StatementBegin' must be defined after '-- +goose Up' or '-- +goose Down' annotation",
  endPlace: "'-- +goose StatementEnd' must be defined after '-- +goose StatementBegin'",
  missingEnd: "missing '-- +goose StatementEnd' annotation",
  semicolon: "unexpected unfinished SQL query … missing semicolon?",
  unexpected: "unexpected state 0 on line …",
  invalid: "invalid annotation",
};

const refuses = (says: string, command = "goose up") =>
  `goose refuses the file ("${says}"), so \`${command}\` stops at it`;

/** The statement being collected: where it starts and its last line, for a message about its `;`. */
interface Pending {
  first: number;
  last: number;
  text: string;
}

/**
 * goose's sqlparser (v3.2x), line by line as goose reads it: annotations are case-insensitive and must
 * start the line, unknown ones are errors, and a statement ends at a line whose last word ends with `;`
 * (or at StatementEnd). Each problem names the missing `;` or annotation and its line, in goose's terms.
 */
export function splitGoose(text: string): SplitFile {
  const buffer = new StatementBuffer(text);
  let state: "start" | Direction = "start";
  let upLine = 0;
  let downLine = 0;
  let blockLine = 0;
  let pending: Pending | undefined;
  let lineNo = 0;
  const flush = (direction: Direction | undefined) => {
    buffer.flush(direction);
    pending = undefined;
  };
  const noSemicolon = (which: string, where = "") => {
    const p = pending as Pending;
    // goose reads one direction at a time: only the command reading this one trips on it.
    const command = state === "down" ? "goose down" : "goose up";
    const lines = p.first === p.last ? `line ${p.first}` : `lines ${p.first}-${p.last}`;
    return `the last ${which} (${lines}: ${codeSpan(excerpt(p.text, 60))}) does not end with \`;\`${where}; ${refuses(GOOSE_SAYS.semicolon, command)}: end line ${p.last} with \`;\``;
  };
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
            upLine = lineNo;
            buffer.open(state, lineNo);
          } else
            buffer.problem(
              lineNo,
              `a second ${UP} (the first is at line ${upLine}); ${refuses(GOOSE_SAYS.duplicateUp)}: keep one ${UP}, above the statements it applies`,
            );
          continue;
        case "Down":
          if (state === "up" && !block(blockLine)) {
            if (pending)
              buffer.problem(pending.last, noSemicolon("up statement", ` before ${DOWN} at line ${lineNo}`));
            flush("up");
            state = "down";
            downLine = lineNo;
            buffer.open(state, lineNo);
          } else buffer.problem(lineNo, misplacedDown(state, lineNo, blockLine, downLine));
          continue;
        case "StatementBegin":
          if (state === "start" || block(blockLine))
            buffer.problem(
              lineNo,
              state === "start"
                ? `${BEGIN} comes before ${UP}; ${refuses(GOOSE_SAYS.beginPlace)}: put ${UP} (or ${DOWN}) above it`
                : `${BEGIN} is inside the block opened at line ${blockLine}; ${refuses(GOOSE_SAYS.beginPlace)}: close that block with ${END} first`,
            );
          else {
            flush(state);
            blockLine = lineNo;
          }
          continue;
        case "StatementEnd":
          if (!block(blockLine))
            buffer.problem(
              lineNo,
              `${END} has no ${BEGIN} before it; ${refuses(GOOSE_SAYS.endPlace)}: add ${BEGIN} above the statement it closes, or remove line ${lineNo}`,
            );
          else flush(state === "start" ? undefined : state);
          blockLine = 0;
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
      buffer.problem(
        lineNo,
        `SQL before ${UP}; ${refuses(GOOSE_SAYS.unexpected)}: put ${UP} on a line of its own above it`,
      );
      continue;
    }
    buffer.add(start, line);
    if (!pending) pending = { first: lineNo, last: lineNo, text: line };
    else if (line.trim() !== "") pending.last = lineNo;
    if (!block(blockLine) && endsWithSemicolon(line)) flush(state);
  }
  if (state === "start")
    buffer.problem(
      1,
      `no ${UP} annotation; ${refuses(GOOSE_SAYS.mustStartUp)}: put ${UP} above the statements that migrate up (and ${DOWN} above those that undo them)`,
    );
  if (block(blockLine))
    buffer.problem(
      blockLine,
      `${BEGIN} has no ${END} after it; ${refuses(GOOSE_SAYS.missingEnd)}: add ${END} on the line after the statement's last line${pending ? ` (line ${pending.last})` : ""}`,
    );
  else if (pending)
    buffer.problem(pending.last, noSemicolon(state === "down" ? "down statement" : "statement"));
  flush(state === "start" ? undefined : state);
  return buffer.file;
}

function block(blockLine: number): boolean {
  return blockLine > 0;
}

/** A Down where goose takes none: before the Up, inside a StatementBegin block, or a second one. */
function misplacedDown(
  state: "start" | Direction,
  line: number,
  blockLine: number,
  downLine: number,
): string {
  const fails = refuses(GOOSE_SAYS.mustStartUp);
  if (state === "start")
    return `${DOWN} comes before ${UP}; ${fails}: put the Up section (${UP} and its statements) first, then ${DOWN} and the statements that undo it`;
  if (block(blockLine))
    return `${DOWN} is inside the ${BEGIN} block opened at line ${blockLine}; ${fails}: add ${END} after the block's last statement, above line ${line}`;
  return `a second ${DOWN} (the first is at line ${downLine}); ${fails}: keep one ${DOWN}, above every statement that undoes the up`;
}

function gooseAnnotation(line: string): { name?: string; problem?: string } {
  const shown = codeSpan(excerpt(line));
  const fails = refuses(GOOSE_SAYS.invalid);
  if (/^\s/.test(line))
    return { problem: `${shown} starts with whitespace; ${fails}: start the line with \`--\`` };
  const command = line.replaceAll("--", "").replace("+goose", "").trim();
  if (command.includes("+goose"))
    return { problem: `${shown} holds two \`+goose\` annotations; ${fails}: put each on a line of its own` };
  const name = GOOSE_ANNOTATIONS.find((known) => known.toLowerCase() === command.toLowerCase());
  return name
    ? { name }
    : {
        problem: `${shown} is not an annotation goose knows; ${fails}: goose reads Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON and ENVSUB OFF (in any case), and any comment holding \`+goose\` as one of them`,
      };
}
