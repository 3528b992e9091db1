import { readSourceFiles } from "../../adapters/file-source.js";
import { listRepository, readSmallText } from "../../adapters/repo-walk.js";
import {
  databaseNames,
  describeEvidence,
  type MergedClaim,
  mergeClaims,
} from "../../core/discovery/claims.js";
import {
  type ConfigReader,
  ENVIRONMENT,
  folderOf,
  type RepoText,
  type SetClaim,
} from "../../core/discovery/config-text.js";
import { detectLayout } from "../../core/layouts/detect.js";
import { LAYOUT_IDS, type LayoutId, TOOLS } from "../../core/tools/index.js";
import { COMMON_LOCATIONS, locationDir } from "./set-location.js";

/** A migration set found in the repository, and why lockstep thinks it is one. */
export interface FoundSet {
  /** Its config name, unique among the sets found. */
  name: string;
  /** Repository-relative. */
  dir: string;
  layout: LayoutId;
  /** Why, with the file and line of each thing that said so. */
  reason: string;
}

export interface Discovery {
  sets: FoundSet[];
  /** Directories that look like sets and are not replayed, and why (another database's, missing, empty). */
  passed: string[];
  /** What was searched, for the message when nothing is found. */
  searched: string;
}

/** Folder names teams give migration sets, looked at wherever they are when no configuration names them. */
const SET_NAMES = new Set(["migrations", "migration", "migrate"]);

const READERS: { tool: string; reader: ConfigReader }[] = TOOLS.flatMap((tool) =>
  ((tool as { configs?: readonly ConfigReader[] }).configs ?? []).map((reader) => ({
    tool: tool.name,
    reader,
  })),
);

/**
 * Every migration set in the repository under `root`: the directories the tools' own configuration files
 * name (diesel.toml, Cargo.toml with sqlx::migrate!, drizzle.config.*, schema.prisma, wrangler.*, .env,
 * atlas.hcl, flyway.*, sqitch.*), then folders named like sets that hold migrations lockstep recognises.
 */
export async function discoverSets(
  root: string,
  env: Readonly<Record<string, string | undefined>> = {},
  /** The bytes of the set files read, by path, for a command that reads them from git next (see readSourceFiles). */
  keep?: Map<string, Uint8Array>,
): Promise<Discovery> {
  const extensions = new Set(READERS.flatMap(({ reader }) => reader.sources ?? []));
  const listing = listRepository(
    root,
    (name) =>
      READERS.some(({ reader }) => reader.matches(name)) || [...extensions].some((e) => name.endsWith(e)),
  );
  const passed: string[] = [];
  const claims = withEnvironment(readClaims(root, listing.files, passed), env);
  const sets: Omit<FoundSet, "name">[] = [];
  const taken: string[] = [];
  for (const claim of mergeClaims(claims)) {
    taken.push(claim.dir);
    const set = await claimedSet(root, claim, passed);
    if (set) sets.push(set);
  }
  for (const dir of listing.dirs) {
    const base = dir.slice(dir.lastIndexOf("/") + 1);
    if (!SET_NAMES.has(base) && !COMMON_LOCATIONS.includes(dir)) continue;
    if (taken.some((t) => inside(dir, t) || inside(t, dir))) continue;
    const location = locationDir(root, dir);
    if (!location || sets.some((s) => inside(location.shown, s.dir))) continue;
    const detected = detectLayout(await readSourceFiles(location.dir, root, undefined, keep));
    if (!detected) continue;
    sets.push({
      dir: location.shown,
      layout: detected.layout,
      reason: `${detected.reason}${location.why ? `; ${location.why}` : ""}`,
    });
  }
  sets.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  const names = databaseNames(sets.map((s) => s.dir));
  const files = READERS.map(({ reader }) => reader.shown).join(", ");
  return {
    sets: sets.map((s, i) => ({ ...s, name: names[i] as string })),
    passed,
    searched: `${listing.dirs.length}${listing.truncated ? " (the limit; deeper folders were not searched)" : ""} folders for ${files}, and for folders named ${[...SET_NAMES].map((n) => `${n}/`).join(", ")}`,
  };
}

function readClaims(root: string, files: string[], passed: string[]): SetClaim[] {
  const claims: SetClaim[] = [];
  for (const path of files) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const readers = READERS.filter(({ reader }) => reader.matches(name));
    if (readers.length === 0) continue;
    // One read for every tool that reads the file (a .env is dbmate's and goose's).
    const text = readSmallText(root, path);
    if (text === undefined) continue;
    const config: RepoText = { path, text };
    for (const { reader } of readers) {
      // Sources are read only for a config that names a set without them (a Cargo.toml with sqlx), or
      // whose sets only its code names (a package.json with TypeORM).
      let found = reader.read(config, []);
      if (reader.sources && (found.length > 0 || reader.sourcesWanted?.(config)))
        found = reader.read(config, sourcesOf(root, path, reader, files));
      for (const claim of found) {
        if (claim.dir === undefined)
          passed.push(
            `${describeEvidence(claim.evidence)}: ${claim.written} is outside the repository, so lockstep does not read it`,
          );
        else claims.push(claim);
      }
    }
  }
  return claims;
}

/**
 * dbmate and goose read their variables from the environment first and from `.env` only where it lacks them:
 * a tool's claim from the environment replaces the one of the top `.env`.
 */
function withEnvironment(claims: SetClaim[], env: Readonly<Record<string, string | undefined>>): SetClaim[] {
  const text = Object.entries(env)
    .filter(
      ([key, value]) =>
        /^(DBMATE_|GOOSE_|DATABASE_URL$)/.test(key) && value !== undefined && !/[\n\r]/.test(value),
    )
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
  if (text === "") return claims;
  const config: RepoText = { path: ENVIRONMENT, text };
  const fromEnv = READERS.filter(({ reader }) => reader.matches(".env")).flatMap(({ reader }) =>
    reader.read(config, []).map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((e) => ({ ...e, line: 0 })),
    })),
  );
  const tools = new Set(fromEnv.map((c) => c.tool));
  const kept = claims.filter((c) => !(tools.has(c.tool) && c.evidence.some((e) => e.file === ".env")));
  return [...kept, ...fromEnv];
}

/** The package's source files: under the config's folder, not under a deeper folder with its own config. */
function sourcesOf(root: string, configPath: string, reader: ConfigReader, files: string[]): RepoText[] {
  const folder = folderOf(configPath);
  const owners = files
    .filter((f) => reader.matches(f.slice(f.lastIndexOf("/") + 1)))
    .map(folderOf)
    .filter((f) => f !== folder && inside(f, folder));
  const texts: RepoText[] = [];
  for (const path of files) {
    if (!reader.sources?.some((e) => path.endsWith(e)) || !inside(folderOf(path), folder)) continue;
    if (owners.some((o) => inside(folderOf(path), o))) continue;
    const text = readSmallText(root, path);
    if (text !== undefined) texts.push({ path, text });
  }
  return texts;
}

async function claimedSet(
  root: string,
  claim: MergedClaim,
  passed: string[],
): Promise<Omit<FoundSet, "name"> | undefined> {
  const why = describeEvidence(claim.evidence);
  if (claim.dialect === "other") {
    passed.push(`${claim.dir}/: ${claim.tool} for ${claim.dialectName ?? "another database"} (${why})`);
    return undefined;
  }
  const location = locationDir(root, claim.dir);
  if (!location) {
    if (!claim.guessed)
      passed.push(`${claim.dir}/ (${why}) does not exist or holds only other SQL dialects' directories`);
    return undefined;
  }
  const detected = detectLayout(await readSourceFiles(location.dir, root));
  const layout = (claim.layout ?? detected?.layout) as LayoutId | undefined;
  if (!detected || !layout || !LAYOUT_IDS.includes(layout)) {
    passed.push(
      `${location.shown}/ (${why}) holds no migrations yet; once it does, lockstep init ${location.shown} adds it`,
    );
    return undefined;
  }
  const notes = [why];
  if (location.why) notes.push(location.why);
  if (claim.alsoNamedBy.length > 0)
    notes.push(
      `${claim.alsoNamedBy.join(" and ")} name${claim.alsoNamedBy.length > 1 ? "" : "s"} it too; read as ${claim.tool}'s, the tool that applies its files`,
    );
  if (claim.dialect === "unstated" && !location.why)
    notes.push("no file names its database: replayed as SQLite");
  return { dir: location.shown, layout, reason: notes.join("; ") };
}

/** Whether `path` is `dir` or inside it (repository-relative paths, "" the top). */
function inside(path: string, dir: string): boolean {
  return dir === "" || dir === "." || path === dir || path.startsWith(`${dir}/`);
}
