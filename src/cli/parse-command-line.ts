import { closest } from "../core/closest.js";
import { LockstepError } from "../core/errors.js";
import type { CommandSpec, CommandValues, OptionSpec, PositionalSpec } from "./command-spec.js";
import { alternatives, optionList } from "./usage.js";

export type ParsedCommandLine<O extends Record<string, OptionSpec>, P extends readonly PositionalSpec[]> =
  | { help: true }
  | { help: false; values: CommandValues<O, P> };

const NUMBERS = ["no", "one", "two", "three", "four"];

/**
 * Reads a command's arguments against its declaration: `--name value`, `--name=value`, `--` before
 * positionals that start with `-`, `-h`/`--help` anywhere before it. Every refusal is one usage error naming
 * the command and what it takes.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>, P extends readonly PositionalSpec[]>(
  spec: CommandSpec<O, P>,
  args: readonly string[],
): ParsedCommandLine<O, P> {
  const fail = (message: string) => new LockstepError("usage", `${spec.name}: ${message}`);
  const options: Record<string, OptionSpec> = spec.options;
  const given = new Map<string, string | true>();
  const positionals: string[] = [];
  const end = args.indexOf("--");
  if (args.slice(0, end === -1 ? undefined : end).some((a) => a === "-h" || a === "--help"))
    return { help: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = written.startsWith("--") ? written.slice(2) : written.slice(1);
    const option = written.startsWith("--") ? options[name] : undefined;
    if (!option || !Object.hasOwn(options, name)) throw fail(unknownOption(spec, written));
    if (option.kind === "flag") {
      if (eq !== -1) throw fail(`--${name} takes no value, not "${arg.slice(eq + 1)}"`);
      given.set(name, true);
      continue;
    }
    let text = eq === -1 ? args[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      // A next word that is an option is a forgotten value, not the value: `--format --db main`.
      if (text === undefined || (text.startsWith("-") && text !== "-")) text = undefined;
      else i++;
    }
    if (text === undefined) {
      const what = option.choices
        ? alternatives(option.choices)
        : `${option.placeholder}, ${option.description}`;
      throw fail(`--${name} needs a value: ${what}`);
    }
    if (option.choices && !option.choices.includes(text))
      throw fail(`--${name} must be ${alternatives(option.choices)}, not "${text}"`);
    given.set(name, text);
  }

  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    const text = given.get(name);
    if (option.kind === "flag") {
      if (option.required && text === undefined)
        throw fail(`needs --${name}, which ${option.description}; run \`lockstep ${spec.name} --${name}\``);
      values[name] = text === true;
      continue;
    }
    if (option.with !== undefined && text !== undefined && !given.has(option.with)) {
      const other = options[option.with];
      const needed = other?.kind === "value" ? ` ${other.placeholder}: ${other.description}` : "";
      throw fail(`--${name} ${option.placeholder} needs --${option.with}${needed}`);
    }
    const value = typeof text === "string" ? text : option.default;
    values[name] = value !== undefined && option.parse ? option.parse(value) : value;
  }

  const required = spec.positionals.filter((p) => p.required).length;
  if (positionals.length < required || positionals.length > spec.positionals.length) {
    const max = spec.positionals.length;
    const names = spec.positionals.map((p) =>
      p.required ? p.name.toUpperCase() : `[${p.name.toUpperCase()}]`,
    );
    const count = (n: number) => NUMBERS[n] ?? String(n);
    const takes =
      max === 0
        ? `takes no arguments${Object.keys(options).length > 0 ? ", only options" : ""}`
        : `takes ${required === max ? "exactly" : required === 0 ? "at most" : `${count(required)} to`} ${count(max)} argument${max === 1 ? "" : "s"}: ${names.join(" ")}`;
    const got = positionals.length === 0 ? "none" : positionals.map((p) => `"${p}"`).join(" ");
    throw new LockstepError(
      "usage",
      `${spec.name} ${takes}; got ${got}; see \`lockstep ${spec.name} --help\``,
    );
  }
  spec.positionals.forEach((p, i) => {
    values[p.name] = positionals[i];
  });
  // The values were built from the same declaration that types them.
  return { help: false, values: values as CommandValues<O, P> };
}

function unknownOption(spec: CommandSpec, option: string): string {
  const names = Object.keys(spec.options);
  const guess = option.startsWith("--") ? closest(option.slice(2), [...names, "help"]) : undefined;
  const meant = guess ? `; did you mean --${guess}?` : ";";
  const takes = names.length > 0 ? `${spec.name} takes ${optionList(spec)}` : `${spec.name} takes no options`;
  return `unknown option ${option}${meant} ${takes}`;
}
