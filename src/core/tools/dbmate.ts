import {
  dialectOfUrl,
  folderOf,
  joinInRepo,
  type RepoText,
  readEnvFile,
  type SetClaim,
} from "../discovery/config-text.js";
import { readMarkerFiles } from "../layouts/marker-reader.js";
import { markerFile } from "../layouts/naming.js";
import { positionAt } from "../layouts/source.js";
import type { SplitFile } from "../layouts/statement-buffer.js";
import type { ToolDescriptor } from "./tool.js";
import { keyed } from "./tracked-rows.js";

const UP_MARKER = /^--\s*migrate:up(\s*$|\s+\S+)/m;
const REPO = "https://github.com/amacneil/dbmate";

export const dbmate = {
  id: "dbmate",
  name: "dbmate",
  title: "dbmate",
  detect: {
    priority: 51,
    compete: true,
    evidence: (files) =>
      files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- migrate:up` markers",
  },
  reads: { files: "`.sql` files whose names start with a version (`<digits>….sql`)" },
  read: (files) =>
    readMarkerFiles(files, {
      tool: "dbmate",
      // dbmate's migrationFileRegexp `^(\d+).*\.sql$`; the version is the leading digits.
      parseName: (file) => {
        const match = /^(\d+)(.*)\.sql$/.exec(file);
        return match ? { version: match[1] ?? "", name: (match[2] ?? "").replace(/^[_-]/, "") } : undefined;
      },
      split: splitDbmate,
      codeSteps: [],
    }),
  order: { by: "name-text", how: "dbmate sorts file names as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `transaction:false` to its `-- migrate:up` / `-- migrate:down` line",
    markOptOut: (text) => text.replace(/^(-- migrate:(?:up|down))$/gm, "$1 transaction:false"),
  },
  // dbmate v2.35: pkg/dbmate/db.go Migrate() and FindMigrations(); the table in the sqlite driver.
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in schema_migrations, older ones included; `--strict` makes it refuse pending migrations older than the newest applied one",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`, // Migrate(): the db.Strict check
    },
    duplicate: {
      does: "runs the first file of a version and fails on the second, whose version is already recorded (the primary key); once one is applied, the other counts as applied and never runs",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`, // FindMigrations(): Applied looked up by version
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied, a new version runs it again",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`, // FindMigrations(): appliedMigrations[migration.Version]
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/pkg/driver/sqlite/sqlite.go`, // CreateMigrationsTable(): version only
    },
    deleted: {
      does: "looks only at the files: a deleted one keeps its row in schema_migrations and goes unnoticed",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`, // FindMigrations(): the files, each looked up in the applied set
    },
  },
  configs: [{ shown: ".env (DBMATE_)", matches: (name) => name === ".env", read: readDbmateEnv }],
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key)",
    source: `${REPO}/blob/main/pkg/driver/sqlite/sqlite.go`, // CreateMigrationsTable(), InsertMigration()
    reader: {
      table: "schema_migrations",
      query: "SELECT version FROM schema_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => m.version,
      missing:
        "dbmate ignores a row whose file is gone (`dbmate status` lists files only): the database keeps what it ran",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`, // SelectMigrations(), then pending = files not in it
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- migrate:up", "-- migrate:down"),
      },
    ],
  },
  /**
   * dbmate migrates only to the newest file, hence a staged directory; `rollback` reverts the newest
   * applied. `sqlite:` and an absolute path is its form for an absolute file. `migrate` rather than `up`:
   * the file is lockstep's, nothing to create. `--no-dump-schema`: dbmate would write `db/schema.sql`
   * beside the project after each step. The flags outrank a project's `.env` (DATABASE_URL, DBMATE_*),
   * and `--migrations-table` keeps the table the one lockstep leaves out of the schema.
   */
  runner: {
    up: "dbmate --url sqlite:{db} --migrations-dir {dir} --migrations-table schema_migrations --no-dump-schema migrate",
    down: "dbmate --url sqlite:{db} --migrations-dir {dir} --migrations-table schema_migrations --no-dump-schema rollback",
    staged: true,
    source: `${REPO}/blob/main/README.md`, // Commands, Options, SQLite URLs; main.go NewApp() for the flags
  },
} as const satisfies ToolDescriptor;

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

/** dbmate reads `.env`: `DBMATE_MIGRATIONS_DIR` (default `./db/migrations`), the URL in `DATABASE_URL`. */
function readDbmateEnv(config: RepoText): SetClaim[] {
  const vars = readEnvFile(config.text);
  const own = [...vars.entries()].filter(([key]) => key.startsWith("DBMATE_"));
  if (own.length === 0) return [];
  const dir = vars.get("DBMATE_MIGRATIONS_DIR");
  const written = dir?.value ?? "./db/migrations";
  const url = vars.get("DATABASE_URL");
  const dialect = url ? dialectOfUrl(url.value) : { dialect: "unstated" as const };
  const evidence = [
    dir
      ? { file: config.path, line: dir.line, says: `says DBMATE_MIGRATIONS_DIR=${dir.value}` }
      : {
          file: config.path,
          line: own[0]?.[1].line ?? 1,
          says: `sets ${own[0]?.[0]}: dbmate's default directory is db/migrations/`,
        },
  ];
  // The URL's scheme only: the rest may hold a password.
  if (url && dialect.dialect !== "unstated")
    evidence.push({
      file: config.path,
      line: url.line,
      says: `says DATABASE_URL is a ${dialect.name ?? "SQLite"} URL`,
    });
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "dbmate",
      tool: "dbmate",
      dialect: dialect.dialect,
      ...(dialect.name ? { dialectName: dialect.name } : {}),
      evidence,
      ...(dir ? {} : { guessed: true as const }),
    },
  ];
}
