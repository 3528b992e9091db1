import {
  type Dialect,
  type Evidence,
  folderOf,
  isRecord,
  joinInRepo,
  lineMatching,
  parseToml,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";

// sqlx's migrations are named by Rust code: `sqlx::migrate!("./dir")` embeds the directory, relative to the
// crate (CARGO_MANIFEST_DIR), "migrations" when no path is given; `sqlx migrate run` uses ./migrations too.
// Which database a crate talks to is in its sqlx features or, where the workspace turns those on for it, in
// the code (`sqlx::sqlite`, `SqlitePool`, `PgPool`).

const DIALECT_FEATURES: [RegExp, Dialect, string?][] = [
  [/^sqlite(-unbundled)?$/, "sqlite"],
  [/^postgres$/, "other", "PostgreSQL"],
  [/^mysql$/, "other", "MySQL"],
];
const CODE_DIALECTS: [RegExp, Dialect, string?][] = [
  [/\bsqlx::sqlite\b|\bSqlite(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::Sqlite\b/, "sqlite"],
  [
    /\bsqlx::postgres\b|\bPg(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::Postgres\b/,
    "other",
    "PostgreSQL",
  ],
  [/\bsqlx::mysql\b|\bMySql(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::MySql\b/, "other", "MySQL"],
];
const MIGRATE_CALL = /\b(?:sqlx::)?migrate!\s*\(\s*(?:"([^"]*)")?\s*\)/;

export function readCargoSqlx(config: RepoText, sources: readonly RepoText[]): SetClaim[] {
  const toml = parseToml(config.text);
  if (!toml || !isRecord(toml.package)) return [];
  const dep = sqlxDependency(toml);
  if (!dep) return [];
  const depLine =
    lineMatching(config.text, /^\s*sqlx\s*=/) ??
    lineMatching(config.text, /^\s*\[[\w.-]*dependencies\.sqlx\]/) ??
    1;
  const features = dep.features;
  const cargo: Evidence = {
    file: config.path,
    line: depLine,
    says:
      features.length > 0
        ? `says sqlx with features ${features.map((f) => `"${f}"`).join(", ")}`
        : "says sqlx, with no database feature of its own",
  };
  const byFeature = featureDialect(features);
  const folder = folderOf(config.path);
  const calls = migrateCalls(sources);
  const claims = (calls.length > 0 ? calls : [undefined]).map((call): SetClaim => {
    const written = call?.path ?? "migrations";
    const evidence = [cargo];
    if (call) evidence.push({ file: call.file, line: call.line, says: `runs ${call.text}` });
    let dialect = byFeature;
    if (dialect.dialect === "unstated") {
      const inCode = codeDialect(sources, call?.file);
      if (inCode) {
        dialect = inCode;
        evidence.push(inCode.evidence);
      }
    }
    return {
      dir: joinInRepo(folder, written),
      written,
      layout: "sqlx",
      tool: "sqlx",
      dialect: dialect.dialect,
      ...(dialect.name ? { dialectName: dialect.name } : {}),
      evidence,
      ...(call ? {} : { guessed: true }),
    };
  });
  return claims;
}

function sqlxDependency(toml: Record<string, unknown>): { features: string[] } | undefined {
  const tables = [toml.dependencies, toml["dev-dependencies"]];
  if (isRecord(toml.target))
    for (const target of Object.values(toml.target))
      if (isRecord(target)) tables.push(target.dependencies, target["dev-dependencies"]);
  for (const table of tables) {
    if (!isRecord(table) || table.sqlx === undefined) continue;
    const dep = table.sqlx;
    const features = isRecord(dep) && Array.isArray(dep.features) ? dep.features.map(String) : [];
    return { features };
  }
  return undefined;
}

function featureDialect(features: string[]): { dialect: Dialect; name?: string } {
  const found = DIALECT_FEATURES.filter(([re]) => features.some((f) => re.test(f)));
  if (found.length !== 1) return { dialect: "unstated" };
  const [, dialect, name] = found[0] as [RegExp, Dialect, string?];
  return { dialect, ...(name ? { name } : {}) };
}

interface MigrateCall {
  file: string;
  line: number;
  path?: string;
  text: string;
}

function migrateCalls(sources: readonly RepoText[]): MigrateCall[] {
  const calls: MigrateCall[] = [];
  for (const source of sources) {
    codeLines(source.text).forEach((line, i) => {
      const m = MIGRATE_CALL.exec(line);
      if (m) calls.push({ file: source.path, line: i + 1, path: m[1], text: m[0] });
    });
  }
  return calls;
}

/** The first line naming one database's sqlx types: in the file of the migrate! call first, then the crate's. */
function codeDialect(
  sources: readonly RepoText[],
  first: string | undefined,
): { dialect: Dialect; name?: string; evidence: Evidence } | undefined {
  const ordered = [...sources].sort((a, b) => Number(b.path === first) - Number(a.path === first));
  for (const source of ordered) {
    const lines = codeLines(source.text);
    for (let i = 0; i < lines.length; i++) {
      const hits = CODE_DIALECTS.filter(([re]) => re.test(lines[i] as string));
      if (hits.length !== 1) continue;
      const [, dialect, name] = hits[0] as [RegExp, Dialect, string?];
      const text = (lines[i] as string).trim();
      return {
        dialect,
        ...(name ? { name } : {}),
        evidence: { file: source.path, line: i + 1, says: `reads \`${text.slice(0, 80)}\`` },
      };
    }
  }
  return undefined;
}

/** Lines with `//` comments blanked, so a comment mentioning migrate!() is not a call. */
function codeLines(text: string): string[] {
  return text.split("\n").map((line) => line.replace(/\/\/.*$/, ""));
}
