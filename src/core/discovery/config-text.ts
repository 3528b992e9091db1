// jsonc-parser's main entry is a UMD build whose lazy requires a bundle cannot follow; its ESM build bundles.
import { type ParseError, parse as parseJsoncText } from "jsonc-parser/lib/esm/main.js";
import { parse as parseTomlText } from "smol-toml";

// What lockstep reads from a tool's own configuration file: the migration directories it names, with the
// line that says so. Files are read as text (or parsed by a TOML/JSONC parser), never run.

/** What a set's SQL is written for: SQLite's (replayed), another database's (not), or not said anywhere. */
export type Dialect = "sqlite" | "other" | "unstated";

/** A line of a repository file that says something about a set. */
export interface Evidence {
  /** Repository-relative, forward slashes. */
  file: string;
  /** 1-based; 0 for the process environment, which has no lines. */
  line: number;
  /** What the line says, in words that follow "file:line " ("says dialect sqlite, out ./migrations"). */
  says: string;
}

/** A migration directory a tool's configuration names. */
export interface SetClaim {
  /** Repository-relative, forward slashes; `undefined` where the path leaves the repository. */
  dir: string | undefined;
  /** The path as the file wrote it, for messages. */
  written: string;
  /** How lockstep reads the set (the tool's layout id); absent: detected from its files (Atlas). */
  layout?: string;
  /** The tool, as messages name it. */
  tool: string;
  dialect: Dialect;
  /** The other database's name, where `dialect` is "other" ("PostgreSQL"). */
  dialectName?: string;
  evidence: Evidence[];
  /** The tool's default directory, named by no file: not a finding of its own where it does not exist. */
  guessed?: true;
  /** Of two tools naming one directory, the higher applies its files (wrangler over drizzle-kit). */
  precedence?: number;
}

/** How evidence names the process environment, read as a `.env` file. */
export const ENVIRONMENT = "the environment";

/** A file of the repository: its repository-relative path and text. */
export interface RepoText {
  path: string;
  text: string;
}

/** A tool's configuration file and how to read it. */
export interface ConfigReader {
  /** How messages name the files ("drizzle.config.*"). */
  shown: string;
  /** Whether a file name (no folder) is this configuration. */
  matches(name: string): boolean;
  /**
   * Source files of the package to read with it (sqlx: the crate's `.rs` files): the files ending in one of
   * these under the config's folder that no deeper folder's config of the same reader owns.
   */
  sources?: readonly string[];
  /**
   * The sources are read even where the config alone names no set: the set is named only in code (a
   * package.json depending on TypeORM, whose data source is a `.ts` file). Otherwise they are read only for
   * a config that names one.
   */
  sourcesWanted?(config: RepoText): boolean;
  read(config: RepoText, sources: readonly RepoText[]): SetClaim[];
}

/** The first line (1-based) a pattern matches, skipping lines that are comments (`#`, `//`). */
export function lineMatching(text: string, pattern: RegExp): number | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s*(#|\/\/|--|;)/.test(line)) continue;
    if (pattern.test(line)) return i + 1;
  }
  return undefined;
}

/** The folder of a repository path ("" at the top). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/**
 * A path a config wrote, relative to the config's folder, as a repository-relative path; `undefined` where it
 * is absolute or climbs out of the repository (a config in a pull request names no place outside it).
 */
export function joinInRepo(folder: string, written: string): string | undefined {
  const path = written.trim().replace(/\\/g, "/");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return undefined;
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/") || ".";
}

/** `KEY=value` lines of a dotenv file (quotes removed, `export` allowed), with their lines. */
export function readEnvFile(text: string): Map<string, { value: string; line: number }> {
  const vars = new Map<string, { value: string; line: number }>();
  text.split("\n").forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!m) return;
    let value = m[2] as string;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2] as string;
    else value = value.replace(/\s+#.*$/, "");
    vars.set(m[1] as string, { value, line: i + 1 });
  });
  return vars;
}

/** The database a connection URL is for: `sqlite:`, `file:`, `libsql:`, `d1:` are SQLite's. */
export function dialectOfUrl(url: string): { dialect: Dialect; name?: string } {
  const s = /^(?:jdbc:)?([a-z0-9]+)[+:]/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!s) return { dialect: "unstated" };
  if (/^(sqlite|sqlite3|file|libsql|turso|d1)$/.test(s)) return { dialect: "sqlite" };
  const names: Record<string, string> = {
    postgres: "PostgreSQL",
    postgresql: "PostgreSQL",
    pg: "PostgreSQL",
    mysql: "MySQL",
    mariadb: "MariaDB",
    sqlserver: "SQL Server",
    mssql: "SQL Server",
    oracle: "Oracle",
    clickhouse: "ClickHouse",
    cockroachdb: "CockroachDB",
  };
  return names[s] ? { dialect: "other", name: names[s] } : { dialect: "unstated" };
}

/** A TOML file's tables, or `undefined` where it does not parse (the tool would refuse it too). */
export function parseToml(text: string): Record<string, unknown> | undefined {
  try {
    return parseTomlText(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A JSON-with-comments file's value (wrangler.jsonc, drizzle.config.json), or `undefined`. */
export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsoncText(text, errors, { allowTrailingComma: true });
  return errors.length === 0 ? value : undefined;
}

/** The line of the first `key = "value"` / `"key": "value"` naming that value, or of the key alone. */
export function lineOfSetting(text: string, key: string, value?: string): number | undefined {
  const k = escapeRegExp(key);
  if (value !== undefined) {
    const line = lineMatching(
      text,
      new RegExp(`["']?${k}["']?\\s*[=:]\\s*["'\`]${escapeRegExp(value)}["'\`]`),
    );
    if (line) return line;
  }
  return lineMatching(text, new RegExp(`(^|[\\s{,.])["']?${k}["']?\\s*[=:]`));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
