import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readSourceFiles } from "../../adapters/file-source.js";
import type { GitRepo } from "../../adapters/git.js";
import { resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { detectLayout } from "../../core/layouts/index.js";
import { codePreset } from "../../core/runner/runner.js";
import { CONFIG_FILE } from "./config.js";
import { discoverSets, type FoundSet } from "./discover.js";
import { locationDir } from "./set-location.js";

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
  /** The process environment, where a tool reads its directory from it (dbmate, goose). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The config `init` writes, or the database it adds to the one there: what to write (undefined: nothing) and
 * the line that says what was done.
 */
export async function initialConfig(
  repo: GitRepo,
  cwd: string,
  target: InitTarget,
): Promise<{ text: string; done: string[] } | undefined> {
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
      done: [`added ${named.dir}/ (${named.layout}) to ${CONFIG_FILE} as database "${named.name}"`],
    };
  }
  const found = named ? undefined : await detectDatabases(root, target.db, target.env);
  const databases = named ? [named] : (found?.databases ?? []);
  // The base is what origin/HEAD names (a team's default branch may be dev); without a remote, check's
  // own default (origin/main, main, …) holds.
  const remoteHead = await repo.symbolicTarget("origin/HEAD");
  const baseBranch = remoteHead?.startsWith("origin/") ? remoteHead.slice("origin/".length) : undefined;
  const config = { ...(baseBranch ? { baseBranch } : {}), databases };
  const head = `created ${CONFIG_FILE}${baseBranch ? ` (base branch ${baseBranch}, from origin/HEAD)` : ""}`;
  return {
    text: `${JSON.stringify(config, null, 2)}\n`,
    done: !found
      ? [`${head}: ${databases.map((d) => `${d.dir}/ (${d.layout})`).join(", ")}`]
      : found.sets.length === 1
        ? [
            `${head}: ${databases[0]?.dir}/ (${databases[0]?.layout}): ${found.sets[0]?.reason}${found.sets[0] ? codeAdvice(found.sets[0].layout) : ""}`,
            ...found.passed,
          ]
        : [`${head}: ${databases.length} databases`, ...found.lines, ...found.passed],
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

/** The sets discovery finds, each with the line saying why; nothing found is a usage error saying where it looked. */
async function detectDatabases(
  root: string,
  db?: string,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<{ databases: Database[]; sets: FoundSet[]; lines: string[]; passed: string[] }> {
  const found = await discoverSets(root, env);
  if (found.sets.length === 0)
    throw new LockstepError(
      "usage",
      `no migrations found: searched ${found.searched}${found.passed.length > 0 ? `; not replayed: ${found.passed.join("; ")}` : ""}; name the directory (lockstep init DIR), then run it again`,
    );
  if (db !== undefined && found.sets.length > 1)
    throw new LockstepError(
      "usage",
      `--db names one database, and ${found.sets.length} sets were found (${found.sets.map((s) => s.dir).join(", ")}); give the directory too (lockstep init DIR --db ${db})`,
    );
  const single = found.sets.length === 1;
  const databases = found.sets.map((s) => ({
    name: single ? (db ?? "main") : s.name,
    dir: s.dir,
    layout: s.layout,
  }));
  const lines = found.sets.map(
    (s, i) => `  ${databases[i]?.name}: ${s.dir}/ (${s.layout}): ${s.reason}${codeAdvice(s.layout)}`,
  );
  return { databases, sets: found.sets, lines, passed: found.passed.map((p) => `  not replayed: ${p}`) };
}

/**
 * For a set written in code: the preset that replays it, proposed and not written, since it runs the
 * project's tool (an Alembic env.py that ignores `-x db` would migrate the database its config names).
 */
function codeAdvice(layout: FoundSet["layout"]): string {
  const tool = codePreset(layout);
  if (!tool) return "";
  return `; its migrations are code, which only ${tool.name} can run: to replay them, check the preset's needs under Code migrations in lockstep's README, then add "runner": "${tool.id}" to this database`;
}
