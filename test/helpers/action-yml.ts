import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
}

/** action.yml, parsed: the inputs and their defaults are declared there, and only there. */
export const ACTION_YML = parse(
  readFileSync(resolve(import.meta.dirname, "../../action.yml"), "utf8"),
) as ActionYml;

/**
 * Every input's default as the runner hands it to the Action (`INPUT_*`), except those that are expressions
 * (`${{ github.token }}`): the runner evaluates those, so a test gives their value itself.
 */
export function inputDefaults(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(ACTION_YML.inputs)) {
    const value = String(input.default ?? "");
    if (!value.includes("${{")) out[name] = value;
  }
  return out;
}
