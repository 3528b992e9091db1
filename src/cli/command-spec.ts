import type { Io } from "./io.js";

/** `--check`: present or not. */
export interface FlagOption {
  readonly kind: "flag";
  readonly description: string;
  /** The command refuses to run without it (`guard --staged`). */
  readonly required?: boolean;
}

/** `--db NAME`: takes one value, either `--db main` or `--db=main`. */
export interface ValueOption<T = unknown> {
  readonly kind: "value";
  /** The placeholder shown in usage and help: FILE, NAME, SECONDS. */
  readonly placeholder: string;
  readonly description: string;
  /** The only values it takes; usage shows them instead of the placeholder. */
  readonly choices?: readonly string[];
  /** The value when the option is absent (one of `choices`). */
  readonly default?: string;
  /** Another option that must come with this one (`--amend VERSION --reason TEXT`). */
  readonly with?: string;
  /** Turns the text into the handler's value; throws a usage LockstepError for a bad one. */
  readonly parse?: (text: string) => T;
}

export type OptionSpec = FlagOption | ValueOption;

export interface PositionalSpec {
  /** The handler's key; usage shows it in capitals (`dir` → DIR). */
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

type OptionValue<O> = O extends FlagOption
  ? boolean
  : O extends { readonly choices: readonly (infer C extends string)[]; readonly default: string }
    ? C
    : O extends { readonly choices: readonly (infer C extends string)[] }
      ? C | undefined
      : O extends { readonly parse: (text: string) => infer T }
        ? T | undefined
        : string | undefined;

type PositionalValues<P extends readonly PositionalSpec[]> = {
  [K in P[number] as K["name"]]: K["required"] extends true ? string : string | undefined;
};

/** What a command's handler receives: one typed key per declared option and positional. */
export type CommandValues<O extends Record<string, OptionSpec>, P extends readonly PositionalSpec[]> = {
  [K in keyof O]: OptionValue<O[K]>;
} & PositionalValues<P>;

export interface CommandSpec<
  O extends Record<string, OptionSpec> = Record<string, OptionSpec>,
  P extends readonly PositionalSpec[] = readonly PositionalSpec[],
> {
  readonly name: string;
  /** One line, for `lockstep --help` and the first line of the command's help. */
  readonly summary: string;
  readonly positionals: P;
  readonly options: O;
  /** Whole command lines, each starting with `lockstep`. */
  readonly examples: readonly string[];
  /** Loads the command's own module (only then: the pre-commit hook must start fast) and runs it. */
  run(io: Io, values: CommandValues<O, P>): Promise<number>;
}

/** Declares a command; the literal types of its options and positionals type its handler's values. */
export function defineCommand<
  const O extends Record<string, OptionSpec>,
  const P extends readonly PositionalSpec[],
>(spec: CommandSpec<O, P>): CommandSpec<O, P> {
  return spec;
}

export function flag<const F extends Omit<FlagOption, "kind">>(spec: F): F & { readonly kind: "flag" } {
  return { ...spec, kind: "flag" };
}

export function valueOption<const V extends Omit<ValueOption, "kind">>(
  spec: V,
): V & { readonly kind: "value" } {
  return { ...spec, kind: "value" };
}
