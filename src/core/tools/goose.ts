import { codeSpan } from "../code-span.js";
import { folderOf, joinInRepo, type RepoText, readEnvFile, type SetClaim } from "../discovery/config-text.js";
import { excerpt } from "../excerpt.js";
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

const UP_MARKER = /^--\s*\+goose\s+up\s*$/im;
const REPO = "https://github.com/pressly/goose";

export const goose = {
  id: "goose",
  name: "goose",
  title: "goose",
  detect: {
    priority: 50,
    compete: true,
    evidence: (files) =>
      files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +goose Up` annotations",
  },
  reads: {
    files: "`<int>_<name>.sql` files and `<int>_<name>.go` files (Go migrations registered in the binary)",
    // goose's CLI collects every `*.sql` of the directory and fails on one whose version it cannot parse.
    refuses: () =>
      'goose refuses the directory for it: "could not parse SQL migration file" (goose takes the number before the first `_` as the version)',
  },
  read: (files) =>
    readMarkerFiles(files, {
      tool: "goose",
      // goose takes the text before the first `_` as an int64 version.
      parseName: (file) => {
        const match = /^(\d+)_(.*)\.sql$/.exec(file);
        return match ? { version: match[1] ?? "", name: match[2] ?? "" } : undefined;
      },
      split: splitGoose,
      codeSteps: ["go"],
    }),
  order: { by: "number", how: "goose sorts versions as numbers" },
  downs: "always",
  transaction: { wraps: "each-file", optOut: "add `-- +goose NO TRANSACTION` to the file" },
  // goose v3.27: the package API the goose CLI runs (up.go, migrate.go, migration.go).
  applied: {
    outOfOrder: {
      does: "refuses to migrate when a pending migration is older than the newest applied one, unless run with `-allow-missing`",
      source: `${REPO}/blob/main/up.go`, // UpTo(): "found N missing migrations before current version"
    },
    duplicate: {
      does: "refuses the directory: two migrations with one version",
      source: `${REPO}/blob/main/migrate.go`, // Migrations.Less(): "duplicate version … detected"
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again, or is refused as missing when below the newest applied one",
      source: `${REPO}/blob/main/migration.go`, // NumericComponent(): the number before the first `_`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/internal/dialects/sqlite3.go`, // CreateTable(): no checksum column
    },
  },
  configs: [{ shown: ".env (GOOSE_)", matches: (name) => name === ".env", read: readGooseEnv }],
  tracking: {
    tables: ["goose_db_version"],
    stores:
      "one row per applied migration: `version_id`, `is_applied`, `tstamp`; a down deletes the version's row, and a row for version 0 is written when the table is created",
    source: `${REPO}/blob/main/internal/dialects/sqlite3.go`, // CreateTable(), InsertVersion(), DeleteVersion()
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") },
    ],
  },
} as const satisfies ToolDescriptor;

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
function splitGoose(text: string): SplitFile {
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

const GOOSE_SQLITE = /^(sqlite3?|turso)$/;

/** goose (3.22+) reads `.env`: `GOOSE_MIGRATION_DIR`, and `GOOSE_DRIVER` names the database. */
function readGooseEnv(config: RepoText): SetClaim[] {
  const vars = readEnvFile(config.text);
  const dir = vars.get("GOOSE_MIGRATION_DIR");
  if (!dir) return [];
  const driver = vars.get("GOOSE_DRIVER");
  const evidence = [{ file: config.path, line: dir.line, says: `says GOOSE_MIGRATION_DIR=${dir.value}` }];
  if (driver)
    evidence.push({ file: config.path, line: driver.line, says: `says GOOSE_DRIVER=${driver.value}` });
  const dialect = !driver ? "unstated" : GOOSE_SQLITE.test(driver.value) ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), dir.value),
      written: dir.value,
      layout: "goose",
      tool: "goose",
      dialect,
      ...(dialect === "other" ? { dialectName: driver?.value } : {}),
      evidence,
    },
  ];
}
