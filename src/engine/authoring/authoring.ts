import { existsSync, mkdirSync, rmSync, unlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../../adapters/atomic-write.js";
import { readLockText } from "../../adapters/lock-store.js";
import { LockstepError } from "../../core/errors.js";
import {
  downTemplate,
  type FileShape,
  type NewFile,
  nextVersion,
  patternFileName,
  sanitizeName,
  upTemplate,
} from "../../core/layouts/naming.js";
import { schemeFor } from "../../core/layouts/renumber-plan.js";
import { baseName, dirName } from "../../core/layouts/source.js";
import { LOCK_FILE } from "../../core/lock/lock-file.js";
import type { LayoutId, Migration } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { refreshLock } from "../applied/lock.js";
import { CONFIG_FILE } from "../workspace/config.js";
import { DISK, readDatabase } from "../workspace/database-tree.js";
import { type DatabaseSpec, shownPath } from "../workspace/databases.js";
import { newestNumbered, noLayout, resolveForAuthoring } from "./authoring-set.js";
import { filledFromSchemas, type SchemaPair, schemasEqual } from "./new-from.js";

export { type RenumberRequest, type RenumberResult, runRenumber } from "./renumber.js";

export interface NewRequest {
  cwd: string;
  name: string;
  db?: string;
  configPath?: string;
  /** The clock, for timestamp versions (tests pass a fixed one). */
  now?: Date;
  /** Write the SQL between these two databases' schemas instead of templates. */
  schemas?: SchemaPair;
}

export interface NewResult {
  /** Display paths of the files created. */
  created: string[];
  /** Display path of the lock file, when it was brought up to date. */
  lockFile?: string;
  notes: string[];
  /** `--from`/`--to` name databases with the same schema: nothing was written. */
  equal?: true;
}

/** `lockstep new NAME`: the next migration of one set, in its own scheme and layout, with templates. */
export async function runNew(req: NewRequest): Promise<NewResult> {
  const name = sanitizeName(req.name);
  if (name === "") {
    throw new LockstepError("usage", `"${req.name}" has no letters or digits to name a migration with`);
  }
  if (req.schemas && (await schemasEqual(req.cwd, req.schemas)))
    return { created: [], notes: [], equal: true };
  const { specs, notes, config } = await resolveForAuthoring({
    cwd: req.cwd,
    db: req.db,
    configPath: req.configPath,
  });
  const [spec] = specs;
  if (!spec || specs.length > 1) {
    const names = specs.map((s) => s.name).join(", ");
    throw new LockstepError(
      "usage",
      `${config?.file ?? CONFIG_FILE} has ${specs.length} databases (${names}); name one with --db NAME`,
    );
  }
  const shownDir = shownPath(req.cwd, spec.dir);
  const forced: LayoutId | undefined = spec.config.pattern ? "pattern" : spec.config.layout;
  let made: string | undefined;
  if (!existsSync(spec.dir)) {
    if (!forced) throw noLayout(shownDir);
    made = mkdirSync(spec.dir, { recursive: true });
  }
  const state = { wrote: false };
  try {
    return await writeNew(req, spec, name, forced, notes, state);
  } catch (error) {
    // Refused before anything was written: the directory made for it goes again.
    if (made && !state.wrote) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}

/** Longest file or folder name most file systems take (ext4, APFS, NTFS: 255 bytes). */
const NAME_MAX = 255;

async function writeNew(
  req: NewRequest,
  spec: DatabaseSpec,
  name: string,
  forced: LayoutId | undefined,
  notes: string[],
  state: { wrote: boolean },
): Promise<NewResult> {
  const shownDir = shownPath(req.cwd, spec.dir);
  const { files, set } = await readDatabase(spec, req.cwd, DISK);
  const { authoring } = toolOf(set.layout);
  if (authoring.refuse) throw new LockstepError("usage", `${shownDir}/ ${authoring.refuse.new}`);
  if (set.migrations.length === 0 && !forced) throw noLayout(shownDir);

  const newest = newestNumbered(set);
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const newestRel = newest ? (relOf.get(newest.files[0] ?? "") ?? "") : "";
  const scheme = schemeFor(set.layout, newest?.version) ?? authoring.firstScheme;
  const version = nextVersion(scheme, newest?.version, req.now ?? new Date());
  const folderLayout = authoring.folder !== undefined;
  // Beside the newest migration: nested category folders keep their place.
  const folder = newest ? dirName(folderLayout ? dirName(newestRel) : newestRel) : "";

  let planned: NewFile[];
  if (!authoring.files) {
    planned = patternFiles(spec, newest, relOf, version, name);
  } else {
    const after = newest ? baseName(newestRel).charAt(newest.version.length) : "";
    const shape: FileShape = {
      reversible: set.migrations.length === 0 || set.migrations.some((m) => m.down !== undefined),
      undo: set.migrations.some((m) => m.down !== undefined),
      separator: after === "-" || (after === "" && authoring.separator === "-") ? "-" : "_",
    };
    planned = authoring.files(version, name, shape);
  }
  let checks = new Map<string, string>();
  if (req.schemas) {
    const filled = await filledFromSchemas(req.cwd, req.schemas, set, planned, name);
    planned = filled.files;
    checks = filled.checks;
  }

  checkNameLength(planned, name);
  // A lock file that cannot be read as one (a directory, a FIFO) is refused before the migration is written.
  readLockText(spec.dir, shownPath(req.cwd, join(spec.dir, LOCK_FILE)));
  const targets = planned.map((f) => ({ ...f, abs: join(spec.dir, folder, f.rel) }));
  for (const t of targets) {
    if (existsSync(t.abs))
      throw new LockstepError("io", `${shownPath(req.cwd, t.abs)} already exists; nothing was written`);
  }
  const written: string[] = [];
  try {
    for (const t of targets) {
      mkdirSync(dirname(t.abs), { recursive: true });
      writeFileAtomic(t.abs, t.text, { exclusive: true });
      written.push(t.abs);
    }
  } catch (cause) {
    for (const path of written) unlinkSync(path);
    throw new LockstepError(
      "io",
      `cannot write ${shownPath(req.cwd, targets[written.length]?.abs ?? spec.dir)} (${(cause as NodeJS.ErrnoException).code ?? "error"}); nothing was written`,
      { cause },
    );
  }
  state.wrote = true;
  const result: NewResult = { created: targets.map((t) => shownPath(req.cwd, t.abs)), notes };
  for (const t of targets) {
    const check = checks.get(t.rel);
    if (check) notes.push(`${shownPath(req.cwd, t.abs)}: ${check}`);
  }
  if (spec.config.order) {
    notes.push(
      `${spec.config.order} lists the migrations in order: add ${result.created[0]} to it, or lockstep and your application skip it`,
    );
  }
  result.lockFile = await refreshLock(spec, req.cwd);
  return result;
}

/** A name that makes a file or folder name longer than the file system takes is refused before anything is written. */
function checkNameLength(planned: NewFile[], name: string): void {
  const parts = planned.flatMap((f) => f.rel.split("/"));
  const longest = Math.max(...parts.map((p) => Buffer.byteLength(p)));
  if (longest <= NAME_MAX) return;
  const extra = Math.max(
    ...parts.filter((p) => p.includes(name)).map((p) => Buffer.byteLength(p) - name.length),
  );
  throw new LockstepError(
    "usage",
    `the name is ${name.length} characters, which makes a ${longest}-byte file name, and file names take at most ${NAME_MAX} bytes: with this set's version and suffixes a name may be at most ${Math.max(0, NAME_MAX - extra)} characters; nothing was written`,
  );
}

/** A `pattern` naming: the newest migration's file names with the version and name replaced. */
function patternFiles(
  spec: DatabaseSpec,
  newest: Migration | undefined,
  relOf: Map<string, string>,
  version: string,
  name: string,
): NewFile[] {
  const pattern = spec.config.pattern ?? "";
  if (!newest) {
    throw new LockstepError(
      "usage",
      "a home-grown `pattern` naming cannot be guessed from an empty directory; create the first migration by hand",
    );
  }
  return newest.files.map((display) => {
    const fileName = baseName(relOf.get(display) ?? display);
    const named = patternFileName(pattern, fileName, version, name);
    if (!named) {
      throw new LockstepError(
        "config",
        `cannot name the new migration after ${display}: the \`pattern\` no longer matches with version ${version} and name ${name}`,
      );
    }
    return {
      rel: named.fileName,
      text: named.down ? downTemplate(name) : upTemplate(name, newest.files.length > 1),
    };
  });
}
