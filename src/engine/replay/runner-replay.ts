import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import type { Runner } from "../../core/runner/runner.js";
import { changedTables, diffSchemas, isEmptyDiff, type Schema } from "../../core/schema/index.js";
import { mismatchFinding } from "./mismatch.js";
import type { ReplaySetOptions } from "./replay-options.js";
import type { ReplaySetResult } from "./replay-set.js";
import {
  inspectFile,
  keepCopy,
  type RunnerPlace,
  restoreCopy,
  runStep,
  type StepOutcome,
  stageFiles,
} from "./runner-steps.js";

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
  const integrity = (m: Migration, file: string, when: string, problems: string[]) => {
    for (const problem of problems) {
      if (reported.has(problem)) continue;
      reported.add(problem);
      findings.push(
        finding("integrity", `${when}, ${problem}; fix the data or constraints the step leaves`, {
          version: m.version,
          file,
        }),
      );
    }
  };
  try {
    await runBefore(place, set);
    let before: Schema = inspectFile(place).schema;
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
      const up = await runStep(place, migration, previous, "up");
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
      if (checksDown(migration, options) && hasDown(input.runner, migration, set)) {
        keepCopy(place, afterUpCopy);
        await verifyDownThroughRunner(place, migration, previous, { before, after }, report, findings);
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
      before = after;
      previous = migration;
    }
    return { migrations: reports, findings, schema: before, touched, engine: engine.info, after: afterEach };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The runner's `before` command on the fresh file: what every migration's state starts from. */
async function runBefore(place: RunnerPlace, set: MigrationSet): Promise<void> {
  const first = set.migrations[0];
  if (!place.runner.before || !first) return;
  const run = await runStep(place, first, undefined, "up", place.runner.before);
  if (run.ok === false) {
    throw new LockstepError(
      "config",
      `the runner's "before" command failed: ${run.failure}; fix it in the config`,
    );
  }
}

/**
 * With `--down new`, the migrations the base has (the first ones of the history) in one call of the tool's
 * "up to" command, where it has one: only the new ones are stepped. Their time shows on the last of them.
 * Undefined when there is nothing to gain or the call fails (then every migration is stepped, as without it).
 */
async function applyBaseAtOnce(
  place: RunnerPlace,
  set: MigrationSet,
  options: ReplaySetOptions,
): Promise<{ reports: MigrationReport[]; schema: Schema; problems: string[] } | undefined> {
  const to = place.runner.to;
  const base = options.baseVersions;
  if (!to || options.down !== "new" || !base) return undefined;
  let count = 0;
  while (count < set.migrations.length && base.has((set.migrations[count] as Migration).version)) count++;
  if (count < 2) return undefined;
  const prefix = set.migrations.slice(0, count);
  for (const m of prefix) stageFiles(place, m);
  const last = prefix[count - 1] as Migration;
  const run = await runStep(place, last, prefix[count - 2], "up", to);
  if (run.ok !== true) {
    restoreCopy(place, join(place.db, "..", "none.sqlite"));
    return undefined;
  }
  const reports = prefix.map((m) => ({ ...newReport(m), up: "ok" as const }));
  (reports[count - 1] as MigrationReport).ms = round(run.ms);
  const { schema, problems } = inspectFile(place);
  return { reports, schema, problems };
}

/** The down, compared with the schema before the up; then the up again, compared with the first up's. */
async function verifyDownThroughRunner(
  place: RunnerPlace,
  migration: Migration,
  previous: Migration | undefined,
  schemas: { before: Schema; after: Schema },
  report: MigrationReport,
  findings: Finding[],
): Promise<void> {
  const v = migration.version;
  const downFile = migration.down?.file ?? migration.code ?? migration.files[0];
  const down = await runStep(place, migration, previous, "down");
  if (down.ok === "skipped") return;
  if (!down.ok) {
    report.down = "failed";
    findings.push(stepFailure(migration, down, "down", place.runner, downFile));
    return;
  }
  const afterDown = inspectFile(place).schema;
  const downDiff = diffSchemas(schemas.before, afterDown);
  if (!isEmptyDiff(downDiff)) {
    report.down = "mismatch";
    findings.push(
      mismatchFinding(
        "down-mismatch",
        downDiff,
        {
          actual: `after the down of ${v}`,
          expected: `before ${v}'s up`,
          advice: "make the down undo exactly what the up did",
        },
        { version: v, file: downFile, line: migration.down?.chunks[0]?.line },
      ),
    );
    return;
  }
  report.down = "ok";
  const redo = await runStep(place, migration, previous, "up");
  if (redo.ok !== true) {
    report.redo = "mismatch";
    const why = redo.ok === false ? redo.failure : redo.why;
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again: ${why}; the down does not undo everything the up needs to run`,
        { version: v, file: migration.up?.file ?? migration.code ?? migration.files[0] },
      ),
    );
    return;
  }
  const redoDiff = diffSchemas(schemas.after, inspectFile(place).schema);
  if (isEmptyDiff(redoDiff)) {
    report.redo = "ok";
    return;
  }
  report.redo = "mismatch";
  findings.push(
    mismatchFinding(
      "redo-mismatch",
      redoDiff,
      {
        actual: `after ${v}'s up ran again`,
        expected: "after its first up",
        problem: "the up does not give the same schema twice",
        advice: "check what the down leaves behind",
      },
      { version: v, file: migration.up?.file ?? migration.code ?? migration.files[0] },
    ),
  );
}

function stepFailure(
  migration: Migration,
  step: Extract<StepOutcome, { ok: false }>,
  direction: "up" | "down",
  runner: Runner,
  file: string | undefined,
): Finding {
  const v = migration.version;
  const where = { version: v, file: step.file ?? file, line: step.line };
  if (step.timedOut) {
    return finding(
      "timeout",
      `the ${direction} of ${v} did not finish: ${step.failure}; if it is slow on purpose, raise the runner's "timeout" in the config`,
      where,
    );
  }
  const next =
    direction === "up"
      ? `fix the migration so ${runner.name} can apply it; the migrations after it were not replayed`
      : `fix the down so ${v} can be rolled back`;
  return finding(
    direction === "up" ? "up-failed" : "down-failed",
    `the ${direction} of ${v} failed: ${step.failure}; ${next}`,
    where,
  );
}

/**
 * Whether to ask for the migration's down. A command reverts "the last one that has a down" to some tools
 * (sqlx skips simple migrations), so it is asked only for a migration the layout says has one; where the
 * layout cannot tell (code it does not read), the tool is asked.
 */
/** The tool applied a migration and the throwaway file is still not there: it migrated another database. */
function wroteElsewhere(runner: Runner, migration: Migration): LockstepError {
  return new LockstepError(
    "config",
    `${runner.name} applied ${migration.version} without creating the throwaway database lockstep gave it, so it migrated another one (the database its own configuration names?); make the runner's command or env point the tool at {db} (see Code migrations in lockstep's README)`,
  );
}

function hasDown(runner: Runner, migration: Migration, set: MigrationSet): boolean {
  // A module says whether it has a down only once imported: runStep skips the down when it has none.
  if (runner.modules && migration.code) return true;
  if (!runner.up) return migration.down !== undefined;
  if (runner.down === undefined) return false;
  if (migration.down !== undefined) return true;
  return migration.code !== undefined && !set.migrations.some((m) => m.down !== undefined);
}

function checksDown(migration: Migration, options: ReplaySetOptions): boolean {
  if (options.downPolicy === "none" || options.down === "none") return false;
  if (options.down === "new") return !options.baseVersions?.has(migration.version);
  return true;
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

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
