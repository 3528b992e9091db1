import { mkdirSync, rmSync } from "node:fs";
import { LockstepError } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import type { Runner } from "../../core/runner/runner.js";
import { diffSchemas, isColumnOrderOnly, isEmptyDiff, type Schema } from "../../core/schema/index.js";
import { columnOrderFinding, downMismatch, redoMismatch } from "./mismatch.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { newReport, round } from "./replay-set.js";
import { isBlank } from "./replay-steps.js";
import { clearFile, inspectFile, readFileSchema, stageFiles } from "./runner-file.js";
import type { RunnerPlace } from "./runner-place.js";
import { runStep, type StepOutcome } from "./runner-steps.js";

// The parts of a runner replay around the step loop: the setup command, the base in one call, the down.

/** The runner's `before` command on the fresh file: what every migration's state starts from. */
export async function runBefore(place: RunnerPlace, set: MigrationSet): Promise<void> {
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
export async function applyBaseAtOnce(
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
    // Back to nothing applied and nothing staged: the replay then steps through every migration.
    clearFile(place);
    if (place.dir !== place.source) {
      rmSync(place.dir, { recursive: true, force: true });
      mkdirSync(place.dir, { recursive: true });
    }
    return undefined;
  }
  const reports = prefix.map((m) => ({ ...newReport(m), up: "ok" as const }));
  (reports[count - 1] as MigrationReport).ms = round(run.ms);
  const { schema, problems } = inspectFile(place);
  return { reports, schema, problems };
}

/** The down, compared with the schema before the up; then the up again, compared with the first up's. */
export async function verifyDownThroughRunner(
  place: RunnerPlace,
  migration: Migration,
  previous: Migration | undefined,
  schemas: { before: Schema; after: Schema },
  report: MigrationReport,
  findings: Finding[],
  /** Told the schema after a down that restored it (the data comparison), with the down's file. */
  onRestored?: (afterDown: Schema, file: string | undefined) => void,
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
  const afterDown = readFileSchema(place);
  const downDiff = diffSchemas(schemas.before, afterDown);
  const downWhere = { version: v, file: downFile, line: migration.down?.chunks[0]?.line };
  // As in lockstep's own replay: columns in another order are a warning, anything else a mismatch.
  const columnOrder = !isEmptyDiff(downDiff) && isColumnOrderOnly(downDiff) ? downDiff : undefined;
  if (!isEmptyDiff(downDiff) && !columnOrder) {
    report.down = "mismatch";
    const lead =
      migration.down && isBlank(migration.down)
        ? `the down of ${v} is empty but its up changed the schema: `
        : "";
    findings.push(downMismatch(v, downDiff, downWhere, migration.code ? "" : lead));
    return;
  }
  report.down = "ok";
  onRestored?.(afterDown, downFile);
  const upFile = migration.up?.file ?? migration.code ?? migration.files[0];
  const redo = await runStep(place, migration, previous, "up");
  if (redo.ok !== true) {
    report.redo = "mismatch";
    const why = redo.ok === false ? redo.failure : redo.why;
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again: ${why}; the down does not undo everything the up needs to run`,
        { version: v, file: upFile },
      ),
    );
    return;
  }
  const redoDiff = diffSchemas(schemas.after, readFileSchema(place));
  const redoOrderOnly = !isEmptyDiff(redoDiff) && isColumnOrderOnly(redoDiff);
  if (columnOrder) findings.push(columnOrderFinding(v, columnOrder, redoOrderOnly, downWhere));
  if (isEmptyDiff(redoDiff) || (redoOrderOnly && columnOrder)) {
    report.redo = "ok";
    return;
  }
  report.redo = "mismatch";
  findings.push(redoMismatch(v, redoDiff, { version: v, file: upFile, line: migration.up?.chunks[0]?.line }));
}

/** A step that failed, as the finding of its direction (a timeout as `timeout`). */
export function stepFailure(
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
