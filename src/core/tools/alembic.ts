import {
  dialectOfUrl,
  type Evidence,
  folderOf,
  joinInRepo,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { headsAndAncestors } from "./alembic-applied.js";
import { afterApplied, isRevisionFile, readRevisions } from "./alembic-graph.js";
import { planRepoint, repointedText } from "./alembic-renumber.js";
import type { ToolDescriptor } from "./tool.js";

const REPO = "https://github.com/sqlalchemy/alembic/blob/main";
const DOCS = "https://alembic.sqlalchemy.org/en/latest";
const REVISION_LINE = /^revision\s*(?::[^=\n]*)?=\s*["']/m;

/** What the team runs instead of lockstep's authoring commands: Alembic writes its own revisions. */
const WRITE = "`alembic revision -m NAME` (it sets down_revision to the current head)";

export const alembic = {
  id: "alembic",
  name: "Alembic",
  title: "Alembic",
  detect: {
    priority: 6,
    evidence: (files) =>
      files.filter(
        ({ name, folder, file }) =>
          folder === "" &&
          isRevisionFile(name) &&
          REVISION_LINE.test(file.text ?? "") &&
          /down_revision/.test(file.text ?? ""),
      ).length,
    reason: () =>
      "Alembic revisions (`revision` and `down_revision` in each .py file), ordered by the down_revision graph",
  },
  reads: { files: "the `*.py` revision files of the versions folder (not sub-folders, not `__init__.py`)" },
  read: (files, context) => readRevisions(files, context.applied).result,
  order: { by: "listed", how: "Alembic applies revisions along the down_revision graph, from the root" },
  downs: "always",
  // SQLite's impl has transactional_ddl = False, so begin_transaction(_per_migration=True) opens one per revision.
  transaction: {
    wraps: "each-file",
    optOut: "run the statements inside `with op.get_context().autocommit_block():`",
    // pysqlite begins the revision's transaction at its first INSERT, UPDATE or DELETE, not at BEGIN: a
    // PRAGMA before those takes effect, one after them does nothing; autocommit_block() commits first.
    // Batch mode's docs: the pragma "must be disabled when the workflow mode proceeds" (batch.html).
    foreignKeysOff:
      'Alembic\'s batch mode and a hand-written rebuild both need foreign keys off while the table is dropped ("must be disabled", says its batch documentation): put `op.execute("PRAGMA foreign_keys=OFF")` before the rebuild and `op.execute("PRAGMA foreign_keys=ON")` after it, each inside `with op.get_context().autocommit_block():` (inside the revision\'s transaction, which begins at its first INSERT, UPDATE or DELETE, the PRAGMA does nothing)',
  },
  graph: { afterApplied },
  // Alembic 1.8–1.16: ScriptDirectory and RevisionMap (alembic/script/base.py, revision.py).
  applied: {
    outOfOrder: {
      does: 'orders revisions by down_revision, not by name: a new revision whose down_revision is not the head makes a second head, and `alembic upgrade head` refuses to run ("Multiple head revisions are present")',
      source: `${REPO}/alembic/script/base.py`, // _catch_revision_errors(): "Multiple head revisions are present …"
    },
    duplicate: {
      does: 'warns "Revision … is present more than once" and keeps only the file it loaded last',
      source: `${REPO}/alembic/script/revision.py`, // RevisionMap._revision_map: util.warn(… more than once)
    },
    renamed: {
      does: 'knows a revision by its `revision` id, not its file name: a renamed file is the same revision; a changed id is a new revision whose old id databases still record, and Alembic stops with "Can\'t locate revision identified by …"',
      source: `${REPO}/alembic/script/base.py`, // _catch_revision_errors(): "Can't locate revision identified by '%s'"
    },
    edited: {
      does: "keeps no checksum (alembic_version holds only the head ids): an edited applied revision is not run again and the edit goes unnoticed",
      source: `${REPO}/alembic/runtime/migration.py`, // MigrationContext: version_table "alembic_version", one version_num column
    },
    deleted: {
      does: 'stops every command on databases that recorded it: "Can\'t locate revision identified by …"',
      source: `${REPO}/alembic/script/base.py`, // _catch_revision_errors(): ResolutionError of an unknown id
    },
  },
  configs: [
    {
      shown: "alembic.ini",
      matches: (name) => name === "alembic.ini",
      sources: ["env.py"],
      read: readAlembicIni,
    },
  ],
  tracking: {
    tables: ["alembic_version"],
    stores:
      "one row per head: `version_num`, the revision id the database is at; an upgrade replaces it, a downgrade puts back the down_revision",
    source: `${REPO}/alembic/runtime/migration.py`, // MigrationContext: version_table defaults to "alembic_version"
    reader: {
      table: "alembic_version",
      query: "SELECT version_num FROM alembic_version",
      rows: headsAndAncestors,
      key: (m) => m.step?.revision ?? m.version,
      missing:
        "Alembic refuses every command: \"Can't locate revision identified by 'REVISION'\" until the revision's file is back",
      source: `${REPO}/alembic/runtime/migration.py`, // MigrationContext.get_current_heads(): the heads only
    },
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    repoint: { plan: planRepoint, text: repointedText },
    refuse: {
      new: `is an Alembic versions folder: run ${WRITE}, then \`lockstep lock\``,
      renumber:
        "is an Alembic versions folder, ordered by down_revision: lockstep renumber rewrites a new revision's down_revision to the base's head",
      change: WRITE,
      clash: "give the new revision an id of its own (`alembic revision` makes one), then `lockstep lock`",
      early:
        "point its down_revision at the base's head (`lockstep renumber` does it), or add a merge revision with `alembic merge heads`",
    },
  },
  // Alembic's CLI: `-x` values reach env.py through context.get_x_argument(); env.py must read `db` from it
  // (the recipe in get_x_argument's docs). `<rev>@-1` walks back one step on that revision's own branch.
  code: true,
  runner: {
    up: "alembic -x db=sqlite:///{db} upgrade {revision}",
    down: "alembic -x db=sqlite:///{db} downgrade {down}",
    to: "alembic -x db=sqlite:///{db} upgrade {revision}",
    placeholders: ["revision", "down"],
    source: `${DOCS}/tutorial.html#relative-migration-identifiers`,
  },
} as const satisfies ToolDescriptor;

/** An alembic.ini line `key = value` of the `[alembic]` section, with its line. */
function iniValue(text: string, key: string): { value: string; line: number } | undefined {
  let section = "";
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const head = /^\s*\[([^\]]+)\]/.exec(raw);
    if (head) section = (head[1] as string).trim();
    const kv = new RegExp(`^${key}\\s*=\\s*(.*?)\\s*$`).exec(raw);
    if (kv && section === "alembic") return { value: kv[1] as string, line: i + 1 };
  }
  return undefined;
}

/**
 * alembic.ini: `script_location` (its `versions/` holds the revisions, unless `version_locations` names
 * them), and `sqlalchemy.url` or, where that is empty, the env.py line that sets it.
 */
function readAlembicIni(config: RepoText, sources: readonly RepoText[]): SetClaim[] {
  const location = iniValue(config.text, "script_location");
  if (!location) return [];
  const folder = folderOf(config.path);
  const written = location.value.replace(/^%\(here\)s\/?/, "") || ".";
  // A package location (`myapp:migrations`) names a Python package, not a folder lockstep can find.
  if (written.includes(":")) return [];
  const versions = iniValue(config.text, "version_locations");
  const dir =
    versions && !/[\s:;,]/.test(versions.value.replace(/^%\(here\)s\/?/, ""))
      ? joinInRepo(folder, versions.value.replace(/^%\(here\)s\/?/, ""))
      : joinInRepo(folder, `${written}/versions`);
  const evidence: Evidence[] = [
    { file: config.path, line: location.line, says: `says script_location = ${location.value}` },
  ];
  if (versions)
    evidence.push({
      file: config.path,
      line: versions.line,
      says: `says version_locations = ${versions.value}`,
    });
  const url = iniValue(config.text, "sqlalchemy.url");
  const named = url?.value ? dialectOfUrl(url.value) : { dialect: "unstated" as const };
  if (url) evidence.push({ file: config.path, line: url.line, says: `says sqlalchemy.url = ${url.value}` });
  if (!url?.value) {
    const env = sources.find((s) => s.path === joinInRepo(folder, `${written}/env.py`));
    const set = env?.text.split("\n").findIndex((l) => /set_main_option\(\s*["']sqlalchemy\.url["']/.test(l));
    if (env && set !== undefined && set !== -1)
      evidence.push({ file: env.path, line: set + 1, says: "sets sqlalchemy.url at run time" });
  }
  return [
    {
      dir,
      written,
      layout: "alembic",
      tool: "Alembic",
      dialect: named.dialect,
      ...(named.name ? { dialectName: named.name } : {}),
      evidence,
    },
  ];
}
