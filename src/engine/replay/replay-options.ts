import type { EngineChoice, EngineInfo } from "../../adapters/sqlite/types.js";
import type { Finding } from "../../core/finding.js";
import type { MigrationScript } from "../../core/migration.js";
import type { MigrationReport } from "../../core/report.js";
import type { SqlRewrite } from "./execute.js";

/** `all`: verify every down; `new`: only those of migrations the base does not have; `none`: no downs. */
export type DownMode = "all" | "new" | "none";

export interface ReplaySetOptions {
  down: DownMode;
  /** The SQLite engine to replay on (default: native where the runtime has it). */
  engine?: EngineChoice;
  /** `required` turns a missing down into an error; `none` skips downs entirely. */
  downPolicy: "required" | "optional" | "none";
  baseline?: MigrationScript;
  /** A real database's bytes to start from instead of an empty database (`replay --on`); never written back. */
  start?: Uint8Array;
  /** The database's `idempotent`: every up runs twice (a file's `-- lockstep:idempotent` asks it alone). */
  idempotent?: boolean;
  functions?: Record<string, (...args: never[]) => unknown>;
  /** The `functions` config key as written, for a message about a function it lacks. */
  functionsModule?: string;
  rewrite?: SqlRewrite;
  /** Versions that are already applied on the base branch (for `--down new`). */
  baseVersions?: ReadonlySet<string>;
  /** `partial`: the reports of the migrations done so far and the findings so far (appended to as it goes). */
  onProgress?: (done: number, total: number, partial: PartialReplay) => void;
  trace?: ReplayTrace;
  /** The verified-prefix cache: its directory, and the config's text replacements (part of every key). */
  cache?: { dir: string; replacements?: readonly { from: string; to: string }[] };
  /** Replay with data: every user table holds a few generated rows before each up, and the seed files run. */
  data?: DataOptions;
}

export interface DataOptions {
  /** What the generated values derive from: the same seed, the same rows. */
  seed: number;
  /** The user's seed SQL, each run after the migration `after` names (`every`: after each one). */
  seeds: { script: MigrationScript; after: string }[];
}

export interface PartialReplay {
  migrations: readonly MigrationReport[];
  findings: readonly Finding[];
  engine: EngineInfo;
}

/** Where the replay is, for a watcher that must name the statement if it never returns. */
export interface ReplayTrace {
  statement(script: MigrationScript, chunk: number, offset: number, length: number): void;
  /** The script's statements are done: lockstep's own checks follow. */
  settled(script: MigrationScript): void;
}
