import { codeSpan } from "../code-span.js";
import { excerpt } from "../excerpt.js";
import { readMarkerFiles } from "../layouts/marker-reader.js";
import { markerFile } from "../layouts/naming.js";
import { baseName, linesOf } from "../layouts/source.js";
import {
  type Direction,
  endsWithSemicolon,
  type SplitFile,
  StatementBuffer,
} from "../layouts/statement-buffer.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed, upFile } from "./tracked-rows.js";

const UP_MARKER = /^-- \+migrate Up/m;
const REPO = "https://github.com/rubenv/sql-migrate";

export const sqlMigrate = {
  id: "sql-migrate",
  name: "sql-migrate",
  title: "sql-migrate",
  detect: {
    priority: 52,
    compete: true,
    evidence: (files) =>
      files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +migrate Up` markers",
  },
  reads: { files: "`.sql` files" },
  read: (files) =>
    readMarkerFiles(files, {
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
      codeSteps: [],
    }),
  order: { by: "number", how: "sql-migrate sorts leading numbers as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `notransaction` to its `-- +migrate Up` / `Down` line",
    markOptOut: (text) => text.replace(/^(-- \+migrate (?:Up|Down))$/gm, "$1 notransaction"),
    // migrate.go applyMigrations(): without a transaction the executor is the gorp DbMap, whose Exec sends
    // each statement to the *sql.DB pool; database/sql hands out the connection freed last.
    optOutConnection:
      "sql-migrate then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: each runs on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the sql-migrate CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime",
  },
  // sql-migrate (master, 2025): migrate.go planMigrationCommon(), ToCatchup() and MigrationRecord.
  applied: {
    outOfOrder: {
      does: "applies every migration whose file name is not in gorp_migrations, older ones included: they run first, before the newer pending ones",
      source: `${REPO}/blob/master/migrate.go`, // planMigrationCommon() and ToCatchup(): "missing migrations up to the last run migration"
    },
    duplicate: {
      does: "has no versions of its own: two files with one number are two migrations, run in file-name order",
      source: `${REPO}/blob/master/migrate.go`, // Migration.Less(): numbers first, then the file name
    },
    renamed: {
      does: 'knows a migration by its file name: the old name becomes an "unknown migration in database" and migrate refuses to run; with unknown ones ignored, the renamed file runs again',
      source: `${REPO}/blob/master/migrate.go`, // planMigrationCommon(): the IgnoreUnknown check
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/master/migrate.go`, // MigrationRecord: id and applied_at only
    },
    deleted: {
      does: 'refuses to migrate: the applied one is an "unknown migration in database" (unless unknown ones are ignored)',
      source: `${REPO}/blob/master/migrate.go`, // planMigrationCommon(): the IgnoreUnknown check
    },
  },
  tracking: {
    tables: ["gorp_migrations"],
    stores: "one row per applied migration: `id` (the file name) and `applied_at`",
    source: `${REPO}/blob/master/migrate.go`, // MigrationRecord
    reader: {
      table: "gorp_migrations",
      query: "SELECT id FROM gorp_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(upFile(m)),
      missing:
        'sql-migrate refuses to plan with it: "unknown migration in database" (unless IgnoreUnknown is set)',
      source: `${REPO}/blob/master/migrate.go`, // PlanMigration(): unknown migration in database
    },
  },
  // No runner preset: the sql-migrate CLI takes the dialect, the data source and the directory only from
  // its YAML config (`-config`, `-env`; sql-migrate/config.go), never from its arguments.
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    separator: "-",
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- +migrate Up", "-- +migrate Down"),
      },
    ],
  },
} as const satisfies ToolDescriptor;

/** rubenv/sql-migrate's sqlparse: `-- +migrate Up [notransaction]`, StatementBegin/End, `;`-terminated lines. */
function splitSqlMigrate(text: string): SplitFile {
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
