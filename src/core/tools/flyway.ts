import {
  dialectOfUrl,
  escapeRegExp,
  folderOf,
  isRecord,
  joinInRepo,
  lineMatching,
  parseToml,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { finding } from "../finding.js";
import { downTemplate, upTemplate } from "../layouts/naming.js";
import {
  baseName,
  type Entry,
  emptyResult,
  type ReadResult,
  script,
  unreadableFinding,
  wholeFile,
} from "../layouts/source.js";
import type { SourceFile } from "../migration.js";
import { versionKey } from "../version.js";
import type { ToolDescriptor } from "./tool.js";
import { flywayChecksum } from "./tracked-rows.js";
import { flywayRows, flywayVersion } from "./tracking-shapes.js";

const CORE = "https://github.com/flyway/flyway/blob/main/flyway-core/src/main/java/org/flywaydb/core";

export const flyway = {
  id: "flyway",
  name: "Flyway",
  title: "Flyway",
  detect: {
    priority: 40,
    evidence: (files) =>
      files.filter(({ name }) => /^[VU]\d+(?:[._]\d+)*__.+\.sql$|^R__.+\.sql$/.test(name)).length,
    reason: () => "Flyway files V<version>__<description>.sql",
  },
  reads: {
    files:
      "`V<version>__<description>.sql`, `U<version>__<description>.sql` and `R__<description>.sql` scripts",
  },
  read: (files) => readFlyway(files),
  looksLike: (name) => (/^[VUR]\d*(?:[._]\d+)*__.+\.sql$/.test(name) ? "a Flyway migration" : undefined),
  order: { by: "number", how: "Flyway compares version parts as numbers" },
  downs: "if-any",
  transaction: {
    wraps: "each-file",
    optOut: "put `executeInTransaction=false` in the script's `.conf` file",
  },
  // Flyway (checked 13.0, main), with the defaults validateOnMigrate=true and ignoreMigrationPatterns=*:future.
  applied: {
    outOfOrder: {
      does: 'refuses to migrate unless `outOfOrder=true`: validate (run by migrate) fails with "Detected resolved migration not applied to database"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`, // validate(): MigrationState.IGNORED (ResolvedMigration.getState())
    },
    duplicate: {
      does: 'refuses to migrate: "Found more than one migration with version N"',
      source: `${CORE}/internal/resolver/CompositeMigrationResolver.java`, // checkForIncompatibilities()
    },
    renamed: {
      does: 'validate (run by migrate) fails: a new description is a "Migration description mismatch", a new version leaves the applied one "not resolved locally"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`, // validate(): DESCRIPTION_MISMATCH, APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
    },
    edited: {
      does: 'stores a checksum of each script; validate (run by migrate) fails with "Migration checksum mismatch"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`, // validate(): CHECKSUM_MISMATCH
    },
    deleted: {
      does: 'validate (run by migrate) fails with "Detected applied migration not resolved locally"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`, // validate(): APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
    },
  },
  configs: [
    {
      shown: "flyway.conf/.toml",
      matches: (name) => name === "flyway.conf" || name === "flyway.toml",
      read: readFlywayConfig,
    },
  ],
  tracking: {
    tables: ["flyway_schema_history"],
    stores:
      "one row per applied script: `installed_rank`, `version`, `description`, `type`, `script`, `checksum`, `installed_by`, `installed_on`, `execution_time`, `success`",
    source: `${CORE}/internal/database/sqlite/SQLiteDatabase.java`, // getRawCreateScript()
    reader: {
      table: "flyway_schema_history",
      query:
        "SELECT version, checksum, success, type FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank",
      rows: flywayRows,
      key: (m) => flywayVersion(m.version),
      checksum: {
        of: flywayChecksum,
        changed:
          'Flyway\'s validate (run before every migrate) fails: "Migration checksum mismatch for migration version VERSION"; `flyway repair` records the new checksum once the change is deliberate',
      },
      missing:
        'Flyway\'s validate fails: "Detected applied migration not resolved locally"; `flyway repair` marks it deleted when that is deliberate',
      failed:
        'Flyway\'s validate fails: "Detected failed migration to version VERSION"; fix the schema by hand, then `flyway repair` removes the row',
      source: `${CORE}/internal/schemahistory/JdbcTableSchemaHistory.java`, // allAppliedMigrations()
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 1 },
    files: (version, name, shape) => [
      { rel: `V${version}__${name}.sql`, text: upTemplate(name, shape.undo) },
      ...(shape.undo ? [{ rel: `U${version}__${name}.sql`, text: downTemplate(name) }] : []),
    ],
    // Flyway keeps per-script settings in `<file>.conf`: it follows its script.
    companions: (rel) => [`${rel}.conf`],
  },
} as const satisfies ToolDescriptor;

/** `V1.2__desc.sql` (versioned), `U1.2__desc.sql` (its undo), `R__desc.sql` (repeatable). */
const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;

/**
 * Flyway: versioned migrations in version order (parts compared as numbers, so 1.10 follows 1.9), then the
 * repeatable ones in description order. A repeatable migration has no version; lockstep gives it the
 * version `R__<description>` (its file name without `.sql`), which cannot collide with a numeric version
 * and still names it in reports. Each script runs in a transaction unless its `<file>.conf` says
 * `executeInTransaction=false`. An undo (`U`) file is the down of the `V` file with the same version.
 */
function readFlyway(files: SourceFile[]): ReadResult {
  const result = emptyResult();
  const byName = new Map(files.map((file) => [file.rel, file]));
  const undos = new Map<string, SourceFile[]>();
  const versioned: { file: SourceFile; version: string; name: string }[] = [];
  for (const file of files) {
    const name = baseName(file.rel);
    const repeatable = REPEATABLE.exec(name);
    const match = VERSIONED.exec(name);
    if (repeatable) {
      result.claimed.add(file.rel);
      result.entries.push(
        toEntry(file, undefined, `R__${repeatable[1]}`, repeatable[1] ?? "", byName, result, true),
      );
    } else if (match?.[1] === "U") {
      result.claimed.add(file.rel);
      const key = versionKey(match[2] ?? "");
      undos.set(key, [...(undos.get(key) ?? []), file]);
    } else if (match) {
      result.claimed.add(file.rel);
      versioned.push({ file, version: match[2] ?? "", name: match[3] ?? "" });
    }
  }
  for (const { file, version, name } of versioned) {
    const key = versionKey(version);
    const undo = undos.get(key)?.shift();
    result.entries.push(toEntry(file, undo, version, name, byName, result, false));
  }
  for (const undo of [...undos.values()].flat()) {
    result.findings.push(
      finding(
        "parse-error",
        `${undo.display} is an undo migration with no versioned (V) migration of the same version. ` +
          "Add the V file, or delete the undo if its migration was removed.",
        { file: undo.display },
      ),
    );
  }
  return result;
}

function toEntry(
  file: SourceFile,
  undo: SourceFile | undefined,
  version: string,
  name: string,
  byName: Map<string, SourceFile>,
  result: ReadResult,
  repeatable: boolean,
): Entry {
  const parts = [file, undo].filter((part): part is SourceFile => part !== undefined);
  const entry: Entry = {
    migration: { version, name, files: parts.map((part) => part.display) },
    rels: parts.map((part) => part.rel),
    sortName: repeatable ? name : baseName(file.rel),
    repeatable,
  };
  for (const [part, direction] of [
    [file, "up"],
    [undo, "down"],
  ] as const) {
    if (!part) continue;
    const config = byName.get(`${part.rel}.conf`);
    if (config) result.claimed.add(config.rel);
    const transaction = !/^\s*executeInTransaction\s*=\s*false\s*$/m.test(config?.text ?? "");
    if (part.text === undefined) result.findings.push(unreadableFinding(part, version));
    else entry.migration[direction] = script(part, wholeFile(part.text), transaction);
  }
  return entry;
}

/**
 * flyway.conf (`flyway.locations=filesystem:sql,…`, `flyway.url=jdbc:sqlite:…`) and flyway.toml
 * (`[flyway] locations`, `[environments.*] url`). `classpath:` locations are the Maven/Gradle resources folder.
 */
function readFlywayConfig(config: RepoText): SetClaim[] {
  let locations: string[] = [];
  let urls: string[] = [];
  if (config.path.endsWith(".toml")) {
    const toml = parseToml(config.text);
    if (!toml) return [];
    const flyway = isRecord(toml.flyway) ? toml.flyway : {};
    const list = (v: unknown) =>
      Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : [];
    locations = list(flyway.locations);
    const envs = isRecord(toml.environments) ? Object.values(toml.environments) : [];
    for (const env of envs) {
      if (!isRecord(env)) continue;
      if (typeof env.url === "string") urls.push(env.url);
      if (isRecord(env.flyway)) locations.push(...list(env.flyway.locations));
    }
  } else {
    const prop = (key: string) =>
      new RegExp(`^\\s*flyway\\.${key}\\s*[=:]\\s*(.*)$`, "m").exec(config.text)?.[1];
    locations = (prop("locations") ?? "").split(",");
    urls = [prop("url") ?? ""];
  }
  const dialects = urls.map(dialectOfUrl);
  const sqlite = dialects.some((d) => d.dialect === "sqlite");
  const other = dialects.find((d) => d.dialect === "other");
  const claims: SetClaim[] = [];
  for (const raw of locations.map((l) => l.trim()).filter(Boolean)) {
    const m = /^(filesystem:|classpath:)?(.*)$/.exec(raw) as RegExpExecArray;
    const written = m[1] === "classpath:" ? `src/main/resources/${m[2]}` : (m[2] as string);
    claims.push({
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "flyway",
      tool: "Flyway",
      dialect: sqlite ? "sqlite" : other ? "other" : "unstated",
      ...(!sqlite && other?.name ? { dialectName: other.name } : {}),
      evidence: [
        {
          file: config.path,
          line: lineMatching(config.text, new RegExp(escapeRegExp(raw))) ?? 1,
          says: `says locations ${raw}${sqlite ? " and a jdbc:sqlite URL" : other ? ` and a ${other.name} URL` : ""}`,
        },
      ],
    });
  }
  return claims;
}
