import { writeFileSync } from "node:fs";
import { importProjectModule } from "../../adapters/import-module.js";
import { ModuleDatabase } from "../../adapters/module-db.js";
import { type CommandRun, runCommand } from "../../adapters/run-command.js";
import { codeSpan } from "../../core/code-span.js";
import { escapeRegExp } from "../../core/discovery/config-text.js";
import { LockstepError } from "../../core/errors.js";
import { bound } from "../../core/excerpt.js";
import type { Migration, MigrationScript } from "../../core/migration.js";
import { commandWords, fillPlaceholders } from "../../core/runner/command-line.js";
import { type Runner, scriptFor, stepValues } from "../../core/runner/runner.js";
import { executeScript } from "./execute.js";
import { quoteStatement } from "./replay-steps.js";
import { openFile } from "./runner-file.js";
import type { RunnerPlace } from "./runner-place.js";

/** How one step went: ran, failed (with where and why, in words for a message), or cannot run here. */
export type StepOutcome =
  | { ok: true; ms: number }
  | { ok: false; ms: number; failure: string; line?: number; file?: string; timedOut?: boolean }
  | { ok: "skipped"; why: string };

/**
 * Applies (`up`) or reverts (`down`) one migration on the file, through the tool or in-process for SQL;
 * `command`: this command line of the runner's instead (its "up to").
 */
export async function runStep(
  place: RunnerPlace,
  migration: Migration,
  previous: Migration | undefined,
  direction: "up" | "down",
  command?: string,
): Promise<StepOutcome> {
  const { runner } = place;
  if (command) return runTool(place, migration, previous, command);
  if (runner.modules && migration.code) return runModule(place, migration, direction);
  const line = runner.up
    ? direction === "up"
      ? runner.up
      : runner.down
    : scriptLine(runner, migration, direction);
  if (line) return runTool(place, migration, previous, line);
  if (runner.up) return { ok: "skipped", why: `${runner.name} has no down command in the runner` };
  const script = direction === "up" ? migration.up : migration.down;
  if (script) return runSql(place, script);
  if (migration.code) return { ok: "skipped", why: skippedCode(runner, migration, direction) };
  return { ok: "skipped", why: "it has no down" };
}

function scriptLine(runner: Runner, migration: Migration, direction: "up" | "down"): string | undefined {
  // A per-file script is one program: it applies; there is nothing to revert it with.
  return direction === "up" ? scriptFor(runner, migration) : undefined;
}

function skippedCode(runner: Runner, migration: Migration, direction: "up" | "down"): string {
  if (direction === "down") return "a per-file script has no down";
  const ext = (migration.code ?? "").slice((migration.code ?? "").lastIndexOf(".") + 1);
  const kinds = Object.keys(runner.scripts).map((k) => `.${k}`);
  return `the runner has no command for .${ext} files${kinds.length ? ` (it runs ${kinds.join(", ")})` : ""}`;
}

async function runTool(
  place: RunnerPlace,
  migration: Migration,
  previous: Migration | undefined,
  line: string,
): Promise<StepOutcome> {
  const file = place.resolve(migration.code ?? migration.files[0] ?? "");
  const upTo = place.order.slice(0, place.order.indexOf(migration) + 1);
  const files = upTo.map((m) => place.resolve(m.code ?? m.files[0] ?? ""));
  const values = stepValues(place.runner, migration, previous, {
    db: place.db,
    dir: place.dir,
    file,
    files,
    setup: place.setup,
  });
  const words = commandWords(line, values);
  if ("problem" in words)
    throw new LockstepError("config", `the runner's command \`${line}\` cannot run: ${words.problem}`);
  const env: Record<string, string | undefined> = { ...place.env };
  for (const [key, value] of Object.entries(place.runner.env)) env[key] = fillPlaceholders(value, values);
  const run = await runCommand(words.argv, { cwd: place.cwd, env, timeoutMs: place.timeoutMs });
  if (run.failure === "not-started") {
    throw new LockstepError(
      "config",
      `the runner's \`${words.argv[0]}\` could not be started (${run.startError}): install it or put it on PATH, or correct "runner" in the config`,
    );
  }
  if (run.code === 0) return { ok: true, ms: run.ms };
  const shown = codeSpan(bound(shownCommand(place, words.argv), 160));
  const where = placeInOutput(run.output, file);
  if (run.failure === "timeout") {
    const seconds = Math.round(place.timeoutMs / 1000);
    return {
      ok: false,
      ms: run.ms,
      timedOut: true,
      failure: `${shown} ran past ${seconds} s and was stopped${lastLines(run)}`,
    };
  }
  return {
    ok: false,
    ms: run.ms,
    failure: `${shown} exited with code ${run.code}${lastLines(run)}`,
    line: where,
    file: where ? (migration.code ?? migration.files[0]) : undefined,
  };
}

/** The command as the user would type it: the throwaway paths by their placeholder, theirs relative. */
function shownCommand(place: RunnerPlace, argv: readonly string[]): string {
  const temp = (w: string) =>
    w
      .split(place.db)
      .join("{db}")
      .split(place.dir === place.source ? "\0" : place.dir)
      .join("{dir}");
  return argv.map((w) => temp(w).split(`${place.cwd}/`).join("")).join(" ");
}

/** The end of what the tool printed, as one quoted line: a traceback's last lines name the error. */
function lastLines(run: CommandRun): string {
  const lines = run.output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return " and printed nothing";
  // The error itself (Python's last traceback line, Node's `SqliteError: …`) over a runtime's closing lines.
  const error = [...lines].reverse().find((l) => /^[\w.$]*(Error|Exception)\b:?\s/.test(l));
  const shown = error ?? lines.slice(-3).join(" ⏎ ");
  return `; it printed ${codeSpan(bound(shown, 400))}`;
}

/**
 * The line of the migration's own file that the tool's output names last: a Python traceback's
 * `File "<path>", line 12`, or a Node, Go or Ruby `<path>:12:5`.
 */
export function placeInOutput(output: string, file: string): number | undefined {
  let line: number | undefined;
  const escaped = escapeRegExp(file);
  const patterns = [new RegExp(`"${escaped}", line (\\d+)`, "g"), new RegExp(`${escaped}:(\\d+)`, "g")];
  let at = -1;
  for (const pattern of patterns) {
    for (const m of output.matchAll(pattern)) {
      if ((m.index ?? 0) > at) {
        at = m.index ?? 0;
        line = Number(m[1]);
      }
    }
  }
  return line;
}

/**
 * A migration module's `up(db)` or `down(db)`, called by lockstep with a better-sqlite3-like database over
 * the file, inside one transaction as such runners wrap each migration.
 */
async function runModule(
  place: RunnerPlace,
  migration: Migration,
  direction: "up" | "down",
): Promise<StepOutcome> {
  const file = place.resolve(migration.code as string);
  const mod = await importProjectModule(file, place.cwd);
  const fallback = mod.default as Record<string, unknown> | undefined;
  const fn = mod[direction] ?? fallback?.[direction];
  if (typeof fn !== "function") {
    if (direction === "down") return { ok: "skipped", why: "it exports no down" };
    return { ok: false, ms: 0, failure: `${migration.code} exports no up function`, file: migration.code };
  }
  const db = openFile(place);
  const wrapped = new ModuleDatabase(db);
  const started = performance.now();
  try {
    await wrapped.within(() => fn(wrapped));
    writeFileSync(place.db, db.export());
    return { ok: true, ms: performance.now() - started };
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const line = placeInOutput(stack, file);
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      ms: performance.now() - started,
      failure: `${direction}(db) threw ${codeSpan(bound(message, 300))}`,
      line,
      file: line ? migration.code : undefined,
    };
  } finally {
    wrapped.close();
    db.close();
  }
}

/** A SQL file of a mixed set, run by lockstep itself on the file, as its tool would. */
function runSql(place: RunnerPlace, script: MigrationScript): StepOutcome {
  const db = openFile(place);
  try {
    for (const [name, fn] of Object.entries(place.functions ?? {})) db.defineFunction(name, fn);
    const result = executeScript(db, script);
    writeFileSync(place.db, db.export());
    if (result.ok || !result.failure) return { ok: true, ms: result.ms };
    const f = result.failure;
    return {
      ok: false,
      ms: result.ms,
      failure: `${script.file}:${f.line}:${f.column} (${quoteStatement(f.statement)}): ${f.message}`,
      line: f.line,
      file: script.file,
    };
  } finally {
    db.close();
  }
}
