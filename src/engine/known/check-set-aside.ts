import type { GitRepo } from "../../adapters/git.js";
import type { DatabaseReport } from "../../core/report.js";
import { setAside } from "../../core/set-aside.js";
import { type KnownPlace, knownAt } from "./known-file.js";

/**
 * check's known and existing findings: the known file as HEAD commits it (what check reads is committed),
 * with the base's copy deciding for migrations the branch adds or edits. `unchanged[i]`: the files of
 * `databases[i]` the base has as they are. Returns notes on known entries that did not count.
 */
export async function setAsideOnBranch(
  repo: GitRepo,
  baseRef: string,
  place: KnownPlace,
  databases: readonly DatabaseReport[],
  unchanged: readonly ReadonlySet<string>[],
): Promise<string[]> {
  const prints = async (ref: string) => new Set((await knownAt(repo, ref, place)).map((e) => e.fingerprint));
  const known = await prints("HEAD");
  const knownOnBase = await prints(baseRef);
  return databases.flatMap((db, i) =>
    setAside(db, { known, knownOnBase, unchanged: unchanged[i], knownFile: place.shown }),
  );
}
