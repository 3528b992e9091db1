import type { CommandSpec, OptionSpec, PositionalSpec } from "./command-spec.js";

/** `text, json or markdown` */
export function alternatives(choices: readonly string[]): string {
  return choices.length < 2 ? choices.join("") : `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;
}

/** `--down all|new|none`, `--db NAME`, `--check` */
export function optionSyntax(name: string, option: OptionSpec): string {
  if (option.kind === "flag") return `--${name}`;
  return `--${name} ${option.choices ? option.choices.join("|") : option.placeholder}`;
}

export function positionalSyntax(positional: PositionalSpec): string {
  return positional.name.toUpperCase();
}

/** An option and its default, the way help and the README describe it. */
export function optionDescription(option: OptionSpec): string {
  if (option.kind === "flag") return option.description;
  return option.default !== undefined
    ? `${option.description} (default: ${option.default})`
    : option.description;
}

/** `--config, --db, --down`: the names a command takes, for an error message. */
export function optionList(spec: CommandSpec): string {
  return Object.keys(spec.options)
    .map((name) => `--${name}`)
    .join(", ");
}

/** The parts of a usage line: `[DIR]`, `--staged`, `[--amend VERSION --reason TEXT]` (a pair stays one part). */
export function usageParts(spec: CommandSpec): string[] {
  const parts = spec.positionals.map((p) => (p.required ? positionalSyntax(p) : `[${positionalSyntax(p)}]`));
  const options: Record<string, OptionSpec> = spec.options;
  const done = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (done.has(name)) continue;
    done.add(name);
    let syntax = optionSyntax(name, option);
    const partner = option.kind === "value" && option.with !== undefined ? options[option.with] : undefined;
    if (option.kind === "value" && option.with !== undefined && partner && !done.has(option.with)) {
      syntax += ` ${optionSyntax(option.with, partner)}`;
      done.add(option.with);
    }
    parts.push(option.kind === "flag" && option.required ? syntax : `[${syntax}]`);
  }
  return parts;
}

/** `lockstep replay [DIR] [--config FILE] …`, wrapped under the first part past `width` columns. */
export function usageLines(spec: CommandSpec, width: number): string[] {
  const head = `lockstep ${spec.name}`;
  const lines = [head];
  for (const part of usageParts(spec)) {
    const line = lines[lines.length - 1] as string;
    if (line !== head && line.length + 1 + part.length > width)
      lines.push(`${" ".repeat(head.length)} ${part}`);
    else lines[lines.length - 1] = `${line} ${part}`;
  }
  return lines;
}

/** `text` cut into lines of at most `width` columns (a longer word stays whole), each after `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(indent + line);
  return lines;
}
