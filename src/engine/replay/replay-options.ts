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
