import { type ParseArgsConfig, parseArgs } from "node:util";
import { LockstepError } from "../core/errors.js";
import { diffCommand, type Io, parseDown, parseFormat, replayCommand } from "./commands.js";
import { lockCommand } from "./lock-command.js";

export const VERSION = "0.1.0";

const USAGE = `lockstep ${VERSION} — keeps SQL migrations honest

Usage:
  lockstep replay [DIR] [--config FILE] [--db NAME] [--down all|new|none] [--format text|json|markdown]
  lockstep diff FROM TO [--format text|json|markdown]     FROM/TO: a migrations directory or a SQLite file
  lockstep lock [DIR] [--check] [--config FILE] [--db NAME]   write (or check) each directory's lockstep.sum

Exit codes: 0 no error-level finding, 1 at least one, 2 the command could not do its job.
Docs: the README's CLI reference, rule ids and JSON report.
`;

const LATER = new Set(["check", "guard", "new", "renumber", "init"]);

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
      format: { type: "string" },
    });
    if (positionals.length > 1) throw new LockstepError("usage", "replay takes at most one directory");
    return replayCommand(io, {
      dir: positionals[0],
      config: values.config as string | undefined,
      db: values.db as string | undefined,
      down: parseDown(values.down as string | undefined),
      format: parseFormat(values.format as string | undefined),
    });
  }
  if (command === "diff") {
    const { values, positionals } = parse(rest, { format: { type: "string" } });
    const [from, to] = positionals;
    if (!from || !to || positionals.length !== 2)
      throw new LockstepError("usage", "diff takes exactly two arguments: FROM TO");
    return diffCommand(io, { from, to, format: parseFormat(values.format as string | undefined) });
  }
  if (command === "lock") {
    const { values, positionals } = parse(rest, {
      check: { type: "boolean" },
      config: { type: "string" },
      db: { type: "string" },
    });
    if (positionals.length > 1) throw new LockstepError("usage", "lock takes at most one directory");
    return lockCommand(io, {
      dir: positionals[0],
      check: values.check === true,
      config: values.config as string | undefined,
      db: values.db as string | undefined,
    });
  }
  if (LATER.has(command)) {
    throw new LockstepError(
      "usage",
      `\`lockstep ${command}\` is not available in this version yet (the README lists what is)`,
    );
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
      io.err(`lockstep: ${error.message}\n`);
    } else {
      io.err(
        `lockstep: internal error: ${(error as Error)?.message ?? String(error)} (rerun with LOCKSTEP_DEBUG=1 and report it)\n`,
      );
    }
    if (debug) io.err(`${(error as Error)?.stack ?? ""}\n`);
    return 2;
  }
}
