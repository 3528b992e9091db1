import { readMarkerFiles } from "../layouts/marker-reader.js";
import { markerFile } from "../layouts/naming.js";
import { linesOf } from "../layouts/source.js";
import {
  type Direction,
  endsWithSemicolon,
  type SplitFile,
  StatementBuffer,
} from "../layouts/statement-buffer.js";
import type { ToolDescriptor } from "./tool.js";
import { numeric } from "./tracked-rows.js";
import { latestPerVersion } from "./tracking-shapes.js";

const REPO = "https://github.com/liamstask/goose";
const PREFIX = "-- +goose ";

/** The original goose (liamstask/goose, before pressly's fork), as old histories were written for it. */
export const gooseV1 = {
  id: "goose-v1",
  name: "goose v1",
  title: "liamstask/goose",
  // Never detected: its files are goose's; only what it does with a file that lacks a last `;` differs.
  reads: { files: "`<int>_<name>.sql` and `<int>_<name>.go` files, in sub-folders too" },
  read: (files) =>
    readMarkerFiles(files, {
      tool: "goose v1",
      // lib/goose/migrate.go NumericComponent(): the number before the first `_` of a `.sql` or `.go` file.
      parseName: (file) => {
        const match = /^(\d+)_(.*)\.sql$/.exec(file);
        return match ? { version: match[1] ?? "", name: match[2] ?? "" } : undefined;
      },
      split: splitGooseV1,
      codeSteps: ["go"],
    }),
  order: { by: "number", how: "goose v1 sorts versions as numbers" },
  downs: "always",
  // lib/goose/migration_sql.go runSQLMigration(): every file in a transaction; there is no opt-out.
  transaction: { wraps: "each-file" },
  applied: {
    outOfOrder: {
      does: "applies only versions newer than the current one: an older pending migration is never applied, and nothing says so",
      source: `${REPO}/blob/master/lib/goose/migrate.go`, // CollectMigrations() → versionFilter()
    },
    duplicate: {
      does: 'stops: "more than one file specifies the migration for version N"',
      source: `${REPO}/blob/master/lib/goose/migrate.go`, // CollectMigrations()
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, applied only when it is newer than the current one",
      source: `${REPO}/blob/master/lib/goose/migrate.go`, // NumericComponent()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/master/lib/goose/dialect.go`, // createVersionTableSql(): no checksum column
    },
  },
  tracking: {
    tables: ["goose_db_version"],
    stores:
      "one row per up or down: `version_id`, `is_applied`, `tstamp`; the newest row says the current version",
    source: `${REPO}/blob/master/lib/goose/migrate.go`, // EnsureDBVersion(), FinalizeMigration()
    reader: {
      table: "goose_db_version",
      query: "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC",
      rows: latestPerVersion,
      key: (m) => numeric(m.version),
      missing: "goose counts a version whose file is gone as applied and has no file to roll it back with",
      source: `${REPO}/blob/master/lib/goose/migrate.go`, // EnsureDBVersion(): the newest row per version counts
    },
  },
  // No runner preset: goose v1 takes the driver and the database only from `<-path>/dbconf.yml`, never
  // from its arguments, so its command line cannot name a throwaway file.
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") },
    ],
  },
} as const satisfies ToolDescriptor;

/**
 * liamstask/goose's splitSQLStatements(), once per direction: `-- +goose Up|Down|StatementBegin|StatementEnd`
 * exactly so (other annotations and SQL outside a section are skipped); a statement ends at a line ending
 * in `;` outside a block. What is left at the end of a section is never run: it is `dropped`, and the rest
 * of the file runs. Only a block never closed is logged, as a warning; a missing `;` goes unsaid.
 */
function splitGooseV1(text: string): SplitFile {
  const split: SplitFile = { transaction: true, problems: [], dropped: [] };
  let sections = 0;
  for (const direction of ["up", "down"] as const) {
    const buffer = new StatementBuffer(text);
    let active = false;
    let block = false;
    let ended = false;
    let startLine = 0;
    let lineNo = 0;
    for (const { text: line, start } of linesOf(text)) {
      lineNo++;
      if (line.startsWith(PREFIX)) {
        const command = line.slice(PREFIX.length).trim();
        if (command === "Up" || command === "Down") {
          active = command.toLowerCase() === direction;
          if (active) buffer.open(direction, lineNo);
          if (direction === "up") sections++;
          continue;
        }
        if (command === "StatementBegin" && active) block = true;
        if (command === "StatementEnd" && active) {
          ended = block;
          block = false;
        }
        if (!ended) continue;
      }
      if (!active) continue;
      const comment = line.trimStart().startsWith("--") || line.trim() === "";
      if (!comment || !buffer.empty) {
        if (buffer.empty) startLine = lineNo;
        if (!line.startsWith(PREFIX)) buffer.add(start, line);
      }
      if ((!block && endsWithSemicolon(line)) || ended) {
        ended = false;
        buffer.flush(direction);
      }
    }
    if (!buffer.empty) split.dropped?.push(droppedAt(direction, startLine, block));
    split[direction] = buffer.file[direction];
  }
  if (sections === 0)
    split.problems.push({
      line: 1,
      message: "no `-- +goose Up` or `-- +goose Down` annotation: goose v1 stops",
    });
  return split;
}

function droppedAt(direction: Direction, line: number, block: boolean) {
  const what = block
    ? "is in a `-- +goose StatementBegin` block never closed with StatementEnd: goose v1 logs a warning (\"saw '-- +goose StatementBegin' with no matching '-- +goose StatementEnd'\"), leaves it out"
    : "has no closing `;`: goose v1 leaves it out without a word";
  return {
    line,
    message: `the last ${direction} statement ${what} and applies the rest, and so does lockstep; ${block ? "close the block with `-- +goose StatementEnd`" : "end it with `;`"} (pressly's goose refuses such a file)`,
  };
}
