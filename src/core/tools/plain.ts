import {
  dialectOfUrl,
  folderOf,
  joinInRepo,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { singleFile } from "../layouts/naming.js";
import { anySqlFile, readNamed, simpleName } from "../layouts/paired-reader.js";
import { ANY_CODE, positionAt } from "../layouts/source.js";
import type { ToolDescriptor } from "./tool.js";

const SIMPLE_NAME = /^\d+_.+\.sql$/;

export const plain = {
  id: "plain",
  name: "plain",
  title: "plain / Atlas / sqlx simple",
  detect: {
    priority: 70,
    evidence: (files) => files.filter(({ name }) => SIMPLE_NAME.test(name)).length,
    reason: (files) => {
      const atlas = files.some(({ name }) => name === "atlas.sum") ? " with an atlas.sum" : "";
      return (
        `files named <digits>_<name>.sql${atlas}, up only. sqlx, Atlas, Cloudflare D1 and hand-run folders all ` +
        'look like this; lockstep runs them as written. Set layout "d1" or "sqlx" to replay them the way that tool does'
      );
    },
  },
  // Run as written: whatever runs them is the application's own.
  reads: { files: "numbered `<digits>_<name>.sql` files (every `.sql` file, with an `order` list)" },
  namesOnly: true,
  // With an `order` list, every `.sql` file is a migration whatever its name: the list says which run, and when.
  read: (files, context) =>
    readNamed(
      files,
      simpleName,
      () => false,
      (file) => (context.ordered ? anySqlFile(file) : undefined),
      ANY_CODE,
    ),
  looksLike: (name) => (SIMPLE_NAME.test(name) ? "a numbered migration" : undefined),
  order: { by: "number", how: "lockstep applies plain numbered files by number" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  configs: [{ shown: "atlas.hcl", matches: (name) => name === "atlas.hcl", read: readAtlasHcl }],
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name),
  },
} as const satisfies ToolDescriptor;

/** Atlas's migration directory formats, as lockstep reads them. */
const ATLAS_FORMATS: Record<string, string> = {
  atlas: "plain",
  "golang-migrate": "golang-migrate",
  goose: "goose",
  flyway: "flyway",
  dbmate: "dbmate",
};

/**
 * atlas.hcl: each `migration { dir = "file://…" format = … }` of an env (default `file://migrations`), and
 * the env's `url`/`dev` URL for the database. Read as text; HCL expressions are not evaluated.
 */
function readAtlasHcl(config: RepoText): SetClaim[] {
  const urls = [...config.text.matchAll(/\b(?:url|dev)\s*=\s*"([^"]*)"/g)].map((m) =>
    dialectOfUrl(m[1] as string),
  );
  const sqlite = urls.some((d) => d.dialect === "sqlite");
  const other = urls.find((d) => d.dialect === "other");
  const format = /\bformat\s*=\s*"?([\w-]+)/.exec(config.text)?.[1];
  const layout = format ? ATLAS_FORMATS[format] : "plain";
  if (!layout) return [];
  const dirs = [...config.text.matchAll(/\bdir\s*=\s*"file:\/\/([^"?]*)/g)];
  const claim = {
    layout,
    tool: "Atlas",
    dialect: sqlite ? ("sqlite" as const) : other ? ("other" as const) : ("unstated" as const),
    ...(!sqlite && other?.name ? { dialectName: other.name } : {}),
  };
  if (dirs.length === 0)
    return [
      {
        ...claim,
        dir: joinInRepo(folderOf(config.path), "migrations"),
        written: "migrations",
        guessed: true,
        evidence: [
          { file: config.path, line: 1, says: "names no migration dir: Atlas's default is migrations/" },
        ],
      },
    ];
  return dirs.map((m) => ({
    ...claim,
    dir: joinInRepo(folderOf(config.path), m[1] as string),
    written: m[1] as string,
    evidence: [
      { file: config.path, line: positionAt(config.text, m.index).line, says: `says dir = "file://${m[1]}"` },
    ],
  }));
}
