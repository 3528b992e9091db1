import type { MigrationSet } from "../../core/migration.js";
import { makeSchema } from "../../core/schema/index.js";
import type { replayDatabase } from "../replay/replay.js";

type Replayed = Awaited<ReturnType<typeof replayDatabase>>;

/**
 * What the base (or the fork point) replays to, taken from the head's runner replay instead of running the
 * tool on a tree that is not checked out: the base's migrations are the first ones of the head's history,
 * so the state after the last of them is the base's. Undefined when they are not (the branch is behind or
 * reorders): then the check has no base schema to compare.
 */
export function prefixReplay(head: Replayed, set: MigrationSet): Replayed | undefined {
  const versions = set.migrations.map((m) => m.version);
  const headVersions = head.report.migrations.map((m) => m.version);
  if (versions.some((v, i) => headVersions[i] !== v)) return undefined;
  const last = versions.at(-1);
  const schema = last === undefined ? makeSchema([]) : head.after?.get(last);
  if (!schema) return undefined;
  const kept = new Set(versions);
  return {
    ...head,
    report: {
      ...head.report,
      migrations: head.report.migrations.filter((m) => kept.has(m.version)),
      findings: [],
    },
    schema,
    touched: new Map([...head.touched].filter(([v]) => kept.has(v))),
    after: undefined,
  };
}
