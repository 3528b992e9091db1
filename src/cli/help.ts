import { VERSION } from "../version.js";
import type { CommandSpec } from "./command-spec.js";
import { optionDescription, optionSyntax, positionalSyntax, usageLines, wrap } from "./usage.js";

const WIDTH = 100;

export const EXIT_CODES =
  "Exit codes: 0 no error-level finding, 1 at least one, 2 the command could not do its job.";

/** Two columns: the syntax, then its description wrapped beside it (below it when the syntax is long). */
function table(rows: [string, string][]): string[] {
  const column = Math.min(26, Math.max(...rows.map(([left]) => left.length)) + 4);
  const pad = " ".repeat(column);
  return rows.flatMap(([left, right]) => {
    const text = wrap(right, WIDTH, pad);
    const first = `  ${left}`;
    if (first.length + 2 > column) return [first, ...text];
    return [first + (text[0] as string).slice(first.length), ...text.slice(1)];
  });
}

/** `lockstep COMMAND --help`: usage, arguments, every option, examples. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`lockstep ${spec.name} — ${spec.summary}`, "", "Usage:"];
  lines.push(...usageLines(spec, WIDTH - 2).map((line) => `  ${line}`));
  if (spec.positionals.length > 0) {
    lines.push("", "Arguments:");
    lines.push(...table(spec.positionals.map((p) => [positionalSyntax(p), p.description])));
  }
  lines.push("", "Options:");
  lines.push(
    ...table([
      ...Object.entries(spec.options).map(([name, option]): [string, string] => [
        optionSyntax(name, option),
        optionDescription(option),
      ]),
      ["-h, --help", "prints this help"],
    ]),
  );
  lines.push("", "Examples:", ...spec.examples.map((example) => `  ${example}`), "", EXIT_CODES);
  return `${lines.join("\n")}\n`;
}

/** `lockstep --help`: every command with its summary. */
export function topHelp(commands: readonly CommandSpec[]): string {
  const rows = commands.map((spec): [string, string] => [
    [
      spec.name,
      ...spec.positionals.map((p) => (p.required ? positionalSyntax(p) : `[${positionalSyntax(p)}]`)),
    ].join(" "),
    spec.summary,
  ]);
  rows.push(["help [COMMAND]", "prints this help, or a command's usage, options and examples"]);
  return `${[
    `lockstep ${VERSION} — keeps SQL migrations honest`,
    "",
    "Usage: lockstep COMMAND [ARGUMENTS] [OPTIONS]",
    "",
    "Commands:",
    ...table(rows),
    "",
    "Options: -h, --help prints this help; -v, --version prints the version.",
    "`lockstep COMMAND --help` or `lockstep help COMMAND` shows the command's usage, every option and examples.",
    "",
    EXIT_CODES,
    "Docs: the README's CLI reference, rule ids and JSON report.",
  ].join("\n")}\n`;
}
