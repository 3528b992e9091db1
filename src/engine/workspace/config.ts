import { basename, dirname, relative, resolve } from "node:path";
import type { z } from "zod";
import { readRegularText, repositoryTop, resolveInRepo } from "../../adapters/repo-files.js";
import { closest } from "../../core/closest.js";
import { LockstepError } from "../../core/errors.js";
import { globHazard, regexHazard } from "../../core/layouts/match-bounds.js";
import type { configSchema, databaseSchema } from "./config-schema.js";

export type DatabaseConfig = z.infer<typeof databaseSchema>;
export type LockstepConfig = z.infer<typeof configSchema>;

export interface LoadedConfig {
  config: LockstepConfig;
  /** Display path of the file it came from. */
  file: string;
  /** Directory the config's relative paths are resolved against. */
  root: string;
  /** The repository's top (symlinks resolved): every path the config names must stay inside it. */
  top: string;
}

/** Far above any hand-written config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_FILE = "lockstep.config.json";

type KeysAt = (path: readonly PropertyKey[]) => string[];

/** The key probably meant by each unknown key of the issue, where one is close enough to guess. */
function guessesFor(issue: z.core.$ZodIssue, keysAt: KeysAt): string[] {
  if (issue.code !== "unrecognized_keys") return [];
  const valid = keysAt(issue.path);
  return issue.keys.flatMap((k) => {
    const guess = closest(k, valid);
    return guess ? [issue.keys.length === 1 ? `"${guess}"` : `"${guess}" for "${k}"`] : [];
  });
}

function describeIssue(issue: z.core.$ZodIssue, keysAt: KeysAt): string {
  const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in ${key}` : "";
    const unknown = `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}${where}`;
    const guesses = guessesFor(issue, keysAt);
    if (guesses.length > 0)
      return `${unknown}; did you mean ${guesses.join(", ")}? Fix it, or see the README's config reference`;
    return `${unknown}; fix the key or see the README's config reference`;
  }
  return `"${key}": ${issue.message}; fix the key or see the README's config reference`;
}

/** Reads and validates the config; any problem is a LockstepError naming the file and the key. */
export async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const file = relative(cwd, path) || path;
  const root = dirname(resolve(path));
  const top = repositoryTop(root, cwd);
  // The config itself is repository text: a symlink to a file elsewhere, a FIFO or a device is refused too.
  const real = resolveInRepo(top, root, "the config", basename(path), file);
  const text = readRegularText(real, "the config", file, MAX_CONFIG_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError("config", `config ${file} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  const { configSchema, keysAt } = await import("./config-schema.js");
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // A misspelt key also makes the key it was meant to be missing: the misspelling is the one to name.
    const { issues } = parsed.error;
    const first = issues.find((issue) => guessesFor(issue, keysAt).length > 0) ?? issues[0];
    const detail = first ? describeIssue(first, keysAt) : "invalid; see the README's config reference";
    throw new LockstepError("config", `config ${file}: ${detail}`, { cause: parsed.error });
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
    if (db.sqlite === undefined && parsed.data.sqlite !== undefined) db.sqlite = parsed.data.sqlite;
    if (db.data === undefined && parsed.data.data !== undefined) db.data = parsed.data.data;
    if (db.idempotent === undefined && parsed.data.idempotent !== undefined)
      db.idempotent = parsed.data.idempotent;
  }
  for (const [i, db] of parsed.data.databases.entries()) {
    const problem = patternProblem(db);
    if (problem) throw new LockstepError("config", `config ${file}: "databases.${i}.${problem}`);
  }
  return { config: parsed.data, file, root, top };
}

/** A home-grown naming needs a regex that compiles, captures the version and cannot backtrack for ever. */
function patternProblem(db: DatabaseConfig): string | undefined {
  if (db.pattern === undefined) {
    if (db.layout === "pattern")
      return 'layout": "pattern" needs a "pattern" key: a file-name regex with named groups version, name and direction';
    return excludeProblem(db);
  }
  try {
    new RegExp(db.pattern);
  } catch (error) {
    return `pattern" is not a valid regular expression (${(error as Error).message}); fix it`;
  }
  if (!db.pattern.includes("(?<version>"))
    return 'pattern" has no named group (?<version>…); add one around the version digits';
  const hazard = regexHazard(db.pattern);
  if (hazard) return `pattern" ${hazard}`;
  return excludeProblem(db);
}

/** Globs whose matching time could explode on a name made for them (see match-bounds). */
function excludeProblem(db: DatabaseConfig): string | undefined {
  for (const [j, glob] of (db.exclude ?? []).entries()) {
    const risk = globHazard(glob);
    if (risk) return `exclude.${j}" (${JSON.stringify(glob.slice(0, 80))}) ${risk}`;
  }
  return undefined;
}
