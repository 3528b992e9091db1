import { existsSync } from "node:fs";
import { join } from "node:path";
import { LockstepError } from "../../core/errors.js";
import { isNumbered } from "../../core/layouts/naming.js";
import type { Migration, MigrationSet } from "../../core/migration.js";
import { authorableNames } from "../../core/tools/index.js";
import { compareVersions } from "../../core/version.js";
import { CONFIG_FILE } from "../workspace/config.js";
import { type DatabaseRequest, type ResolvedDatabases, resolveDatabases } from "../workspace/databases.js";
import { COMMON_LOCATIONS } from "../workspace/set-location.js";

/** What `new` and `renumber` share: reading one set as `lock` reads it, and the messages for what they cannot do. */

const LAYOUT_NAMES = authorableNames();

/** The newest migration lockstep can number after (repeatable ones have no number). */
export function newestNumbered(set: MigrationSet): Migration | undefined {
  return set.migrations
    .filter((m) => isNumbered(m.version))
    .reduce<Migration | undefined>(
      (max, m) => (max === undefined || compareVersions(m.version, max.version) > 0 ? m : max),
      undefined,
    );
}

export function noLayout(dir: string): LockstepError {
  return new LockstepError(
    "usage",
    `${dir}/ has no migrations yet, so lockstep cannot tell which layout to write; name it in ${CONFIG_FILE}, for example {"databases":[{"name":"main","dir":"${dir}","layout":"golang-migrate"}]} (layouts: ${LAYOUT_NAMES})`,
  );
}

/** The databases of the request; with no config and no migrations anywhere, says that a layout is needed. */
export async function resolveForAuthoring(req: DatabaseRequest): Promise<ResolvedDatabases> {
  try {
    return await resolveDatabases(req);
  } catch (error) {
    const configured = req.configPath !== undefined || existsSync(join(req.cwd, CONFIG_FILE));
    if (!(error instanceof LockstepError) || configured || req.db) throw error;
    const dir = COMMON_LOCATIONS.find((d) => existsSync(join(req.cwd, d))) ?? "migrations";
    throw noLayout(dir);
  }
}
