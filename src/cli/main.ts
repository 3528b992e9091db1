import { closest } from "../core/closest.js";
import { LockstepError } from "../core/errors.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { VERSION } from "../version.js";
import type { CommandSpec } from "./command-spec.js";
import { COMMANDS } from "./command-table.js";
import { commandHelp, topHelp } from "./help.js";
import type { Io } from "./io.js";
import { parseCommandLine } from "./parse-command-line.js";

const TOP_OPTIONS = ["help", "version"];

function findCommand(name: string): CommandSpec {
  const spec = COMMANDS.find((c) => c.name === name);
  if (spec) return spec;
  const names = COMMANDS.map((c) => c.name);
  const guess = closest(name, [...names, "help"]);
  const next = guess ? `did you mean \`${guess}\`?` : `the commands are ${names.join(", ")}`;
  throw new LockstepError("usage", `unknown command "${name}"; ${next} (see \`lockstep --help\`)`);
}

/** `lockstep --foo`: an option before any command; lockstep itself takes only --help and --version. */
function unknownTopOption(arg: string): LockstepError {
  const written = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
  const name = written.replace(/^--?/, "");
  const owners = COMMANDS.filter((c) => Object.hasOwn(c.options, name)).map((c) => c.name);
  const guess = closest(name, TOP_OPTIONS);
  const next =
    owners.length > 0
      ? `--${name} is an option of ${owners.join(", ")}: put it after the command, e.g. \`lockstep ${owners[0]} --${name} …\``
      : `${guess ? `did you mean --${guess}? ` : ""}lockstep takes only --help and --version before a command; see \`lockstep --help\``;
  return new LockstepError("usage", `unknown option ${written}; ${next}`);
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    io.out(topHelp(COMMANDS));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (first === "help") {
    const [name, ...extra] = rest;
    if (extra.length > 0)
      throw new LockstepError("usage", "help takes at most one argument: COMMAND; see `lockstep --help`");
    const top = name === undefined || name === "help" || name === "--help" || name === "-h";
    if (!top && name.startsWith("-")) throw unknownTopOption(name);
    io.out(top ? topHelp(COMMANDS) : commandHelp(findCommand(name)));
    return 0;
  }
  if (first.startsWith("-")) throw unknownTopOption(first);
  const spec = findCommand(first);
  const parsed = parseCommandLine(spec, rest);
  if (parsed.help) {
    io.out(commandHelp(spec));
    return 0;
  }
  return spec.run(io, parsed.values);
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
