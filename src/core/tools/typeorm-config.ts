import {
  type Evidence,
  folderOf,
  isRecord,
  joinInRepo,
  lineMatching,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { balancedAt, pathsOf, propertyOf } from "../discovery/js-config.js";

// TypeORM's data source is code (`new DataSource({ type: 'sqlite', migrations: ['src/migration/*.ts'] })`,
// often a typed `DataSourceOptions` object per environment): read as text, never run. Only packages whose
// package.json depends on typeorm are searched, and only their files that import it.

/**
 * `type` values whose driver is SQLite's (DriverFactory.ts). TypeORM 1.0 dropped `sqlite` (the sqlite3
 * package) for `better-sqlite3`; 0.3 has both.
 */
export const TYPEORM_SQLITE_TYPES = [
  "sqlite",
  "better-sqlite3",
  "sqljs",
  "capacitor",
  "cordova",
  "expo",
  "nativescript",
  "react-native",
] as const;

/** TypeORM loads these from a `migrations` glob, `.d.ts` files excepted (DirectoryExportedClassesLoader.ts). */
export const TYPEORM_FORMATS = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"] as const;

/** Folders a build writes compiled migrations to: a `.js` glob there is the copy of a source folder's `.ts`. */
const BUILD = /^(dist|build|out|lib)\//;

interface Glob {
  glob: string;
  dir: string | undefined;
  line: number;
}

interface Source {
  type?: { value: string; line: number };
  globs: Glob[];
  /** `migrationsTableName`, as written. */
  table?: { value: string; line: number };
}

export function readTypeormPackage(config: RepoText, sources: readonly RepoText[]): SetClaim[] {
  const dependency = typeormDependency(config);
  if (!dependency) return [];
  const root = folderOf(config.path);
  const claims: SetClaim[] = [];
  for (const source of sources) {
    if (!/\bfrom\s+["']typeorm["']|require\(\s*["']typeorm["']\s*\)/.test(source.text)) continue;
    const found = dataSources(source, root);
    const sqlite = found.filter((s) => sqliteType(s.type?.value));
    const compiled = new Set<Glob>();
    for (const ds of found) {
      const kind = ds.type === undefined ? "unstated" : sqliteType(ds.type.value) ? "sqlite" : "other";
      for (const glob of ds.globs) {
        if (compiled.has(glob) || glob.dir === undefined) continue;
        const evidence: Evidence[] = [dependency];
        if (ds.type)
          evidence.push({ file: source.path, line: ds.type.line, says: `says type '${ds.type.value}'` });
        evidence.push({ file: source.path, line: glob.line, says: `says migrations '${glob.glob}'` });
        if (ds.table)
          evidence.push({
            file: source.path,
            line: ds.table.line,
            says: `says migrationsTableName ${ds.table.value}`,
          });
        // The build's `.js` copy of this folder, in a data source of the same kind (production's).
        for (const other of (kind === "sqlite" ? sqlite : found).flatMap((s) => s.globs)) {
          if (other === glob || !isCopyOf(other, glob)) continue;
          compiled.add(other);
          evidence.push({
            file: source.path,
            line: other.line,
            says: `says migrations '${other.glob}' (the build's copy of ${glob.dir}/)`,
          });
        }
        claims.push({
          dir: glob.dir,
          written: glob.glob,
          layout: "typeorm",
          tool: "TypeORM",
          dialect: kind,
          ...(kind === "other" ? { dialectName: ds.type?.value } : {}),
          evidence,
        });
      }
    }
  }
  return claims;
}

function sqliteType(type: string | undefined): boolean {
  return (TYPEORM_SQLITE_TYPES as readonly string[]).includes(type ?? "");
}

/** `dist/migration/sqlite/**\/*.js` is the build's copy of `server/migration/sqlite/**\/*.ts`. */
function isCopyOf(copy: Glob, of: Glob): boolean {
  if (!copy.dir || !of.dir || !BUILD.test(copy.dir) || !/\.js\b/.test(copy.glob)) return false;
  const rest = copy.dir.replace(BUILD, "");
  return of.dir !== copy.dir && (of.dir === rest || of.dir.endsWith(`/${rest.slice(rest.indexOf("/") + 1)}`));
}

/** The typeorm dependency line of a package.json, or undefined where it has none. */
function typeormDependency(config: RepoText): Evidence | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(config.text);
  } catch {
    return undefined;
  }
  if (!isRecord(pkg)) return undefined;
  for (const key of ["dependencies", "devDependencies", "peerDependencies"]) {
    const deps = pkg[key];
    if (isRecord(deps) && typeof deps.typeorm === "string")
      return {
        file: config.path,
        line: lineMatching(config.text, /^\s*"typeorm"\s*:/) ?? 1,
        says: `says typeorm ${deps.typeorm}`,
      };
  }
  return undefined;
}

export function sourcesWanted(config: RepoText): boolean {
  return typeormDependency(config) !== undefined;
}

/** Every object literal of the file with a `migrations: [...]` of globs, with its `type` and table name. */
function dataSources(source: RepoText, root: string): Source[] {
  const { text } = source;
  const mask = codeMask(text);
  const found: Source[] = [];
  for (const m of text.matchAll(/(?:^|[\s{,])migrations\s*:\s*\[/g)) {
    if (mask[m.index + m[0].length - 1]) continue;
    const open = enclosingBrace(text, mask, m.index);
    const body = open === undefined ? undefined : balancedAt(text, open);
    if (open === undefined || !body) continue;
    const object = { body, at: open };
    const migrations = propertyOf(text, object, "migrations");
    if (!migrations) continue;
    const type = propertyOf(text, object, "type");
    const typeValue = type && /^["'`]([\w-]+)["'`]$/.exec(type.expression.trim())?.[1];
    const table = propertyOf(text, object, "migrationsTableName");
    const globs = globsOf(migrations, source.path, root);
    found.push({
      ...(typeValue ? { type: { value: typeValue, line: type.line } } : {}),
      globs,
      ...(table ? { table: { value: table.expression, line: table.line } } : {}),
    });
  }
  return found;
}

/** The globs of a `migrations` list, each with its line and the folder before its first wildcard. */
function globsOf(migrations: { expression: string; line: number }, file: string, root: string): Glob[] {
  const { expression } = migrations;
  const open = expression.indexOf("[");
  const list = balancedAt(expression, open);
  if (!list) return [];
  const globs: Glob[] = [];
  let offset = open + 1;
  for (const item of list.slice(1, -1).split(",")) {
    const first = offset + item.search(/\S|$/);
    const line = migrations.line + (expression.slice(0, first).match(/\n/g) ?? []).length;
    offset += item.length + 1;
    for (const { path, fromFile } of pathsOf(item)) {
      const parts = path.split("/").filter((part) => part !== "" && part !== ".");
      const stop = parts.findIndex((part) => /[*?{[]/.test(part));
      const dir = (stop === -1 ? parts.slice(0, -1) : parts.slice(0, stop)).join("/");
      // TypeORM globs from the working directory: the package's folder, where its scripts run the CLI.
      globs.push({ glob: path, dir: joinInRepo(fromFile ? folderOf(file) : root, dir || "."), line });
    }
  }
  return globs;
}

/** 1 for every offset inside a string or comment. */
function codeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let end = -1;
    if (c === '"' || c === "'" || c === "`") {
      end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === "\\" ? 2 : 1;
    } else if (c === "/" && text[i + 1] === "/")
      end = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
    else if (c === "/" && text[i + 1] === "*")
      end = text.indexOf("*/", i + 2) === -1 ? text.length : text.indexOf("*/", i + 2) + 1;
    if (end === -1) continue;
    mask.fill(1, i, Math.min(end + 1, text.length));
    i = end;
  }
  return mask;
}

/** The `{` of the object literal holding offset `at`. */
function enclosingBrace(text: string, mask: Uint8Array, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    if (mask[i]) continue;
    const c = text[i];
    if (c === "}" || c === "]" || c === ")") depth++;
    else if (c === "{" || c === "[" || c === "(") {
      if (depth === 0) return c === "{" ? i : undefined;
      depth--;
    }
  }
  return undefined;
}
