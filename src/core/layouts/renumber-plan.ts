import type { LayoutId, Migration } from "../migration.js";
import { toolOf } from "../tools/index.js";
import { compareVersions, versionKey } from "../version.js";
import { isNumbered, nextVersion, schemeOf, type VersionScheme } from "./naming.js";

export interface PlannedMove {
  migration: Migration;
  /** The version it gets. */
  next: string;
}

export interface RenumberPlan {
  moves: PlannedMove[];
  /** The newest applied migration, if any (what the moved ones must follow). */
  newestApplied?: Migration;
  /** Versions claimed by more than one applied migration: renumbering cannot fix those. */
  appliedDuplicates: string[];
}

/** Some tools name new migrations by the clock whatever their older ones say. */
export function schemeFor(layout: LayoutId, newest: string | undefined): VersionScheme | undefined {
  if (toolOf(layout).authoring.clock) return { kind: "timestamp", digits: 14 };
  return newest === undefined ? undefined : schemeOf(newest);
}

function newestOf(migrations: Migration[]): Migration | undefined {
  return migrations.reduce<Migration | undefined>(
    (max, m) => (max === undefined || compareVersions(m.version, max.version) > 0 ? m : max),
    undefined,
  );
}

/**
 * Which new migrations must move and where: a new migration whose version is taken (by an applied one or
 * an earlier new one) or sorts at or before the newest applied one moves after the newest migration that
 * stays, in the set's scheme, keeping the moved ones in their order. `migrations` is in the tool's order;
 * `gained` are applied migrations the set does not have yet (the base gained them after the branch left
 * it): the moved ones go after them too, so the branch is renumbered once, before or after the merge.
 */
export function planRenumber(
  layout: LayoutId,
  migrations: Migration[],
  isApplied: (migration: Migration) => boolean,
  now: Date,
  gained: Migration[] = [],
): RenumberPlan {
  const numbered = migrations.filter((m) => isNumbered(m.version));
  const applied = [...numbered.filter(isApplied), ...gained.filter((m) => isNumbered(m.version))];
  const newestApplied = newestOf(applied);
  const taken = new Map<string, number>();
  for (const m of applied) taken.set(versionKey(m.version), (taken.get(versionKey(m.version)) ?? 0) + 1);
  const appliedDuplicates = [...taken]
    .filter(([, count]) => count > 1)
    .map(([key]) => applied.find((m) => versionKey(m.version) === key)?.version ?? key);
  const staying = [...applied];
  const moving: Migration[] = [];
  for (const m of numbered) {
    if (isApplied(m)) continue;
    const early = newestApplied !== undefined && compareVersions(m.version, newestApplied.version) <= 0;
    if (early || taken.has(versionKey(m.version))) moving.push(m);
    else {
      taken.set(versionKey(m.version), 1);
      staying.push(m);
    }
  }
  const newest = newestOf(staying);
  const scheme = schemeFor(layout, newest?.version ?? moving[0]?.version) ?? {
    kind: "sequential",
    width: 4,
  };
  let after = newest?.version;
  const moves = moving.map((migration) => {
    const next = nextVersion(scheme, after, now);
    after = next;
    return { migration, next };
  });
  return { moves, newestApplied, appliedDuplicates };
}
