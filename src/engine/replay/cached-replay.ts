import { resolveEngine } from "../../adapters/sqlite/engine.js";
import type { MigrationSet } from "../../core/migration.js";
import type { DatabaseSpec } from "../workspace/databases.js";
import { PrefixCache } from "./prefix-cache.js";
import type { ReplaySetOptions } from "./replay-options.js";
import { checksDown, type ReplaySetResult } from "./replay-set.js";

/**
 * The verdicts of a history verified before as a whole, read here rather than in the replay's process: a
 * warm `check` then starts no replay at all. Only on node:sqlite, which this process has loaded already to
 * choose it (the wasm build would be loaded twice); never with application functions (see PrefixCache.open).
 */
export async function verifiedBefore(
  set: MigrationSet,
  options: ReplaySetOptions,
  spec: DatabaseSpec,
): Promise<ReplaySetResult | undefined> {
  if (options.engine !== "native" || !options.cache || spec.config.functions || set.migrations.length === 0)
    return undefined;
  const engine = await resolveEngine("native");
  const verdicts = PrefixCache.open(set, options, engine, (m) => checksDown(m, options))?.wholeHistory();
  return verdicts && { ...verdicts, engine };
}
