import { LockstepError } from "../../core/errors.js";
import type { DatabaseReport } from "../../core/report.js";
import { type ReplayRequest, replayDatabase } from "../replay/replay.js";
import { databaseRunner } from "../replay/runner-database.js";
import { openRealDatabase, type RealDatabase, refuseApart, refuseUnknown } from "./real-database.js";

export interface ReplayOnResult {
  real: RealDatabase;
  /** Versions the file already has: not replayed. */
  applied: string[];
  /** The pending migrations, replayed up, down and up again on an in-memory copy of the file. */
  report: DatabaseReport;
}

/** The pending migrations on a copy of a real database, its rows included; the file is never written. */
export async function runReplayOn(
  req: ReplayRequest & { file: string; registry?: string },
): Promise<ReplayOnResult> {
  const real = await openRealDatabase(req);
  if (!real.status) throw new LockstepError("usage", real.noTracking ?? `${req.file} has no tracking table`);
  refuseApart(real, "replay --on");
  refuseUnknown(real, "replay --on");
  if (databaseRunner(real.read.spec))
    throw new LockstepError(
      "usage",
      `replay --on replays SQL migrations on a copy of the file; ${real.read.spec.name}'s migrations run through a runner, which works on a file of its own: run \`lockstep replay\` without --on`,
    );
  const applied = new Set(real.status.applied);
  const set = real.read.set;
  const pending = set.migrations.filter((m) => !applied.has(m.version));
  const read = {
    ...real.read,
    set: {
      ...set,
      migrations: pending,
      // What the reader says of applied migrations was true when they ran; only pending ones are replayed.
      findings: set.findings.filter((f) => f.version === undefined || !applied.has(f.version)),
    },
  };
  const replayed = await replayDatabase(read, { ...req, engine: real.engine, start: real.bytes });
  return { real, applied: real.status.applied, report: replayed.report };
}
