import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { GitRepo } from "../../adapters/git.js";
import { CONFIG_FILE } from "../workspace/config.js";
import { configPath, type DatabaseSpec } from "../workspace/databases.js";
import type { Base } from "./guard.js";

/** What of a check's request decides where a `functions` module comes from. */
interface TrustRequest {
  cwd: string;
  configPath?: string;
  functionsFrom?: "worktree" | "base";
}

/**
 * In the Action the `functions` module comes from the base commit, reviewed and merged, never from the pull
 * request; and only when the base's own config names that module for that database, or a pull request could
 * point `functions` at any script committed on the base (a release script) and have it imported.
 */
export async function trustedSpec(
  repo: GitRepo,
  spec: DatabaseSpec,
  base: Base,
  req: TrustRequest,
  notes: string[],
  copies: string[],
): Promise<DatabaseSpec> {
  const module = spec.config.functions;
  if (!module || req.functionsFrom !== "base") return spec;
  const path = repo.pathOf(configPath(spec, "functions", module));
  const unloaded = { ...spec, config: { ...spec.config, functions: undefined } };
  const effect = "migrations calling its functions fail with no such function";
  const named = await baseFunctions(repo, base.ref, req, spec.name);
  if (named !== path) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} was not loaded: the config on ${base.ref} does not name it for this database${named ? ` (it names ${named})` : ""}, and a pull request cannot choose what code runs here; ${effect} until a config naming it is merged`,
    );
    return unloaded;
  }
  const text = await repo.show(base.ref, path);
  if (text === undefined) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} is not on ${base.ref}, so it was not loaded (a pull request's own code never runs here); ${effect} until it is merged`,
    );
    return unloaded;
  }
  const folder = mkdtempSync(join(tmpdir(), "lockstep-functions-"));
  copies.push(folder);
  const copy = join(folder, `${basename(module).replace(/\.[cm]?[jt]s$/, "")}.mjs`);
  writeFileSync(copy, text);
  notes.push(`database "${spec.name}": the "functions" module ${path} was loaded as it is on ${base.ref}`);
  return { ...spec, functionsCopy: copy };
}

/**
 * The `functions` module the base's own config (the same file, at the base commit) names for a database, as
 * a repository path. Read leniently: only the database's name and its `functions` matter here.
 */
async function baseFunctions(
  repo: GitRepo,
  ref: string,
  req: TrustRequest,
  name: string,
): Promise<string | undefined> {
  const file = resolve(req.cwd, req.configPath ?? CONFIG_FILE);
  const text = await repo.show(ref, repo.pathOf(file));
  let parsed: unknown;
  try {
    parsed = JSON.parse((text ?? "").replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  const databases = (parsed as { databases?: unknown } | null)?.databases;
  if (!Array.isArray(databases)) return undefined;
  const db = databases.find((d) => (d as { name?: unknown } | null)?.name === name) as
    | { functions?: unknown }
    | undefined;
  if (typeof db?.functions !== "string" || db.functions === "") return undefined;
  return repo.pathOf(resolve(dirname(file), db.functions));
}
