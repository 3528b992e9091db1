import type { CommandSpec } from "./command-spec.js";
import { optionDescription, optionSyntax, positionalSyntax, usageLines } from "./usage.js";

export const REFERENCE_START =
  "<!-- cli-reference:start (written by `npm run docs` from src/cli/command-table.ts) -->";
export const REFERENCE_END = "<!-- cli-reference:end -->";

/** A Markdown table cell: a `|` would end the cell, even inside code. */
const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * The README's CLI reference: every command's usage line, then one row per argument and option (an option
 * several commands share, with the same meaning, is one row naming them all).
 */
export function renderCliReference(commands: readonly CommandSpec[]): string {
  const usage = commands.flatMap((spec) => usageLines(spec, 105));
  const rows = new Map<string, { syntax: string; commands: string[]; description: string }>();
  const add = (syntax: string, description: string, command: string) => {
    const key = `${syntax}\n${description}`;
    const row = rows.get(key) ?? { syntax, commands: [], description };
    row.commands.push(command);
    rows.set(key, row);
  };
  for (const spec of commands)
    for (const p of spec.positionals) add(positionalSyntax(p), p.description, spec.name);
  for (const spec of commands)
    for (const [name, option] of Object.entries(spec.options))
      add(optionSyntax(name, option), optionDescription(option), spec.name);
  const table = [...rows.values()].map(
    (row) =>
      `| \`${cell(row.syntax)}\` | ${row.commands.map((c) => `\`${c}\``).join(", ")} | ${cell(row.description)} |`,
  );
  return [
    REFERENCE_START,
    "```",
    ...usage,
    "```",
    "",
    "| Argument or option | Commands | What it does |",
    "| --- | --- | --- |",
    ...table,
    "",
    "Every command also takes `-h`/`--help` (as does `lockstep help COMMAND`): its usage, every option and examples.",
    REFERENCE_END,
  ].join("\n");
}

/** `readme` with the text between the markers replaced by `reference`; undefined without both markers. */
export function withCliReference(readme: string, reference: string): string | undefined {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(0, start) + reference + readme.slice(end + REFERENCE_END.length);
}
