import { SchemaReader } from "../../adapters/schema-reader.js";
import { loadEngine, type SqlDatabase, type SqlValue } from "../../adapters/sqlite/engine.js";
import { codeSpan } from "../../core/code-span.js";
import { excerpt } from "../../core/excerpt.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import {
  diffSchemas,
  isColumnOrderOnly,
  isEmptyDiff,
  type Schema,
  type SchemaDiff,
} from "../../core/schema/index.js";
import { noteDqs } from "./dqs-check.js";
import { executeScript, type ScriptResult } from "./execute.js";
import { IntegrityChecker, type IntegrityScope, scopeOfStep } from "./integrity.js";
import { columnOrderFinding, downMismatch, redoMismatch } from "./mismatch.js";
import { type ConnectionImage, connectionImage, restorePragmas } from "./prefix-cache.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { noteTransactionControl, type RunBy } from "./transaction-notes.js";

/** The live replay database and what it takes to rebuild it after a down left it in a wrong state. */
export class ReplayState {
  db!: SqlDatabase;
  reader!: SchemaReader;
  integrity!: IntegrityChecker;
  private readonly applied: MigrationScript[] = [];
  readonly reportedIntegrity = new Set<string>();

  constructor(private readonly options: ReplaySetOptions) {}

  async open(): Promise<void> {
    this.db = await this.fresh(this.options.start);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }

  /** A new connection on `bytes` (or an empty database), with the application's functions. */
  private async fresh(bytes: Uint8Array | undefined): Promise<SqlDatabase> {
    const engine = await loadEngine(this.options.engine);
    const db = bytes ? engine.openBytes(bytes) : engine.openMemory();
    for (const [name, fn] of Object.entries(this.options.functions ?? {})) db.defineFunction(name, fn);
    return db;
  }

  /** Every script goes through here, so the integrity checker hears of every PRAGMA. */
  run(script: MigrationScript): ScriptResult {
    const trace = this.options.trace;
    const result = executeScript(
      this.db,
      script,
      this.options.rewrite,
      trace && ((chunk, offset, length) => trace.statement(script, chunk, offset, length)),
    );
    trace?.settled(script);
    if (result.ranPragma) this.integrity.pragmasRan();
    return result;
  }

  /** The database a verified prefix left (a cache entry), with the connection's settings as they were. */
  async load(bytes: Uint8Array, pragmas: readonly [string, SqlValue][]): Promise<void> {
    this.db.close();
    this.db = (await loadEngine(this.options.engine)).openBytes(bytes);
    restorePragmas(this.db, pragmas);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }

  recordApplied(script: MigrationScript): void {
    this.applied.push(script);
  }

  /** Replays every applied up into a fresh database: the state right after the last up, untouched by any down. */
  async rebuild(): Promise<void> {
    this.db.close();
    const image = this.image;
    this.db = await this.fresh(image?.bytes ?? this.options.start);
    if (image) restorePragmas(this.db, image.pragmas);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
    for (const script of this.applied.slice(image?.count ?? 0)) this.run(script);
    this.keepImage(this.db);
  }

  /**
   * The history without data as it stood at the last rebuild, so that the next rebuild (a replay with data
   * rebuilds after every up that fails only with rows) replays only the ups since, not the whole history
   * again. Not kept where a replay starts from a real database: that history is not without data.
   */
  private image?: ConnectionImage & { count: number };

  private keepImage(db: SqlDatabase): void {
    if (this.options.start) return;
    const image = connectionImage(db, this.applied);
    this.image = image && { ...image, count: this.applied.length };
  }

  /** Application functions may be non-deterministic, and an index built on one can drift from its table. */
  get hasFunctions(): boolean {
    return Object.keys(this.options.functions ?? {}).length > 0;
  }

  /** Whether `script` runs on the same history without any data: a failure that only rows cause. */
  async passesEmpty(script: MigrationScript): Promise<boolean> {
    const image = this.options.start ? undefined : this.image;
    const db = await this.fresh(image?.bytes);
    try {
      if (image) restorePragmas(db, image.pragmas);
      for (const applied of this.applied.slice(image?.count ?? 0))
        executeScript(db, applied, this.options.rewrite);
      // The rebuild that follows a pass starts from here.
      this.keepImage(db);
      return executeScript(db, script, this.options.rewrite).ok;
    } finally {
      db.close();
    }
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Runs the down, compares, runs the up again, compares. `rebuild`: the database is in a wrong state and must be
 * rebuilt from the ups; `rolled-back`: the down failed inside its transaction, which SQLite rolled back;
 * `unchanged`: nothing ran since the last schema read.
 */
export async function verifyDown(
  state: ReplayState,
  set: RunBy,
  migration: Migration,
  before: Schema,
  after: Schema,
  report: MigrationReport,
  findings: Finding[],
  /** Told the schema after a down that restored it, before the up runs again (the data comparison). */
  onRestored?: (afterDown: Schema) => void,
): Promise<"rebuild" | "rolled-back" | "unchanged"> {
  const down = migration.down as MigrationScript;
  const up = migration.up as MigrationScript;
  const v = migration.version;
  const result = state.run(down);
  noteTransactionControl(findings, set, migration, down, result);
  noteDqs(findings, set, migration, down, result.dqs);
  if (!result.ok && result.failure) {
    report.down = "failed";
    findings.push(
      finding(
        "down-failed",
        `the down of ${v} failed at ${down.file}:${result.failure.line}:${result.failure.column} (${quoteStatement(result.failure.statement)}): ${result.failure.message}; fix the down so ${v} can be rolled back`,
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
      const lead = isBlank(down) ? `the down of ${v} is empty but its up changed the schema: ` : "";
      findings.push(downMismatch(v, downDiff, { version: v, file: down.file, line: startLine(down) }, lead));
      return "rebuild";
    }
    columnOrder = downDiff;
  }
  report.down = "ok";
  onRestored?.(afterDown);
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
    findings.push(
      columnOrderFinding(v, columnOrder, redoOrderOnly, {
        version: v,
        file: down.file,
        line: startLine(down),
      }),
    );
  }
  if (isEmptyDiff(redoDiff) || (redoOrderOnly && columnOrder)) {
    report.redo = "ok";
    return redoOrderOnly ? "rebuild" : "unchanged";
  }
  report.redo = "mismatch";
  findings.push(redoMismatch(v, redoDiff, { version: v, file: up.file, line: startLine(up) }));
  return "rebuild";
}

export function checkIntegrity(
  state: ReplayState,
  findings: Finding[],
  migration: Migration,
  file: string,
  when: string,
  scope: IntegrityScope,
): void {
  findings.push(
    ...integrityFindings(state.integrity.check(scope), state.reportedIntegrity, migration, file, when),
  );
}

/** What integrity checks found after a step, as findings; a problem `reported` before is not said again. */
export function integrityFindings(
  problems: readonly string[],
  reported: Set<string>,
  migration: Migration,
  file: string,
  when: string,
): Finding[] {
  const out: Finding[] = [];
  for (const problem of problems) {
    // The same broken row seen again by a later check is the same finding, not a new one.
    if (reported.has(problem)) continue;
    reported.add(problem);
    out.push(
      finding("integrity", `${when}, ${problem}; fix the data or constraints the step leaves`, {
        version: migration.version,
        file,
      }),
    );
  }
  return out;
}

/** The failing statement's first line, short enough to read in a terminal. */
export function quoteStatement(statement: string): string {
  return codeSpan(excerpt(statement, 80));
}

/** Where the script's SQL starts in its file: the down of a dbmate or goose file is not at line 1. */
function startLine(script: MigrationScript): number {
  return script.chunks[0]?.line ?? 1;
}

export function isBlank(script: MigrationScript): boolean {
  return script.chunks.every((c) => c.sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim() === "");
}
