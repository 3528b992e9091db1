import { MAX_FILE_BYTES, readSourceFiles } from "../../adapters/file-source.js";
import type { GitRepo, IndexEntry } from "../../adapters/git.js";
import { sizeText } from "../../adapters/regular-file.js";
import { readRegularText } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { type OrderList, readMigrationSet } from "../../core/layouts/index.js";
import type { MigrationScript, MigrationSet, SourceFile } from "../../core/migration.js";
import { pragmaRuleFindings } from "../../core/safety/pragma-rules.js";
import { sqliteVersionFindings } from "../../core/sqlite-version.js";
import { CONFIG_FILE } from "./config.js";
import { configPath, type DatabaseSpec, keyOf, shownFrom } from "./databases.js";
import { filesAt } from "./git-files.js";

/** Where a database is read from: the working tree, or a commit (`ref` `""` is the index). */
export type Tree =
  | { at: "disk"; submodules?: Set<string> }
  | {
      at: "git";
      repo: GitRepo;
      ref: string;
      /** Files whose text is not read: the layout needs only their names (see ToolDescriptor.namesOnly). */
      namesOnly?: (entry: IndexEntry) => boolean;
    };

/**
 * One database as one tree holds it: its files, the set they make, and the tree, so that what the config
 * names besides the directory (the order file, the baseline) is read from the same tree as the migrations.
 */
export interface ReadDatabase {
  spec: DatabaseSpec;
  tree: Tree;
  files: SourceFile[];
  set: MigrationSet;
}

export const DISK: Tree = { at: "disk" };

/** Reads and parses a database's migrations once for this tree; everything downstream takes the result. */
export async function readDatabase(
  spec: DatabaseSpec,
  cwd: string,
  tree: Tree,
  applied?: ReadonlySet<string>,
): Promise<ReadDatabase> {
  const files =
    tree.at === "disk"
      ? await readSourceFiles(spec.dir, cwd, tree.submodules)
      : await filesAt(tree.repo, tree.ref, tree.repo.pathOf(spec.dir), cwd, tree.namesOnly);
  return { spec, tree, files, set: await setOf(spec, cwd, tree, files, applied) };
}

/** The set some of a database's files make, read exactly as readDatabase reads all of them. */
export async function setOf(
  spec: DatabaseSpec,
  cwd: string,
  tree: Tree,
  files: SourceFile[],
  applied?: ReadonlySet<string>,
): Promise<MigrationSet> {
  const set = readMigrationSet(files, {
    layout: spec.config.pattern ? "pattern" : spec.config.layout,
    pattern: spec.config.pattern,
    order: await loadOrder(spec, cwd, tree),
    exclude: spec.config.exclude,
    transaction: spec.config.transaction,
    // The directory lockstep found by detection is read as what it was detected as; a layout it fixed from a
    // tool's configuration (sqlx from a Cargo.toml) holds for every tree, with its reason.
    detected: tree.at === "disk" || spec.config.layout ? spec.detected : undefined,
    scripts: scriptKinds(spec),
    ...(applied ? { applied } : {}),
  });
  set.findings.push(...pragmaRuleFindings(set));
  if (spec.config.sqlite) {
    set.findings.push(...sqliteVersionFindings(set, spec.config.sqlite, `"sqlite" in ${CONFIG_FILE}`));
  }
  return set;
}

/** The config's `baseline`, from the tree being replayed. */
export async function loadBaseline(read: ReadDatabase, cwd: string): Promise<MigrationScript | undefined> {
  const { spec, tree } = read;
  if (!spec.config.baseline) return undefined;
  const sql = await configText(spec, tree, "baseline", spec.config.baseline);
  return {
    file: shownFrom(spec.root, cwd, spec.config.baseline),
    chunks: [{ sql, line: 1, column: 1 }],
    transaction: false,
  };
}

/** The config's `seed` files, from the tree being replayed. */
export async function loadSeeds(
  read: ReadDatabase,
  cwd: string,
): Promise<{ script: MigrationScript; after: string }[]> {
  const { spec, tree } = read;
  const out: { script: MigrationScript; after: string }[] = [];
  for (const seed of spec.config.seed ?? []) {
    const sql = await configText(spec, tree, "seed", seed.file);
    const file = shownFrom(spec.root, cwd, seed.file);
    out.push({
      script: { file, chunks: [{ sql, line: 1, column: 1 }], transaction: false },
      after: seed.after,
    });
  }
  return out;
}

async function loadOrder(spec: DatabaseSpec, cwd: string, tree: Tree): Promise<OrderList | undefined> {
  if (!spec.config.order) return undefined;
  const text = await configText(spec, tree, "order", spec.config.order);
  return { file: shownFrom(spec.root, cwd, spec.config.order), lines: text.split("\n") };
}

/**
 * A file the config names, as the tree holds it. A commit without it (the branch adds it) gets the working
 * tree's copy, as the config that names it is the working tree's.
 */
async function configText(spec: DatabaseSpec, tree: Tree, key: string, path: string): Promise<string> {
  const abs = configPath(spec, key, path);
  if (tree.at === "git") {
    const text = await tree.repo.show(tree.ref, tree.repo.pathOf(abs));
    if (text !== undefined && !text.startsWith(`tree ${tree.ref}:`)) {
      if (Buffer.byteLength(text) > MAX_FILE_BYTES)
        throw new LockstepError(
          "config",
          `${keyOf(spec.name, key)} is ${JSON.stringify(path)} in ${tree.ref === "" ? "the index" : tree.ref}, over the ${sizeText(MAX_FILE_BYTES)} limit for a file lockstep reads; name the right file`,
        );
      return text;
    }
  }
  return readRegularText(abs, keyOf(spec.name, key), path, MAX_FILE_BYTES);
}

/** The file extensions the database's runner runs as per-file scripts (`"scripts": { "py": … }`). */
function scriptKinds(spec: DatabaseSpec): string[] | undefined {
  const runner = spec.config.runner;
  if (!runner || typeof runner === "string" || !runner.scripts) return undefined;
  return Object.keys(runner.scripts).map((ext) => ext.replace(/^\./, ""));
}
