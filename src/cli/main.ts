import { type ParseArgsConfig, parseArgs } from "node:util";
import { LockstepError } from "../core/errors.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { VERSION } from "../version.js";
import { type Io, parseDown, parseFormat, parseTimeout } from "./io.js";

const USAGE = `lockstep ${VERSION} — keeps SQL migrations honest

Usage:
  lockstep replay [DIR] [--config FILE] [--db NAME] [--down all|new|none] [--timeout SECONDS] [--format text|json|markdown]
  lockstep diff FROM TO [--format text|json|markdown]     FROM/TO: a migrations directory, a SQLite file or REF:DIR
  lockstep lock [DIR] [--check] [--amend VERSION --reason TEXT] [--config FILE] [--db NAME]
  lockstep guard --staged [--base REF] [--config FILE] [--db NAME]   the pre-commit check
  lockstep init                                         config, lock files, husky hooks and a CI workflow
  lockstep new NAME [--db NAME]                          the next migration, in the set's own scheme and layout
  lockstep renumber [--base REF] [--dry-run]             move new migrations that clash with applied ones after them
  lockstep check [--base REF] [--down all|new|none] [--timeout SECONDS] [--format text|json|markdown] [--json-out FILE] [--markdown-out FILE]

Exit codes: 0 no error-level finding, 1 at least one, 2 the command could not do its job.
Docs: the README's CLI reference, rule ids and JSON report.
`;

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new LockstepError("usage", `${(cause as Error).message.split("\n")[0]}; see \`lockstep --help\``, {
      cause,
    });
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === "replay") {
    const { values, positionals } = parse(rest, {
      config: { type: "string" },
      db: { type: "string" },
      down: { type: "string" },
      timeout: { type: "string" },
      format: { type: "string" },
    });
    if (positionals.length > 1) throw new LockstepError("usage", "replay takes at most one directory");
    // Each command loads only its own code: the pre-commit hook must start fast.
    const { replayCommand } = await import("./commands.js");
    return replayCommand(io, {
      dir: positionals[0],
      config: values.config as string | undefined,
      db: values.db as string | undefined,
      down: parseDown(values.down as string | undefined),
      timeout: parseTimeout(values.timeout as string | undefined),
      format: parseFormat(values.format as string | undefined),
    });
  }
  if (command === "diff") {
    const { values, positionals } = parse(rest, { format: { type: "string" } });
    const [from, to] = positionals;
    if (!from || !to || positionals.length !== 2)
      throw new LockstepError("usage", "diff takes exactly two arguments: FROM TO");
    const { diffCommand } = await import("./commands.js");
    return diffCommand(io, { from, to, format: parseFormat(values.format as string | undefined) });
  }
  if (command === "lock") {
    const { values, positionals } = parse(rest, {
      check: { type: "boolean" },
      amend: { type: "string" },
      reason: { type: "string" },
      config: { type: "string" },
      db: { type: "string" },
    });
    if (positionals.length > 1) throw new LockstepError("usage", "lock takes at most one directory");
    const reason = (values.reason as string | undefined)?.trim();
    if ((values.amend === undefined) !== (reason === undefined) || reason === "")
      throw new LockstepError(
        "usage",
        'lock --amend VERSION needs --reason "why this applied migration was edited"',
      );
    if (values.amend !== undefined && values.check)
      throw new LockstepError("usage", "--amend and --check do not go together");
    const { lockCommand } = await import("./lock-command.js");
    return lockCommand(io, {
      amend:
        values.amend !== undefined
          ? { version: values.amend as string, reason: reason as string }
          : undefined,
      dir: positionals[0],
      check: values.check === true,
      config: values.config as string | undefined,
      db: values.db as string | undefined,
    });
  }
  if (command === "init") {
    const { positionals } = parse(rest, {});
    if (positionals.length > 0)
      throw new LockstepError("usage", "init takes no arguments; run it at the top of the repository");
    const { runInit } = await import("../engine/workspace/init.js");
    const { done, next } = await runInit(io.cwd);
    if (done.length === 0) {
      io.out("lockstep is already set up here: nothing to do\n");
      return 0;
    }
    for (const line of done) io.out(`${shown(line)}\n`);
    for (const line of next) io.out(`next: ${shown(line)}\n`);
    return 0;
  }
  if (command === "check") {
    const { values, positionals } = parse(rest, {
      base: { type: "string" },
      config: { type: "string" },
      db: { type: "string" },
      down: { type: "string" },
      timeout: { type: "string" },
      format: { type: "string" },
      "json-out": { type: "string" },
      "markdown-out": { type: "string" },
    });
    if (positionals.length > 0) throw new LockstepError("usage", "check takes no arguments, only options");
    const { checkCommand } = await import("./check-command.js");
    return checkCommand(io, {
      base: values.base as string | undefined,
      config: values.config as string | undefined,
      db: values.db as string | undefined,
      down: parseDown(values.down as string | undefined),
      timeout: parseTimeout(values.timeout as string | undefined),
      format: parseFormat(values.format as string | undefined),
      jsonOut: values["json-out"] as string | undefined,
      markdownOut: values["markdown-out"] as string | undefined,
    });
  }
  if (command === "guard") {
    const { values, positionals } = parse(rest, {
      staged: { type: "boolean" },
      base: { type: "string" },
      config: { type: "string" },
      db: { type: "string" },
    });
    if (positionals.length > 0) throw new LockstepError("usage", "guard takes no arguments, only options");
    if (!values.staged)
      throw new LockstepError(
        "usage",
        "guard checks the staged change: run `lockstep guard --staged` (the pre-commit hook does)",
      );
    const { guardCommand } = await import("./guard-command.js");
    return guardCommand(io, {
      base: values.base as string | undefined,
      config: values.config as string | undefined,
      db: values.db as string | undefined,
    });
  }
  if (command === "new") {
    const { values, positionals } = parse(rest, { db: { type: "string" }, config: { type: "string" } });
    const [name] = positionals;
    if (!name || positionals.length !== 1)
      throw new LockstepError("usage", "new takes exactly one argument: the migration's NAME");
    const { newCommand } = await import("./authoring-command.js");
    return newCommand(io, {
      name,
      db: values.db as string | undefined,
      config: values.config as string | undefined,
    });
  }
  if (command === "renumber") {
    const { values, positionals } = parse(rest, {
      base: { type: "string" },
      "dry-run": { type: "boolean" },
      db: { type: "string" },
      config: { type: "string" },
    });
    if (positionals.length > 0) throw new LockstepError("usage", "renumber takes no arguments, only options");
    const { renumberCommand } = await import("./authoring-command.js");
    return renumberCommand(io, {
      base: values.base as string | undefined,
      dryRun: values["dry-run"] === true,
      db: values.db as string | undefined,
      config: values.config as string | undefined,
    });
  }
  throw new LockstepError("usage", `unknown command "${command}"; see \`lockstep --help\``);
}

/** Runs the CLI and returns the exit code; the caller sets it. Faults print one line, stacks only with LOCKSTEP_DEBUG=1. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const debug = io.env.LOCKSTEP_DEBUG === "1";
    if (error instanceof LockstepError) {
      io.err(`lockstep: ${shown(error.message)}\n`);
    } else {
      io.err(
        `lockstep: internal error: ${shown((error as Error)?.message ?? String(error))} (rerun with LOCKSTEP_DEBUG=1 and report it)\n`,
      );
    }
    if (debug) io.err(`${(error as Error)?.stack ?? ""}\n`);
    return 2;
  }
}
