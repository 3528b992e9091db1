import { dirname, relative, resolve } from "node:path";
import { repositoryTop } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import {
  type KnownEntry,
  type KnownUpdate,
  knownEntries,
  renderKnownFile,
  updateKnown,
} from "../../core/known-findings.js";
import { type ReplayRequest, runReplay } from "../replay/replay.js";
import { CONFIG_FILE } from "../workspace/config.js";
import type { DatabaseRequest } from "../workspace/databases.js";
import { type KnownPlace, knownPlace, readKnownFile, writeKnownFile } from "./known-file.js";

export interface KnownListing {
  place: KnownPlace;
  entries: KnownEntry[];
  exists: boolean;
}

/** `lockstep known`: what lockstep.known.json (beside the config) lists. */
export function listKnown(req: DatabaseRequest): KnownListing {
  const root = dirname(resolve(req.cwd, req.configPath ?? CONFIG_FILE));
  const place = knownPlace(root, req.cwd, repositoryTop(root, req.cwd));
  const { entries, exists } = readKnownFile(place);
  return { place, entries, exists };
}

export interface KnownUpdateOutcome extends KnownUpdate {
  place: KnownPlace;
  /** Whether the file was written: not when it already says this, nor with nothing to record and no file. */
  written: boolean;
  notes: string[];
}

/**
 * `lockstep known --update`: replays every database (or the one of --db) with every down verified, and
 * makes the known file list exactly their findings: a fixed one leaves it, a new one joins it.
 */
export async function updateKnownFile(
  req: Omit<ReplayRequest, "known" | "down">,
): Promise<KnownUpdateOutcome> {
  const outcome = await runReplay({ ...req, down: "all", known: false });
  const place = outcome.known;
  const root = dirname(place.path);
  const fileOf = (shown: string) => relative(root, resolve(req.cwd, shown)).split("\\").join("/");
  const current = outcome.report.databases.flatMap((db) => knownEntries(db, fileOf));
  const notes = [...outcome.notes];
  const before = readLeniently(place, notes);
  const scope = req.db ? new Set(outcome.report.databases.map((d) => d.name)) : undefined;
  const update = updateKnown(before.entries, current, scope);
  const text = renderKnownFile(update.entries);
  const written = before.text !== text && (before.exists || update.entries.length > 0);
  if (written) writeKnownFile(place, update.entries);
  return { ...update, place, written, notes };
}

/** The file as it is; one lockstep cannot read is written again from the findings, said in a note. */
function readLeniently(place: KnownPlace, notes: string[]): ReturnType<typeof readKnownFile> {
  try {
    return readKnownFile(place);
  } catch (cause) {
    if (!(cause instanceof LockstepError) || cause.kind !== "config") throw cause;
    notes.push(`${cause.message.replace(/; fix it, or .*$/, "")}: written again from the current findings`);
    return { entries: [], exists: true };
  }
}

/**
 * What `lockstep init` does once the config and lock files are written: where no known file exists yet, the
 * history's findings are recorded as known, so adopting lockstep starts green. Returns the line to print.
 */
export async function recordHistoryFindings(root: string): Promise<string | undefined> {
  if (readLeniently(knownPlace(root, root), []).exists) return undefined;
  let outcome: KnownUpdateOutcome;
  try {
    outcome = await updateKnownFile({ cwd: root });
  } catch (cause) {
    // The config and lock files are written: init goes on, and says how to record them later.
    if (!(cause instanceof LockstepError)) throw cause;
    return `did not record the history's findings as known (${cause.message}); run lockstep known --update once the migrations replay`;
  }
  const { added, written, place } = outcome;
  if (!written) return undefined;
  return `recorded ${added.length} existing finding${added.length === 1 ? "" : "s"} as known in ${place.shown}`;
}
