import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  knownEntries,
  knownPlace,
  readKnownFile,
  renderKnownFile,
  runReplay,
  updateKnown,
  writeKnownFile
} from "./chunk-3YNM6M3L.js";
import {
  CONFIG_FILE
} from "./chunk-WWXHY5GU.js";
import {
  repositoryTop
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/known/known-update.ts
import { dirname, relative, resolve } from "node:path";
function listKnown(req) {
  const root = dirname(resolve(req.cwd, req.configPath ?? CONFIG_FILE));
  const place = knownPlace(root, req.cwd, repositoryTop(root, req.cwd));
  const { entries, exists } = readKnownFile(place);
  return { place, entries, exists };
}
async function updateKnownFile(req) {
  const outcome = await runReplay({ ...req, down: "all", known: false });
  const place = outcome.known;
  const root = dirname(place.path);
  const fileOf = (shown) => relative(root, resolve(req.cwd, shown)).split("\\").join("/");
  const current = outcome.report.databases.flatMap((db) => knownEntries(db, fileOf));
  const notes = [...outcome.notes];
  const before = readLeniently(place, notes);
  const scope = req.db ? new Set(outcome.report.databases.map((d) => d.name)) : void 0;
  const update = updateKnown(before.entries, current, scope);
  const text = renderKnownFile(update.entries);
  const written = before.text !== text && (before.exists || update.entries.length > 0);
  if (written) writeKnownFile(place, update.entries);
  return { ...update, place, written, notes };
}
function readLeniently(place, notes) {
  try {
    return readKnownFile(place);
  } catch (cause) {
    if (!(cause instanceof LockstepError) || cause.kind !== "config") throw cause;
    notes.push(`${cause.message.replace(/; fix it, or .*$/, "")}: written again from the current findings`);
    return { entries: [], exists: true };
  }
}
async function recordHistoryFindings(root) {
  if (readLeniently(knownPlace(root, root), []).exists) return void 0;
  let outcome;
  try {
    outcome = await updateKnownFile({ cwd: root });
  } catch (cause) {
    if (!(cause instanceof LockstepError)) throw cause;
    return `did not record the history's findings as known (${cause.message}); run lockstep known --update once the migrations replay`;
  }
  const { added, written, place } = outcome;
  if (!written) return void 0;
  return `recorded ${added.length} existing finding${added.length === 1 ? "" : "s"} as known in ${place.shown}`;
}

export {
  listKnown,
  updateKnownFile,
  recordHistoryFindings
};
