import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { z } from "zod";
import { LockstepError } from "../core/errors.js";
import type { configSchema, databaseSchema } from "./config-schema.js";

export type DatabaseConfig = z.infer<typeof databaseSchema>;
export type LockstepConfig = z.infer<typeof configSchema>;

export interface LoadedConfig {
  config: LockstepConfig;
  /** Display path of the file it came from. */
  file: string;
  /** Directory the config's relative paths are resolved against. */
  root: string;
}

export const CONFIG_FILE = "lockstep.config.json";

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in ${key}` : "";
    return `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}${where}`;
  }
  return `"${key}": ${issue.message}`;
}

/** Reads and validates the config; any problem is a LockstepError naming the file and the key. */
export async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const file = relative(cwd, path) || path;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new LockstepError("config", `cannot read config ${file}: ${(cause as Error).message}`, { cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError("config", `config ${file} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  const { configSchema } = await import("./config-schema.js");
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const detail = first ? describeIssue(first) : "invalid";
    throw new LockstepError(
      "config",
      `config ${file}: ${detail}; fix the key or see the README's config reference`,
      {
        cause: parsed.error,
      },
    );
  }
  const names = new Set<string>();
  for (const db of parsed.data.databases) {
    if (names.has(db.name)) {
      throw new LockstepError(
        "config",
        `config ${file}: database name "${db.name}" is used twice; names must be unique`,
      );
    }
    names.add(db.name);
    // The top-level timeout is every database's default.
    if (db.timeout === undefined && parsed.data.timeout !== undefined) db.timeout = parsed.data.timeout;
  }
  for (const [i, db] of parsed.data.databases.entries()) {
    const problem = patternProblem(db);
    if (problem) throw new LockstepError("config", `config ${file}: "databases.${i}.${problem}`);
  }
  return { config: parsed.data, file, root: dirname(resolve(path)) };
}

/** A home-grown naming needs a regex that compiles and captures the version. */
function patternProblem(db: DatabaseConfig): string | undefined {
  if (db.pattern === undefined) {
    return db.layout === "pattern"
      ? 'layout": "pattern" needs a "pattern" key: a file-name regex with named groups version, name and direction'
      : undefined;
  }
  try {
    new RegExp(db.pattern);
  } catch (error) {
    return `pattern" is not a valid regular expression (${(error as Error).message}); fix it`;
  }
  return db.pattern.includes("(?<version>")
    ? undefined
    : 'pattern" has no named group (?<version>…); add one around the version digits';
}
