import { relative } from "node:path";
import { cacheLocation } from "../../adapters/cache-location.js";
import { ReplayCache } from "../../adapters/replay-cache.js";
import { repositoryTop } from "../../adapters/repo-files.js";
import {
  chooseEngine,
  type EngineChoice,
  type EngineInfo,
  type EngineName,
  resolveEngine,
} from "../../adapters/sqlite/engine.js";
import { acknowledge } from "../../core/allow.js";
import { LockstepError } from "../../core/errors.js";
import type { Finding } from "../../core/finding.js";
import { type DatabaseReport, type ReplayReport, reportOk } from "../../core/report.js";
import { describeRunner } from "../../core/runner/runner.js";
import type { Schema } from "../../core/schema/index.js";
import { serializeSchema } from "../../core/schema/index.js";
import { setAside } from "../../core/set-aside.js";
import { type KnownPlace, knownPlace, readKnownFile } from "../known/known-file.js";
import { CONFIG_FILE, type LoadedConfig, type LockstepConfig } from "../workspace/config.js";
import { loadBaseline, loadSeeds, type ReadDatabase, readDatabase } from "../workspace/database-tree.js";
import { type DatabaseRequest, type DatabaseSpec, resolveDatabases } from "../workspace/databases.js";
import { submoduleNotes } from "../workspace/git-files.js";
import { verifiedBefore } from "./cached-replay.js";
import { prewarmHost, replayInProcess } from "./replay-process.js";
import type { DownMode, ReplaySetOptions } from "./replay-set.js";
import { DEFAULT_TIMEOUT, prewarmThread, replayWatched } from "./replay-watch.js";
import {
  type CodePolicy,
  databaseRunner,
  RUN_CODE,
  replayRunnerDatabase,
  withheldRunner,
} from "./runner-database.js";

export interface ReplayRequest extends DatabaseRequest {
  down?: DownMode;
  /** Seconds each statement may run (--timeout); else the database's or the config's `timeout`. */
  timeout?: number;
  /** The SQLite engine (--engine); else the config's `engine`; else native where the runtime has it. */
  engine?: EngineChoice;
  /** The verified-prefix cache's directory (--cache); `false`: none (--no-cache); else the default place. */
  cache?: string | false;
  onProgress?: (database: string, done: number, total: number) => void;
  /** `false`: lockstep.known.json is not read, and no finding is set aside as known (known --update). */
  known?: false;
  /** Whether a database's runner may run the repository's code (default: yes, the config asked for it). */
  code?: CodePolicy;
  /** Replay with data (--data, --no-data); else the database's `data` in the config; else off. */
  data?: boolean;
  /** A real database's bytes the replay starts from (`replay --on`): no baseline, no cache. */
  start?: Uint8Array;
}

export interface ReplayOutcome {
  report: ReplayReport;
  /** Final schema per database name, for callers that diff it. */
  schemas: Map<string, Schema>;
  notes: string[];
  /** Where lockstep.known.json is (beside the config), whether or not it exists. */
  known: KnownPlace;
}

/** Replays every configured (or given, or found) migration set: up, down, redo, integrity. */
export async function runReplay(req: ReplayRequest): Promise<ReplayOutcome> {
  let engine: EngineName = "wasm";
  // The replay's process starts while the tree is searched and read.
  const resolved = await resolveDatabases(req, async (loaded) => {
    engine = await prewarmReplay(req, loaded);
  });
  let ranOn: EngineInfo | undefined;
  const databases: DatabaseReport[] = [];
  const schemas = new Map<string, Schema>();
  const submodules = new Set<string>();
  const skipped: string[] = [];
  for (const spec of resolved.specs) {
    const read = await readDatabase(spec, req.cwd, { at: "disk", submodules });
    skipped.push(...(read.set.notes ?? []));
    const replayed = await replayDatabase(read, { ...req, engine }, resolved.config?.config.rules);
    const { report, schema } = replayed;
    ranOn ??= replayed.engine;
    if (report.migrations.length === 0 && report.findings.length === 0) {
      // A green check for a directory with nothing in it would hide a wrong path.
      throw new LockstepError(
        "usage",
        `no migrations in ${report.dir}/: no file there is named like a migration of a supported layout; check the directory, or set "layout" or "pattern" for it in ${CONFIG_FILE}`,
      );
    }
    databases.push(report);
    schemas.set(spec.name, schema);
  }
  const known = knownPlace(resolved.config?.root ?? req.cwd, req.cwd, resolved.config?.top);
  if (req.known !== false) {
    const listed = new Set(readKnownFile(known).entries.map((e) => e.fingerprint));
    for (const db of databases) setAside(db, { known: listed, knownFile: known.shown });
  }
  const report: ReplayReport = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? (await resolveEngine(engine)),
    databases,
  };
  const notes = [...resolved.notes, ...skipped, ...submoduleNotes(req.cwd, undefined, submodules)];
  return { report, schemas, notes, known };
}

/**
 * Starts what will replay (the engine's thread, or for node:sqlite its process) while the caller reads the
 * trees: its start-up and the engine's loading then overlap git and the file reads. Not on node:sqlite when
 * the verified-prefix cache has entries: a warm run answers from it in this process (see verifiedBefore),
 * and on a machine of few cores a process started for nothing slows the reads it was to overlap. Returns the
 * engine chosen.
 */
export async function prewarmReplay(
  req: Pick<ReplayRequest, "cache" | "cwd" | "engine">,
  config: LoadedConfig | undefined,
): Promise<EngineName> {
  const engine = await chooseEngine(req.engine ?? config?.config.engine);
  if (engine !== "native") {
    prewarmThread(engine);
    return engine;
  }
  const dir = cacheLocation(req.cache, req.cwd, config?.top ?? repositoryTop(req.cwd, req.cwd));
  if (!dir || new ReplayCache(dir).storedKeys().size === 0) prewarmHost();
  return engine;
}

/** The generated rows derive from this: the same history gets the same rows on every run and machine. */
const DATA_SEED = 1;

/** Replays one database as one tree holds it (see readDatabase); `baseVersions`: already applied, for `--down new`. */
export async function replayDatabase(
  read: ReadDatabase,
  req: ReplayRequest,
  rules?: LockstepConfig["rules"],
  baseVersions?: ReadonlySet<string>,
): Promise<{
  report: DatabaseReport;
  schema: Schema;
  touched: Map<string, string[]>;
  timedOut?: boolean;
  engine: EngineInfo;
  after?: Map<string, Schema>;
}> {
  const { spec, set } = read;
  const engine = await chooseEngine(req.engine);
  const options: ReplaySetOptions = {
    down: req.down ?? "all",
    engine,
    downPolicy: spec.config.down ?? "optional",
    baseline: req.start ? undefined : await loadBaseline(read, req.cwd),
    baseVersions,
    // A cached prefix is of an empty database: a replay on a real one starts from its bytes instead.
    cache: req.start ? undefined : cacheOptions(req, spec),
    start: req.start,
    data:
      (req.data ?? spec.config.data ?? false)
        ? { seed: DATA_SEED, seeds: await loadSeeds(read, req.cwd) }
        : undefined,
    idempotent: spec.config.idempotent ?? false,
  };
  const timeout = req.timeout ?? spec.config.timeout ?? DEFAULT_TIMEOUT;
  const runner = databaseRunner(spec);
  const withheld = runner && withheldRunner(spec, req.code ?? RUN_CODE, req.cwd);
  const runs = runner !== undefined && withheld === undefined;
  // node:sqlite cannot be stopped by ending its thread: a native replay runs in a process of its own.
  const watch = engine === "native" ? replayInProcess : replayWatched;
  const result: Awaited<ReturnType<typeof watch>> = runs
    ? await replayRunnerDatabase(read, runner, options, {
        cwd: req.cwd,
        env: req.env,
        timeoutSeconds: timeout,
      })
    : ((await verifiedBefore(set, options, spec)) ??
      (await watch({
        set,
        options,
        spec,
        cwd: req.cwd,
        timeout,
        onProgress: req.onProgress ? (done, total) => req.onProgress?.(spec.name, done, total) : undefined,
      })));
  if (withheld) result.findings.unshift(withheld);
  const report: DatabaseReport = {
    name: spec.name,
    dir: relative(req.cwd, spec.dir).split("\\").join("/") || ".",
    format: set.layout,
    formatReason: set.reason,
    runner: runs ? describeRunner(runner) : undefined,
    migrations: result.migrations,
    data: options.data ? true : undefined,
    schema: serializeSchema(result.schema),
    findings: applyRules(
      acknowledge([...readFindings(set.findings, result.findings), ...result.findings], set, read.files),
      rules,
    ),
  };
  return {
    report,
    schema: result.schema,
    touched: result.touched,
    timedOut: "timedOut" in result ? result.timedOut : undefined,
    engine: result.engine,
    after: "after" in result ? result.after : undefined,
  };
}

/**
 * The reader's findings, less a `down-missing` (an empty code down, read as text) that the replay itself
 * shows as what the down leaves behind: one problem, said once.
 */
function readFindings(read: readonly Finding[], replayed: readonly Finding[]): Finding[] {
  const shown = new Set(replayed.filter((f) => f.rule === "down-mismatch").map((f) => f.version));
  return read.filter((f) => !(f.rule === "down-missing" && shown.has(f.version)));
}

/** Severities are configurable per rule; `off` drops the rule's findings. */
export function applyRules(findings: Finding[], rules?: LockstepConfig["rules"]): Finding[] {
  if (!rules) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules[f.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

function cacheOptions(req: ReplayRequest, spec: DatabaseSpec): ReplaySetOptions["cache"] {
  const dir = cacheLocation(req.cache, req.cwd, spec.top);
  return dir ? { dir, replacements: spec.config.replacements } : undefined;
}
