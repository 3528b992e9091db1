import { finding } from "../finding.js";
import type { SourceFile } from "../migration.js";
import {
  baseName,
  codeStep,
  type Entry,
  emptyResult,
  type ReadResult,
  script,
  unreadableFinding,
} from "./source.js";
import type { Section, SplitFile } from "./statement-buffer.js";

/** One file holding both directions between marker comments. */
export interface MarkerLayout {
  tool: string;
  /** Version and name from a file name, or undefined when the tool does not read the file. */
  parseName(name: string): { version: string; name: string } | undefined;
  split(text: string): SplitFile;
  /** The code files (by extension) the tool runs as migrations beside its SQL (goose: `.go`). */
  codeSteps: readonly string[];
  /** The splitter's problems say what is missing and how to fix it: no general advice follows them. */
  problemsSayFix?: boolean;
}

export function readMarkerFiles(files: SourceFile[], layout: MarkerLayout): ReadResult {
  const result = emptyResult();
  for (const file of files) {
    const fileName = baseName(file.rel);
    const parsed = layout.parseName(fileName);
    if (!parsed) {
      const step = codeStep(file, layout.codeSteps);
      if (step) {
        result.entries.push(step);
        result.claimed.add(file.rel);
      }
      continue;
    }
    result.claimed.add(file.rel);
    const entry: Entry = {
      migration: { version: parsed.version, name: parsed.name, files: [file.display] },
      rels: [file.rel],
      sortName: fileName,
    };
    result.entries.push(entry);
    if (file.text === undefined) {
      result.findings.push(unreadableFinding(file, parsed.version));
      continue;
    }
    const split = layout.split(file.text);
    for (const problem of split.problems) {
      result.findings.push(
        finding(
          "parse-error",
          layout.problemsSayFix
            ? `${file.display}:${problem.line}: ${problem.message}`
            : `${file.display}:${problem.line}: ${problem.message}. ` +
                `Fix the ${layout.tool} markers (see the ${layout.tool} documentation) so the tool and lockstep read the file alike.`,
          { file: file.display, line: problem.line, version: parsed.version },
        ),
      );
    }
    for (const left of split.dropped ?? []) {
      result.notes ??= [];
      result.notes.push(`${file.display}:${left.line}: ${left.message}`);
    }
    const toScript = (section: Section) =>
      script(file, section.chunks, split.transaction && section.transaction);
    if (split.up) entry.migration.up = toScript(split.up);
    if (split.down) entry.migration.down = toScript(split.down);
  }
  return result;
}
