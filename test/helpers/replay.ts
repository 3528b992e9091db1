import type { Finding, RuleId } from "../../src/core/finding.js";
import type { DatabaseReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { tempTree } from "./temp-dir.js";

/**
 * Replays `files` placed in `migrations/` of a fresh directory and returns the one database report.
 * `database`: keys of a lockstep.config.json database entry (`layout`, `down`, …), written when given.
 */
export async function replayFiles(
  files: Record<string, string | Uint8Array>,
  extra: Record<string, string | Uint8Array> = {},
  database?: Record<string, unknown>,
): Promise<DatabaseReport> {
  const prefixed = Object.fromEntries(Object.entries(files).map(([k, v]) => [`migrations/${k}`, v]));
  const config: Record<string, string> = database
    ? {
        "lockstep.config.json": JSON.stringify({
          databases: [{ name: "main", dir: "migrations", ...database }],
        }),
      }
    : {};
  const cwd = tempTree({ ...prefixed, ...extra, ...config });
  const { report } = await runReplay(database ? { cwd } : { cwd, dir: "migrations" });
  return report.databases[0] as DatabaseReport;
}

export function rulesOf(db: DatabaseReport): RuleId[] {
  return db.findings.map((f) => f.rule);
}

export function only(db: DatabaseReport, rule: RuleId): Finding {
  const found = db.findings.filter((f) => f.rule === rule);
  if (found.length !== 1) {
    throw new Error(`expected exactly one ${rule}, got ${JSON.stringify(db.findings, null, 2)}`);
  }
  return found[0] as Finding;
}
