import type { EngineInfo } from "../../adapters/sqlite/types.js";
import type { LockstepErrorKind } from "../../core/errors.js";
import { type Finding, finding } from "../../core/finding.js";
import type { Migration, MigrationScript, MigrationSet } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import { positionIn, skipTrivia } from "../../core/text-position.js";
import type { DatabaseSpec } from "../workspace/databases.js";
import type { SqlRewrite } from "./execute.js";
import type { ReplaySetOptions, ReplaySetResult } from "./replay-set.js";
import { quoteStatement } from "./replay-steps.js";

/** What the replay thread gets: all of it survives a structured clone (no functions, no classes). */
export interface Job {
  set: MigrationSet;
  options: Pick<ReplaySetOptions, "down" | "downPolicy" | "baseline" | "baseVersions" | "engine" | "cache">;
  /** The worker imports the `functions` module itself, and builds the rewrite from the spec's replacements. */
  spec: DatabaseSpec;
  cwd: string;
  /** An Int32Array over it, indexed by Slot: where the replay is. */
  position: SharedArrayBuffer;
}

export type WorkerMessage =
  | {
      type: "progress";
      done: number;
      total: number;
      migrations: MigrationReport[];
      findings: Finding[];
      engine: EngineInfo;
    }
  | { type: "done"; result: ReplaySetResult }
  | { type: "fault"; kind: LockstepErrorKind; message: string; stack?: string };

export enum Slot {
  /** Bumped after every other slot is written: a watcher that sees it unchanged sees the same step. */
  Seq = 0,
  Phase = 1,
  /** scriptIds(): -2 none, -1 the baseline, 2i the up of migration i, 2i+1 its down. */
  Script = 2,
  Chunk = 3,
  Offset = 4,
  Length = 5,
  /** 1 when the script ran before in this replay: the redo after a down, or a rebuild. */
  Again = 6,
}
export const SLOTS = 7;

export enum Phase {
  Starting = 0,
  /** Importing the `functions` module. */
  Importing = 1,
  /** Running one of the migrations' statements. */
  Statement = 2,
  /** lockstep's own work between statements: schema reads and integrity checks after Script. */
  Checking = 3,
  Done = 4,
}

/** Every script of the set by identity, so a script the worker runs can be named by a number. */
export function scriptIds(set: MigrationSet, baseline?: MigrationScript): Map<MigrationScript, number> {
  const ids = new Map<MigrationScript, number>();
  if (baseline) ids.set(baseline, -1);
  for (const [i, m] of set.migrations.entries()) {
    if (m.up) ids.set(m.up, 2 * i);
    if (m.down) ids.set(m.down, 2 * i + 1);
  }
  return ids;
}

export interface StoppedAt {
  phase: Phase;
  script: number;
  chunk: number;
  offset: number;
  length: number;
  again: boolean;
}

export function readPosition(position: Int32Array): StoppedAt {
  return {
    phase: Atomics.load(position, Slot.Phase),
    script: position[Slot.Script] ?? -2,
    chunk: position[Slot.Chunk] ?? 0,
    offset: position[Slot.Offset] ?? 0,
    length: position[Slot.Length] ?? 0,
    again: position[Slot.Again] === 1,
  };
}

/**
 * The `timeout` finding for a replay stopped at `at`, and the report of the migration it was in. `done`: the
 * reports that came back before it stopped; a script run again (the redo, a rebuild) is said to be.
 */
export function timeoutFinding(
  set: MigrationSet,
  baseline: MigrationScript | undefined,
  rewrite: SqlRewrite | undefined,
  at: StoppedAt,
  seconds: number,
  done: MigrationReport[],
): { finding: Finding; report?: MigrationReport } {
  const budget = `its time budget of ${seconds} s`;
  const next = `; if it is only slow, raise "timeout" in the config (or pass --timeout SECONDS)`;
  const migration: Migration | undefined = at.script >= 0 ? set.migrations[at.script >> 1] : undefined;
  const script =
    at.script === -1
      ? baseline
      : at.script >= 0
        ? at.script % 2 === 0
          ? migration?.up
          : migration?.down
        : undefined;
  const current = set.migrations[done.length];
  const report = current ? stuckReport(current, at, migration) : undefined;
  if (!script) {
    const where = current ? ` while replaying ${current.version}` : "";
    return {
      finding: finding(
        "timeout",
        `the replay ran past ${budget}${where}; it was stopped, and nothing after it was replayed${next}`,
        {
          version: current?.version,
        },
      ),
      report,
    };
  }
  const which =
    at.script === -1 ? "the baseline" : `the ${at.script % 2 === 0 ? "up" : "down"} of ${migration?.version}`;
  const again = !at.again
    ? ""
    : current === migration
      ? " (run again after its down)"
      : " (run again to rebuild the database after a down left it wrong)";
  const version = migration?.version;
  if (at.phase !== Phase.Statement) {
    return {
      finding: finding(
        "timeout",
        `lockstep's own checks after ${which} (${script.file}) ran past ${budget}; the replay was stopped, and nothing after it was replayed${next}`,
        { version, file: script.file },
      ),
      report,
    };
  }
  const chunk = script.chunks[at.chunk] ?? script.chunks[0];
  const sql = chunk ? (rewrite ? rewrite(chunk.sql) : chunk.sql) : "";
  const start = skipTrivia(sql, at.offset);
  const { line, column } = chunk ? positionIn(sql, start, chunk) : { line: 1, column: 1 };
  const statement = quoteStatement(sql.slice(start, at.offset + at.length));
  return {
    finding: finding(
      "timeout",
      `a statement of ${which}${again} ran past ${budget} at ${script.file}:${line}:${column} (${statement}): it was stopped, and the migrations after it were not replayed; make it finish (a recursive query needs a condition that ends it)${next}`,
      { version, file: script.file, line, column },
    ),
    report,
  };
}

function stuckReport(current: Migration, at: StoppedAt, running: Migration | undefined): MigrationReport {
  const report: MigrationReport = {
    version: current.version,
    name: current.name,
    files: current.files,
    up: "not-run",
    down: "not-run",
    redo: "not-run",
    ms: 0,
  };
  if (running !== current) return report;
  if (at.script % 2 === 0 && !at.again) report.up = "failed";
  else if (at.script % 2 === 0) {
    report.up = "ok";
    report.down = "ok";
  } else {
    report.up = "ok";
    report.down = "failed";
  }
  return report;
}
