import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import type { Runner } from "../../core/runner/runner.js";
import { changedTables, diffSchemas, type Schema } from "../../core/schema/index.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { checksDown, newReport, type ReplaySetResult, round } from "./replay-set.js";
import { integrityFindings } from "./replay-steps.js";
import { RunnerData } from "./runner-data.js";
import { inspectFile, keepCopy, readFileSchema, restoreCopy, stageFiles } from "./runner-file.js";
import { runsTwiceThroughRunner, trackingRows, verifyIdempotentThroughRunner } from "./runner-idempotent.js";
import { applyBaseAtOnce, runBefore, stepFailure, verifyDownThroughRunner } from "./runner-phases.js";
import type { RunnerPlace } from "./runner-place.js";
import { runStep, type StepOutcome } from "./runner-steps.js";

export interface RunnerInput {
  runner: Runner;
  /** Where the commands run, absolute. */
  cwd: string;
  /** The migration directory, absolute. */
  source: string;
  resolve(display: string): string;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
}

/**
 * Replays a set through the project's own tool (or per-file scripts) on a throwaway SQLite file: each
 * migration up, its down, up again, the schema read from the file by lockstep after every step. Before each
 * down the file is copied and afterwards put back, so the tool's own tracking table and the schema are
 * exactly as the first up left them whatever the down did.
 */
export async function replayThroughRunner(
  set: MigrationSet,
  options: ReplaySetOptions,
  input: RunnerInput,
): Promise<ReplaySetResult> {
  const engine = await loadEngine(options.engine);
  const work = mkdtempSync(join(tmpdir(), "lockstep-runner-"));
  const place: RunnerPlace = {
    ...input,
    engine,
    db: join(work, "replay.sqlite"),
    dir: input.runner.staged ? join(work, "migrations") : input.source,
    functions: options.functions,
    order: set.migrations,
  };
  mkdirSync(place.dir, { recursive: true });
  if (input.runner.setup) {
    place.setup = join(work, input.runner.setup.file);
    writeFileSync(place.setup, input.runner.setup.text);
  }
  const afterUpCopy = join(work, "after-up.sqlite");
  const findings: Finding[] = [];
  const reports: MigrationReport[] = [];
  const touched = new Map<string, string[]>();
  const afterEach = new Map<string, Schema>();
  const reported = new Set<string>();
  const layoutReadsDowns = set.migrations.some((m) => m.down !== undefined);
  const data = options.data && new RunnerData(options.data, place, set);
  const integrity = (m: Migration, file: string, when: string, problems: string[]) =>
    findings.push(...integrityFindings(problems, reported, m, file, when));
  try {
    await runBefore(place, set);
    let before: Schema = readFileSchema(place);
    let previous: Migration | undefined;
    let stopped = false;
    const applied = await applyBaseAtOnce(place, set, options);
    if (applied) {
      reports.push(...applied.reports);
      before = applied.schema;
      previous = set.migrations[applied.reports.length - 1];
      const last = previous as Migration;
      afterEach.set(last.version, before);
      integrity(
        last,
        last.code ?? last.files[0] ?? "",
        `after the base's migrations up to ${last.version}`,
        applied.problems,
      );
    }
    for (const migration of set.migrations.slice(applied?.reports.length ?? 0)) {
      const report = newReport(migration);
      reports.push(report);
      if (stopped) continue;
      const v = migration.version;
      const file = migration.code ?? migration.up?.file ?? migration.files[0];
      stageFiles(place, migration);
      data?.beforeUp(before);
      const twice = runsTwiceThroughRunner(place, migration, options);
      const tracking = twice ? trackingRows(place) : undefined;
      let up = await runStep(place, migration, previous, "up");
      if (up.ok === "skipped") {
        findings.push(
          finding(
            "not-replayed",
            `${v} is not SQL (${file}) and ${up.why}, so lockstep cannot run it; failures after it may stem from what it would have done: add a command for it to the database's "runner"`,
            { version: v, file },
          ),
        );
        continue;
      }
      report.ms = round(up.ms);
      // Passes without rows: said as such, and the replay goes on from the emptied file, as the SQL replay does.
      const withoutRows =
        !up.ok && data ? await data.withoutRows(migration, previous, up.failure) : undefined;
      if (!up.ok && withoutRows) {
        findings.push(dataOnlyFailure(migration, up, file, withoutRows.words));
        up = { ok: true, ms: withoutRows.ms };
      }
      if (!up.ok) {
        report.up = "failed";
        findings.push(stepFailure(migration, up, "up", input.runner, file));
        stopped = true;
        continue;
      }
      report.up = "ok";
      if (!existsSync(place.db)) throw wroteElsewhere(input.runner, migration);
      const inspected = inspectFile(place);
      const after = inspected.schema;
      touched.set(v, changedTables(diffSchemas(before, after)));
      afterEach.set(v, after);
      integrity(migration, file ?? "", `after the up of ${v}`, inspected.problems);
      if (data) findings.push(...data.afterUp(migration, before, after));
      if (tracking) {
        const ctx = { after, tracking, copy: afterUpCopy };
        await verifyIdempotentThroughRunner(place, migration, previous, ctx, findings);
      }
      if (checksDown(migration, options) && hasDown(input.runner, migration, layoutReadsDowns)) {
        keepCopy(place, afterUpCopy);
        const restored =
          data &&
          ((afterDown: Schema, at?: string) => findings.push(...data.afterDown(migration, at, afterDown)));
        await verifyDownThroughRunner(
          place,
          migration,
          previous,
          { before, after },
          report,
          findings,
          restored,
        );
        restoreCopy(place, afterUpCopy);
      } else if (
        !input.runner.up &&
        migration.up &&
        !migration.down &&
        set.hasDowns &&
        checksDown(migration, options)
      ) {
        report.down = "missing";
        findings.push(
          finding(
            "down-missing",
            `${v} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
            {
              version: v,
              file: migration.up.file,
            },
          ),
        );
      }
      if (data) findings.push(...data.seeds(migration));
      before = data ? readFileSchema(place) : after;
      previous = migration;
    }
    return { migrations: reports, findings, schema: before, touched, engine: engine.info, after: afterEach };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The tool applied a migration and the throwaway file is still not there: it migrated another database. */
function wroteElsewhere(runner: Runner, migration: Migration): LockstepError {
  return new LockstepError(
    "config",
    `${runner.name} applied ${migration.version} without creating the throwaway database lockstep gave it, so it migrated another one (the database its own configuration names?); make the runner's command or env point the tool at {db} (see Code migrations in lockstep's README)`,
  );
}

/**
 * Whether to ask for the migration's down. A command reverts "the last one that has a down" to some tools
 * (sqlx skips simple migrations), so it is asked only for a migration the layout says has one; where the
 * layout cannot tell (code it does not read), the tool is asked. `layoutReadsDowns`: the layout said of some
 * migration that it has a down (so of the others, that they have none).
 */
function hasDown(runner: Runner, migration: Migration, layoutReadsDowns: boolean): boolean {
  // A module says whether it has a down only once imported: runStep skips the down when it has none.
  if (runner.modules && migration.code) return true;
  if (!runner.up) return migration.down !== undefined;
  if (runner.down === undefined) return false;
  if (migration.down !== undefined) return true;
  return migration.code !== undefined && !layoutReadsDowns;
}

/** An up that fails with rows and passes without: `up-failed`, worded so it is plain an empty database passes. */
function dataOnlyFailure(
  migration: Migration,
  up: Extract<StepOutcome, { ok: false }>,
  file: string | undefined,
  why: string,
): Finding {
  return finding(
    "up-failed",
    `the up of ${migration.version} fails on a database with data: ${up.failure}; ${why}`,
    { version: migration.version, file: up.file ?? file, line: up.line },
  );
}
