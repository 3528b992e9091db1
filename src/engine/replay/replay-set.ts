import type { SchemaWrites } from "../../adapters/schema-reader.js";
import type { EngineInfo } from "../../adapters/sqlite/types.js";
import { tablesReached } from "../../core/data/reach.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import { tableChangeFindings } from "../../core/safety/table-changes.js";
import { changedTables, diffSchemas, type Schema } from "../../core/schema/index.js";
import { toolOf } from "../../core/tools/index.js";
import { runnerOf } from "../../core/tools/tool-advice.js";
import { sqlUpRows } from "./data-loss.js";
import { DataMode } from "./data-step.js";
import { noteDqs } from "./dqs-check.js";
import { emptyUpFinding } from "./empty-up.js";
import { runsTwice, verifyIdempotent } from "./idempotent-step.js";
import { scopeOfStep, WHOLE_DATABASE } from "./integrity.js";
import { PrefixCache } from "./prefix-cache.js";
import { cachedVerdicts } from "./prefix-record.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { checkIntegrity, isBlank, ReplayState, verifyDown } from "./replay-steps.js";
import { dataOnlyFailure, downAt, downMissing, notReplayed, upFailed } from "./step-findings.js";
import { noteTransactionControl } from "./transaction-notes.js";
import { upFailureAdvice } from "./up-failure.js";
import { runVerify } from "./verify-step.js";

export type { DownMode, PartialReplay, ReplaySetOptions, ReplayTrace } from "./replay-options.js";

export interface ReplaySetResult {
  migrations: MigrationReport[];
  findings: Finding[];
  schema: Schema;
  /** The tables (and views) each migration's up changed, by version: what `overlap` compares. */
  touched: Map<string, string[]>;
  /** The SQLite the set was replayed on. */
  engine: EngineInfo;
  /** The schema right after each migration's up, by version (runner replays: the base's state is a prefix's). */
  after?: Map<string, Schema>;
}

export async function replaySet(set: MigrationSet, options: ReplaySetOptions): Promise<ReplaySetResult> {
  const findings: Finding[] = [];
  const reports: MigrationReport[] = [];
  const touched = new Map<string, string[]>();
  const state = new ReplayState(options);
  await state.open();
  const engine = state.db.info;
  // The engine is known from here on, even to a watcher that stops the baseline's first statement.
  options.onProgress?.(0, set.migrations.length, { migrations: reports, findings, engine });
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
        return {
          migrations: set.migrations.map(notRun),
          findings,
          schema: state.reader.read(),
          touched,
          engine,
        };
      }
      state.recordApplied(options.baseline);
    }
    // A prefix verified before (same files, order, engine, lockstep and settings) is loaded, not replayed.
    const cache = PrefixCache.open(set, options, engine, (m) => checksDown(m, options));
    const hit = cache?.longest();
    if (cache && hit && !hit.database) {
      // The whole history was verified before, its final check too: its verdicts are the answer.
      const verdicts = cachedVerdicts(hit.record);
      options.onProgress?.(set.migrations.length, set.migrations.length, { ...verdicts, engine });
      return { ...verdicts, engine };
    }
    if (hit?.database) {
      await state.load(hit.database, hit.record.pragmas);
      state.reader.importModels(hit.record.models);
      reports.push(...hit.record.reports);
      findings.push(...hit.record.findings);
      for (const [version, tables] of hit.record.touched) touched.set(version, tables);
      for (const problem of hit.record.reportedIntegrity) state.reportedIntegrity.add(problem);
      for (const m of set.migrations.slice(0, hit.record.count)) if (m.up) state.recordApplied(m.up);
    }
    const start = hit?.record.count ?? 0;
    const data = options.data && new DataMode(options.data);
    let before = state.reader.read();
    let stopped: string | undefined;
    let skippedCode: Migration | undefined;
    let lastApplied: Migration | undefined = set.migrations[start - 1];
    for (const [index, migration] of set.migrations.entries()) {
      if (index < start) continue;
      options.onProgress?.(index, set.migrations.length, { migrations: reports, findings, engine });
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
        findings.push(notReplayed(set, migration));
        reports.push(notRun(migration));
        continue;
      }
      const report = newReport(migration);
      reports.push(report);
      if (isBlank(migration.up)) findings.push(emptyUpFinding(set.layout, migration, migration.up));
      data?.beforeUp(state.db, before, tablesReached(before, [migration.up, migration.down]));
      let up = state.run(migration.up);
      report.ms = round(up.ms);
      noteTransactionControl(findings, set, migration, migration.up, up);
      noteDqs(findings, set, migration, migration.up, up.dqs);
      if (!up.ok && up.failure && data) {
        // Passes without rows: said as such, and the replay goes on from the empty history so later
        // migrations keep the verdicts they have without data.
        const withData = await data.onlyWithData(state, migration.up, up.failure.message);
        if (withData) {
          findings.push(dataOnlyFailure(migration, migration.up, up.failure, withData));
          await state.rebuild();
          data.forget();
          up = state.run(migration.up);
        }
      }
      if (!up.ok && up.failure) {
        report.up = "failed";
        const advice = upFailureAdvice(migration, up.failure, {
          applied: options.baseVersions?.has(migration.version) ?? false,
          functionsModule: options.functionsModule,
          registered: Object.keys(options.functions ?? {}),
          skippedCode,
        });
        findings.push(upFailed(migration, migration.up, up.failure, advice));
        stopped = migration.version;
        continue;
      }
      report.up = "ok";
      state.recordApplied(migration.up);
      const after = state.reader.read(up.schemaWrites);
      const upChanged = changedTables(diffSchemas(before, after));
      touched.set(migration.version, upChanged);
      findings.push(
        ...tableChangeFindings(migration, migration.up, before, after, runnerOf(toolOf(set.layout))),
      );
      checkIntegrity(
        state,
        findings,
        migration,
        migration.up.file,
        `after the up of ${migration.version}`,
        scopeOfStep(before, after, up, state.hasFunctions, upChanged),
      );
      if (data)
        findings.push(...data.afterUp(state.db, migration, sqlUpRows(set, migration.up), before, after));
      if (migration.verify) runVerify(state, set.layout, migration, findings);
      if (
        runsTwice(migration, options) &&
        verifyIdempotent(state, migration, after, findings) === "rebuild"
      ) {
        await state.rebuild();
        state.reader.read();
      }
      lastApplied = migration;
      // What ran since the last read: nothing, unless the down failed and its transaction rolled back.
      let since: SchemaWrites = "none";
      if (shouldVerifyDown(migration, options)) {
        const outcome = await verifyDown(
          state,
          set,
          migration,
          before,
          after,
          report,
          findings,
          data &&
            ((afterDown) =>
              findings.push(...data.afterDown(state.db, migration, downAt(migration), afterDown))),
        );
        if (outcome === "rebuild") await state.rebuild();
        if (outcome !== "unchanged") since = "any";
      } else if (!migration.down && set.hasDowns && checksDown(migration, options)) {
        report.down = "missing";
        findings.push(downMissing(migration, migration.up, options.downPolicy === "required"));
      }
      if (data) findings.push(...data.afterStep(state, migration));
      before = state.reader.read(since);
    }
    options.onProgress?.(set.migrations.length, set.migrations.length, {
      migrations: reports,
      findings,
      engine,
    });
    // What a longer history starting with this one brings back: the integrity problems reported so far.
    const reportedIntegrity = [...state.reportedIntegrity];
    // Steps check only what they could have broken; one whole check at the end catches anything else.
    const final: Finding[] = [];
    if (lastApplied?.up) {
      const when = `at the end of the replay (the last migration is ${lastApplied.version}; the whole database was checked)`;
      checkIntegrity(state, final, lastApplied, lastApplied.up.file, when, WHOLE_DATABASE);
    }
    // Only a history whose every up ran is a prefix worth keeping (a failure stops the replay anyway).
    if (cache && set.migrations.length > 0 && reports.every((r) => r.up === "ok")) {
      cache.store(
        state.db,
        {
          count: set.migrations.length,
          reports,
          findings,
          touched: [...touched],
          reportedIntegrity,
          models: state.reader.exportModels(),
          final,
        },
        set.migrations,
      );
    }
    return { migrations: reports, findings: [...findings, ...final], schema: before, touched, engine };
  } finally {
    state.close();
  }
}

/** Whether this run looks at the migration's down at all (`--down`, the database's `down` policy). */
export function checksDown(migration: Migration, options: ReplaySetOptions): boolean {
  if (options.downPolicy === "none" || options.down === "none") return false;
  if (options.down === "new") return !options.baseVersions?.has(migration.version);
  return true;
}

function shouldVerifyDown(migration: Migration, options: ReplaySetOptions): boolean {
  return migration.down !== undefined && checksDown(migration, options);
}

export function newReport(migration: Migration): MigrationReport {
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

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
