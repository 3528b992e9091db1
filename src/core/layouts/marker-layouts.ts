import { finding } from "../finding.js";
import type { SourceFile } from "../migration.js";
import {
  baseName,
  codeStep,
  type Entry,
  emptyResult,
  positionAt,
  type ReadResult,
  script,
  unreadableFinding,
} from "./source.js";
import { type Section, type SplitFile, splitGoose, splitSqlMigrate } from "./statements.js";

/** One file holding both directions between marker comments (dbmate, goose, sql-migrate). */
interface MarkerLayout {
  tool: string;
  /** Version and name from a file name, or undefined when the tool does not read the file. */
  parseName(name: string): { version: string; name: string } | undefined;
  split(text: string): SplitFile;
  /** Whether `.go`/`.py`… steps named like migrations belong to the set (goose runs `.go` migrations). */
  codeSteps: boolean;
}

const dbmate: MarkerLayout = {
  tool: "dbmate",
  // dbmate's migrationFileRegexp `^(\d+).*\.sql$`; the version is the leading digits.
  parseName: (file) => {
    const match = /^(\d+)(.*)\.sql$/.exec(file);
    return match ? { version: match[1] ?? "", name: (match[2] ?? "").replace(/^[_-]/, "") } : undefined;
  },
  split: splitDbmate,
  codeSteps: true,
};

const goose: MarkerLayout = {
  tool: "goose",
  // goose takes the text before the first `_` as an int64 version.
  parseName: (file) => {
    const match = /^(\d+)_(.*)\.sql$/.exec(file);
    return match ? { version: match[1] ?? "", name: match[2] ?? "" } : undefined;
  },
  split: splitGoose,
  codeSteps: true,
};

const sqlMigrate: MarkerLayout = {
  tool: "sql-migrate",
  // sql-migrate reads every `.sql` file; its id is the file name, ordered by leading digits when present.
  parseName: (file) => {
    const match = /^(\d*)[_-]?(.*)\.sql$/.exec(file);
    if (!match) return undefined;
    return match[1]
      ? { version: match[1], name: match[2] ?? "" }
      : { version: file.slice(0, -4), name: file.slice(0, -4) };
  },
  split: splitSqlMigrate,
  codeSteps: false,
};

export const readDbmate = (files: SourceFile[]): ReadResult => readMarkerFiles(files, dbmate);
export const readGoose = (files: SourceFile[]): ReadResult => readMarkerFiles(files, goose);
export const readSqlMigrate = (files: SourceFile[]): ReadResult => readMarkerFiles(files, sqlMigrate);

function readMarkerFiles(files: SourceFile[], layout: MarkerLayout): ReadResult {
  const result = emptyResult();
  for (const file of files) {
    const fileName = baseName(file.rel);
    const parsed = layout.parseName(fileName);
    if (!parsed) {
      const step = layout.codeSteps ? codeStep(file) : undefined;
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
          `${file.display}:${problem.line}: ${problem.message}. ` +
            `Fix the ${layout.tool} markers (see the ${layout.tool} documentation) so the tool and lockstep read the file alike.`,
          { file: file.display, line: problem.line, version: parsed.version },
        ),
      );
    }
    const toScript = (section: Section) =>
      script(file, section.chunks, split.transaction && section.transaction);
    if (split.up) entry.migration.up = toScript(split.up);
    if (split.down) entry.migration.down = toScript(split.down);
  }
  return result;
}

const DBMATE_UP = /^--\s*migrate:up(\s*$|\s+\S+)/gm;
const DBMATE_DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/gm;

/**
 * dbmate (pkg/dbmate/migration.go): each `-- migrate:up` starts a section that needs one `-- migrate:down`;
 * each section's up and down run as one Exec, in a transaction unless the marker line says
 * `transaction:false`. Several sections become one chunk each.
 */
function splitDbmate(text: string): SplitFile {
  const file: SplitFile = { transaction: true, problems: [] };
  const ups = [...text.matchAll(DBMATE_UP)].map((match) => match.index);
  const downs = [...text.matchAll(DBMATE_DOWN)].map((match) => match.index);
  const first = ups[0];
  if (first === undefined) {
    file.problems.push({ line: 1, message: "no `-- migrate:up` marker: dbmate refuses the file" });
    return file;
  }
  const before = text.slice(0, first).split("\n");
  const stray = before.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("--"));
  if (stray !== -1) {
    file.problems.push({
      line: stray + 1,
      message: "SQL before the first `-- migrate:up` marker: dbmate refuses it",
    });
  }
  const early = downs.find((down) => down < first);
  if (early !== undefined) {
    file.problems.push({
      line: positionAt(text, early).line,
      message: "`-- migrate:down` comes before `-- migrate:up`",
    });
  }
  ups.forEach((start, i) => {
    const end = ups[i + 1] ?? text.length;
    const sectionDowns = downs.filter((down) => down > start && down < end);
    const downStart = sectionDowns[0];
    const upLine = positionAt(text, start).line;
    if (sectionDowns.length > 1) {
      file.problems.push({
        line: upLine,
        message: "two `-- migrate:down` markers after one `-- migrate:up`",
      });
    }
    if (downStart === undefined) {
      file.problems.push({
        line: upLine,
        message: "no `-- migrate:down` marker after this `-- migrate:up`: dbmate refuses the file",
      });
    }
    addSection(file, "up", text, start, downStart ?? end);
    if (downStart !== undefined) addSection(file, "down", text, downStart, sectionDowns[1] ?? end);
  });
  return file;
}

/** The chunk starts on the line after the marker; the marker line's options (`transaction:false`) apply. */
function addSection(
  file: SplitFile,
  direction: "up" | "down",
  text: string,
  markerStart: number,
  end: number,
) {
  const newline = text.indexOf("\n", markerStart);
  const bodyStart = newline === -1 || newline >= end ? end : newline + 1;
  const options = text
    .slice(markerStart, newline === -1 ? text.length : newline)
    .split(/\s+/)
    .slice(1);
  const transaction = !options.some((option) => option === "transaction:false");
  const line = positionAt(text, markerStart).line;
  const section = file[direction] ?? { chunks: [], line, transaction };
  file[direction] = section;
  if (!transaction) section.transaction = false;
  section.chunks.push({ sql: text.slice(bodyStart, end), ...positionAt(text, bodyStart) });
}
