import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readSourceFiles } from "../../adapters/file-source.js";
import type { GitRepo } from "../../adapters/git.js";
import { resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { detectLayout } from "../../core/layouts/index.js";
import { CONFIG_FILE } from "./config.js";
import { COMMON_LOCATIONS, locationDir } from "./databases.js";

interface Database {
  name: string;
  dir: string;
  layout: string;
}

export interface InitTarget {
  /** The migration directory the user named (relative to where lockstep runs), instead of searching. */
  dir?: string;
  /** The name of its database in the config. */
  db?: string;
}

/**
 * The config `init` writes, or the database it adds to the one there: what to write (undefined: nothing) and
 * the line that says what was done.
 */
export async function initialConfig(
  repo: GitRepo,
  cwd: string,
  target: InitTarget,
): Promise<{ text: string; done: string } | undefined> {
  const root = repo.root;
  const path = join(root, CONFIG_FILE);
  const existing = existsSync(path) ? readConfig(path) : undefined;
  if (existing && target.dir === undefined) {
    if (target.db !== undefined)
      throw new LockstepError(
        "usage",
        `--db names the database of a directory: give the directory too (lockstep init DIR --db ${target.db})`,
      );
    return undefined;
  }
  const named = target.dir === undefined ? undefined : await namedDatabase(root, cwd, target.dir, target.db);
  if (existing && named) {
    const databases = (existing.databases ?? []) as { name?: unknown; dir?: unknown }[];
    if (databases.some((d) => typeof d.dir === "string" && resolve(root, d.dir) === resolve(root, named.dir)))
      return undefined;
    if (databases.some((d) => d.name === named.name))
      throw new LockstepError(
        "usage",
        `${CONFIG_FILE} has a database named "${named.name}" already; name this one with --db NAME`,
      );
    const config = { ...existing, databases: [...databases, named] };
    return {
      text: `${JSON.stringify(config, null, 2)}\n`,
      done: `added ${named.dir}/ (${named.layout}) to ${CONFIG_FILE} as database "${named.name}"`,
    };
  }
  const databases = named ? [named] : await detectDatabases(root, target.db);
  if (databases.length === 0) {
    throw new LockstepError(
      "usage",
      `no migrations found in ${COMMON_LOCATIONS.map((l) => `${l}/`).join(", ")}; name the directory (lockstep init DIR), then run it again`,
    );
  }
  // The base is what origin/HEAD names (a team's default branch may be dev); without a remote, check's
  // own default (origin/main, main, …) holds.
  const remoteHead = await repo.symbolicTarget("origin/HEAD");
  const baseBranch = remoteHead?.startsWith("origin/") ? remoteHead.slice("origin/".length) : undefined;
  const config = { ...(baseBranch ? { baseBranch } : {}), databases };
  return {
    text: `${JSON.stringify(config, null, 2)}\n`,
    done: `created ${CONFIG_FILE}: ${databases.map((d) => `${d.dir}/ (${d.layout})`).join(", ")}${baseBranch ? `, base branch ${baseBranch} (origin/HEAD)` : ""}`,
  };
}

function readConfig(path: string): Record<string, unknown> {
  try {
    const json = JSON.parse(readFileSync(path, "utf8"));
    if (json && typeof json === "object" && !Array.isArray(json)) return json;
  } catch {
    // Said below, as for any config that is not an object.
  }
  throw new LockstepError(
    "config",
    `${CONFIG_FILE} is not a JSON object; fix it, then run lockstep init again (nothing was written)`,
  );
}

/** The directory the user named, in the repository, holding migrations lockstep recognises. */
async function namedDatabase(root: string, cwd: string, dir: string, db?: string): Promise<Database> {
  const abs = resolveInRepo(root, cwd, "the directory", dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory())
    throw new LockstepError(
      "usage",
      `${dir} is not a directory; name the directory that holds the migrations`,
    );
  const rel = relative(root, abs).split("\\").join("/") || ".";
  const location = locationDir(root, rel);
  const detected = location && detectLayout(await readSourceFiles(location.dir, cwd));
  if (!location || !detected)
    throw new LockstepError(
      "usage",
      `${dir} holds no migrations lockstep recognises (${location ? "no file is named as any supported tool names its migrations" : "only other SQL dialects' directories"}); name the directory whose files are the migrations, or write ${CONFIG_FILE} with its "layout" or "pattern"`,
    );
  return { name: db ?? "main", dir: location.shown, layout: detected.layout };
}

async function detectDatabases(root: string, db?: string): Promise<Database[]> {
  const found: Database[] = [];
  for (const common of COMMON_LOCATIONS) {
    const location = locationDir(root, common);
    if (!location) continue;
    // Found already (migrations/sqlite, as migrations/ led to it), or nested in one found: part of it.
    if (found.some((d) => location.shown === d.dir || location.shown.startsWith(`${d.dir}/`))) continue;
    const detected = detectLayout(await readSourceFiles(location.dir, root));
    if (!detected) continue;
    found.push({
      name: found.length === 0 ? (db ?? "main") : location.shown.replaceAll("/", "-"),
      dir: location.shown,
      layout: detected.layout,
    });
  }
  return found;
}
