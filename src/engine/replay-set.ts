import type { SchemaWrites } from "../adapters/schema-reader.js";
import { SchemaReader } from "../adapters/schema-reader.js";
import { type Database, openMemoryDatabase } from "../adapters/sqljs.js";
import { type Finding, finding } from "../core/finding.js";
import type { LayoutId, Migration, MigrationScript, MigrationSet } from "../core/migration.js";
import type { MigrationReport } from "../core/report.js";
import {
  changedTables,
  diffSchemas,
  explainDiff,
  isColumnOrderOnly,
  isEmptyDiff,
  type Schema,
  type SchemaDiff,
} from "../core/schema/index.js";
import { executeScript, type ScriptResult, type SqlRewrite } from "./execute.js";
import { IntegrityChecker, type IntegrityScope, scopeOfStep, WHOLE_DATABASE } from "./integrity.js";
import { noteTransactionControl } from "./transaction-notes.js";

export type DownMode = "all" | "new" | "none";

export interface ReplaySetOptions {
  down: DownMode;
  /** `required` turns a missing down into an error; `none` skips downs entirely. */
  downPolicy: "required" | "optional" | "none";
  baseline?: MigrationScript;
  functions?: Record<string, (...args: never[]) => unknown>;
  rewrite?: SqlRewrite;
  /** Versions that are already applied on the base branch (for `--down new`). */
  baseVersions?: ReadonlySet<string>;
  onProgress?: (done: number, total: number) => void;
}

export interface ReplaySetResult {
  migrations: MigrationReport[];
  findings: Finding[];
  schema: Schema;
  /** The tables (and views) each migration's up changed, by version: what `overlap` compares. */
  touched: Map<string, string[]>;
}

/** The live replay database and what it takes to rebuild it after a down left it in a wrong state. */
class ReplayState {
  db!: Database;
  reader!: SchemaReader;
  integrity!: IntegrityChecker;
  private readonly applied: MigrationScript[] = [];
  readonly reportedIntegrity = new Set<string>();

  constructor(private readonly options: ReplaySetOptions) {}

  async open(): Promise<void> {
    this.db = await openMemoryDatabase();
    for (const [name, fn] of Object.entries(this.options.functions ?? {})) {
      this.db.create_function(name, fn as (...args: unknown[]) => never);
    }
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }

  run(script: MigrationScript): ScriptResult {
    return executeScript(this.db, script, this.options.rewrite);
  }

  recordApplied(script: MigrationScript): void {
    this.applied.push(script);
  }

  /** Replays every applied up into a fresh database: the state right after the last up, untouched by any down. */
  async rebuild(): Promise<void> {
    this.db.close();
    await this.open();
    for (const script of this.applied) this.run(script);
  }

  /** Application functions may be non-deterministic, and an index built on one can drift from its table. */
  get hasFunctions(): boolean {
    return Object.keys(this.options.functions ?? {}).length > 0;
  }

  close(): void {
    this.db.close();
  }
}

export async function replaySet(set: MigrationSet, options: ReplaySetOptions): Promise<ReplaySetResult> {
  const findings: Finding[] = [];
  const reports: MigrationReport[] = [];
  const touched = new Map<string, string[]>();
  const state = new ReplayState(options);
  await state.open();
  try {
    if (options.baseline) {
      const result = state.run(options.baseline);
      if (!result.ok && result.failure) {
        findings.push(
          finding(
            "up-failed",
            `the baseline failed at line ${result.failure.line}: ${result.failure.message}; fix the baseline file before the migrations can be replayed`,
            { file: options.baseline.file, line: result.failure.line, column: result.failure.column },
          ),
        );
        return { migrations: set.migrations.map(notRun), findings, schema: state.reader.read(), touched };
      }
      state.recordApplied(options.baseline);
    }
    let before = state.reader.read();
    let stopped: string | undefined;
    let skippedCode: Migration | undefined;
    let lastApplied: Migration | undefined;
    for (const [index, migration] of set.migrations.entries()) {
      options.onProgress?.(index, set.migrations.length);
      if (stopped) {
        reports.push(notRun(migration));
        continue;
      }
      if (!migration.up && !migration.code) {
        // Unreadable or refused by its tool: the layout reader already reported a parse-error.
        skippedCode = migration;
        reports.push(notRun(migration));
        continue;
      }
      if (!migration.up) {
        skippedCode = migration;
        findings.push(
          finding(
            "not-replayed",
            `${migration.version} is not SQL (${migration.code ?? migration.files[0]}); lockstep cannot run it, so failures after it may stem from what it would have done`,
            { version: migration.version, file: migration.code ?? migration.files[0] },
          ),
        );
        reports.push(notRun(migration));
        continue;
      }
      const report = newReport(migration);
      reports.push(report);
      if (isBlank(migration.up)) {
        findings.push(
          finding(
            "empty-migration",
            `the up of ${migration.version} has no statements (${migration.up.file} is empty or only comments), so it changes nothing; write it, or delete the migration if it is not needed`,
            { version: migration.version, file: migration.up.file, line: 1 },
          ),
        );
      }
      const up = state.run(migration.up);
      report.ms = round(up.ms);
      noteTransactionControl(findings, set.layout, migration, migration.up, up);
      if (!up.ok && up.failure) {
        report.up = "failed";
        const hint = skippedCode
          ? ` (${skippedCode.version} before it was not replayed and may be the cause)`
          : "";
        findings.push(
          finding(
            "up-failed",
            `the up of ${migration.version} failed at ${migration.up.file}:${up.failure.line}:${up.failure.column} (${excerpt(up.failure.statement)}): ${up.failure.message}${hint}; fix the statement, the migrations after it were not replayed`,
            {
              version: migration.version,
              file: migration.up.file,
              line: up.failure.line,
              column: up.failure.column,
            },
          ),
        );
        stopped = migration.version;
        continue;
      }
      report.up = "ok";
      state.recordApplied(migration.up);
      const after = state.reader.read(up.schemaWrites);
      const upChanged = changedTables(diffSchemas(before, after));
      touched.set(migration.version, upChanged);
      checkIntegrity(
        state,
        findings,
        migration,
        migration.up.file,
        `after the up of ${migration.version}`,
        scopeOfStep(before, after, up, state.hasFunctions, upChanged),
      );
      lastApplied = migration;
      // What ran since the last read: nothing, unless the down failed and its transaction rolled back.
      let since: SchemaWrites = "none";
      if (shouldVerifyDown(migration, options)) {
        const outcome = await verifyDown(state, set.layout, migration, before, after, report, findings);
        if (outcome === "rebuild") await state.rebuild();
        if (outcome !== "unchanged") since = "any";
      } else if (!migration.down && set.hasDowns && checksDown(migration, options)) {
        report.down = "missing";
        const missing = finding(
          "down-missing",
          `${migration.version} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
          { version: migration.version, file: migration.up.file },
        );
        if (options.downPolicy === "required") missing.severity = "error";
        findings.push(missing);
      }
      before = state.reader.read(since);
    }
    options.onProgress?.(set.migrations.length, set.migrations.length);
    // Steps check only what they could have broken; one whole check at the end catches anything else.
    if (lastApplied?.up) {
      const when = `at the end of the replay (the last migration is ${lastApplied.version}; the whole database was checked)`;
      checkIntegrity(state, findings, lastApplied, lastApplied.up.file, when, WHOLE_DATABASE);
    }
    return { migrations: reports, findings, schema: before, touched };
  } finally {
    state.close();
  }
}

/** Whether this run looks at the migration's down at all (`--down`, the database's `down` policy). */
function checksDown(migration: Migration, options: ReplaySetOptions): boolean {
  if (options.downPolicy === "none" || options.down === "none") return false;
  if (options.down === "new") return !options.baseVersions?.has(migration.version);
  return true;
}

function shouldVerifyDown(migration: Migration, options: ReplaySetOptions): boolean {
  return migration.down !== undefined && checksDown(migration, options);
}

/**
 * Runs the down, compares, runs the up again, compares. `rebuild`: the database is in a wrong state and must be
 * rebuilt from the ups; `rolled-back`: the down failed inside its transaction, which SQLite rolled back;
 * `unchanged`: nothing ran since the last schema read.
 */
async function verifyDown(
  state: ReplayState,
  layout: LayoutId,
  migration: Migration,
  before: Schema,
  after: Schema,
  report: MigrationReport,
  findings: Finding[],
): Promise<"rebuild" | "rolled-back" | "unchanged"> {
  const down = migration.down as MigrationScript;
  const up = migration.up as MigrationScript;
  const v = migration.version;
  const result = state.run(down);
  noteTransactionControl(findings, layout, migration, down, result);
  if (!result.ok && result.failure) {
    report.down = "failed";
    findings.push(
      finding(
        "down-failed",
        `the down of ${v} failed at ${down.file}:${result.failure.line}:${result.failure.column} (${excerpt(result.failure.statement)}): ${result.failure.message}; fix the down so ${v} can be rolled back`,
        { version: v, file: down.file, line: result.failure.line, column: result.failure.column },
      ),
    );
    // A down run in a transaction rolled itself back; one run as written may have left half its work.
    return down.transaction ? "rolled-back" : "rebuild";
  }
  const afterDown = state.reader.read(result.schemaWrites);
  checkIntegrity(
    state,
    findings,
    migration,
    down.file,
    `after the down of ${migration.version}`,
    scopeOfStep(after, afterDown, result, state.hasFunctions),
  );
  const downDiff = diffSchemas(before, afterDown);
  let columnOrder: SchemaDiff | undefined;
  if (!isEmptyDiff(downDiff)) {
    if (!isColumnOrderOnly(downDiff)) {
      report.down = "mismatch";
      const empty = isBlank(down);
      const explanation = explainDiff(downDiff, {
        actual: `after the down of ${v}`,
        expected: `before ${v}'s up`,
      });
      const lead = empty ? `the down of ${v} is empty but its up changed the schema: ` : "";
      findings.push(
        finding("down-mismatch", `${lead}${explanation}; make the down undo exactly what the up did`, {
          version: v,
          file: down.file,
          line: startLine(down),
        }),
      );
      return "rebuild";
    }
    columnOrder = downDiff;
  }
  report.down = "ok";
  const redo = state.run(up);
  if (!redo.ok && redo.failure) {
    report.redo = "mismatch";
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again at ${up.file}:${redo.failure.line}:${redo.failure.column}: ${redo.failure.message}; the down does not undo everything the up needs to run`,
        { version: v, file: up.file, line: redo.failure.line, column: redo.failure.column },
      ),
    );
    return "rebuild";
  }
  // No integrity check here: the first up was checked, and the same problem again is noise.
  const afterRedo = state.reader.read(redo.schemaWrites);
  const redoDiff = diffSchemas(after, afterRedo);
  const redoOrderOnly = !isEmptyDiff(redoDiff) && isColumnOrderOnly(redoDiff);
  if (columnOrder) {
    const explanation = explainDiff(columnOrder, {
      actual: `after the down of ${v}`,
      expected: `before ${v}'s up`,
    });
    const redoNote = redoOrderOnly ? ", so running the up again gives the columns in another order too" : "";
    findings.push(
      finding(
        "down-column-order",
        `${explanation}${redoNote}; no data is lost, but code that relies on column order (SELECT *, INSERT without column names) sees a different table: if that matters, have the down rebuild the table with its columns in the old order`,
        { version: v, file: down.file, line: startLine(down) },
      ),
    );
  }
  if (isEmptyDiff(redoDiff) || (redoOrderOnly && columnOrder)) {
    report.redo = "ok";
    return redoOrderOnly ? "rebuild" : "unchanged";
  }
  report.redo = "mismatch";
  const explanation = explainDiff(redoDiff, {
    actual: `after ${v}'s up ran again`,
    expected: `after its first up`,
  });
  findings.push(
    finding(
      "redo-mismatch",
      `${explanation}; the up does not give the same schema twice — check what the down leaves behind`,
      { version: v, file: up.file, line: startLine(up) },
    ),
  );
  return "rebuild";
}

function checkIntegrity(
  state: ReplayState,
  findings: Finding[],
  migration: Migration,
  file: string,
  when: string,
  scope: IntegrityScope,
): void {
  const problems = state.integrity.check(scope);
  for (const problem of problems) {
    // The same broken row seen again by a later check is the same finding, not a new one.
    if (state.reportedIntegrity.has(problem)) continue;
    state.reportedIntegrity.add(problem);
    findings.push(
      finding("integrity", `${when}, ${problem}; fix the data or constraints the step leaves`, {
        version: migration.version,
        file,
      }),
    );
  }
}

/** The failing statement, on one line and short enough to read in a terminal. */
function excerpt(statement: string): string {
  const line = statement.replace(/\s+/g, " ").trim();
  return `\`${line.length > 80 ? `${line.slice(0, 79)}…` : line}\``;
}

/** Where the script's SQL starts in its file: the down of a dbmate or goose file is not at line 1. */
function startLine(script: MigrationScript): number {
  return script.chunks[0]?.line ?? 1;
}

function isBlank(script: MigrationScript): boolean {
  return script.chunks.every((c) => c.sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim() === "");
}

function newReport(migration: Migration): MigrationReport {
  return {
    version: migration.version,
    name: migration.name,
    files: migration.files,
    up: "not-run",
    down: "not-run",
    redo: "not-run",
    ms: 0,
  };
}

function notRun(migration: Migration): MigrationReport {
  return newReport(migration);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
