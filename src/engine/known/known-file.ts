import { dirname, join } from "node:path";
import { writeFileAtomic } from "../../adapters/atomic-write.js";
import type { GitRepo } from "../../adapters/git.js";
import { lstatOrUndefined } from "../../adapters/regular-file.js";
import { readRegularText, repositoryTop, resolveInRepo } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import { KNOWN_FILE, type KnownEntry, parseKnownFile, renderKnownFile } from "../../core/known-findings.js";
import { shownPath } from "../workspace/databases.js";

/** Far above the findings of any real history. */
const MAX_KNOWN_BYTES = 16 * 1024 * 1024;

/** Where lockstep.known.json is: beside the config (its root), else where lockstep runs. */
export interface KnownPlace {
  /** Absolute path. */
  path: string;
  /** As the user sees it (relative to where lockstep runs). */
  shown: string;
  /** The repository's top: the file is read only inside it, like every path of the config. */
  top: string;
}

export function knownPlace(root: string, cwd: string, top = repositoryTop(root, cwd)): KnownPlace {
  const path = join(root, KNOWN_FILE);
  return { path, shown: shownPath(cwd, path), top };
}

/** The working tree's known file (none: no entries). */
export function readKnownFile(place: KnownPlace): { entries: KnownEntry[]; exists: boolean; text?: string } {
  if (!lstatOrUndefined(place.path)) return { entries: [], exists: false };
  const key = "the known findings file";
  const real = resolveInRepo(place.top, dirname(place.path), key, KNOWN_FILE, place.shown);
  const text = readRegularText(real, "the known findings file", place.shown, MAX_KNOWN_BYTES);
  return { entries: parseKnownFile(text, place.shown), exists: true, text };
}

/** The known file as committed at `ref` (none there: no entries). */
export async function knownAt(repo: GitRepo, ref: string, place: KnownPlace): Promise<KnownEntry[]> {
  const path = repo.pathOf(place.path);
  const text = await repo.show(ref, path);
  if (text === undefined) return [];
  if (text.startsWith(`tree ${ref}:${path}\n\n`))
    throw new LockstepError(
      "config",
      `${place.shown} is a directory in ${ref}, not the known findings file; remove or rename it, then run lockstep known --update`,
    );
  return parseKnownFile(text, `${place.shown} (in ${ref})`);
}

export function writeKnownFile(place: KnownPlace, entries: readonly KnownEntry[]): void {
  try {
    writeFileAtomic(place.path, renderKnownFile(entries));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new LockstepError("io", `cannot write ${place.shown} (${code}); it was left as it was`, { cause });
  }
}
