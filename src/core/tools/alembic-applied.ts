import type { Migration, MigrationSet } from "../migration.js";
import { escapeControl as shown } from "../render/terminal-text.js";
import { parentsOf } from "./alembic-graph.js";
import { childrenOf, descendants } from "./revision-graph.js";
import type { Cell, TrackedRow } from "./tool.js";
import { text } from "./tracked-rows.js";

// alembic_version holds the heads the database is at, nothing else: a revision is applied when it is a head
// or an ancestor of one, which only the files' down_revisions tell. Where a file on that way down is gone,
// the graph breaks there, and lockstep says what it still knows instead of calling the rest pending.

/** Alembic's rows as one per applied revision: the heads, their ancestors, and what a missing file hides. */
export function headsAndAncestors(rows: Cell[][], set: MigrationSet): TrackedRow[] {
  const byRevision = new Map(set.migrations.map((m) => [revisionOf(m), m]));
  const heads = rows.map((r) => text(r[0]));
  const applied = new Map<string, TrackedRow>();
  // Revisions on the way down from a head with no file, and the revision whose down_revision names each.
  const gaps: { revision: string; child?: Migration }[] = [];
  const stack: { revision: string; child?: Migration }[] = heads.map((revision) => ({ revision }));
  while (stack.length > 0) {
    const at = stack.pop() as { revision: string; child?: Migration };
    if (applied.has(at.revision)) continue;
    applied.set(at.revision, { key: at.revision });
    const m = byRevision.get(at.revision);
    if (m) stack.push(...parentsOf(m).map((revision) => ({ revision, child: m })));
    else gaps.push(at);
  }
  if (gaps.length === 0) return [...applied.values()];
  // Only what descends from a head is surely not applied; the rest may lie below a missing file.
  const nodes = set.migrations.map((m) => ({
    id: revisionOf(m),
    parents: parentsOf(m),
    sortName: m.files[0] ?? "",
  }));
  const children = childrenOf(nodes);
  const later = new Set(heads.flatMap((h) => [...descendants(h, children)]));
  const unknown = set.migrations.map(revisionOf).filter((r) => !applied.has(r) && !later.has(r));
  const gapIds = gaps.map((g) => shown(g.revision)).join(", ");
  const reason = `its way to the database's head may go through ${gapIds}, whose file is gone`;
  const unplaced = unknown.length
    ? ` lockstep cannot tell whether ${unknown.map(shown).join(", ")} ${unknown.length === 1 ? "is" : "are"} applied (listed as unknown): the way from the head down to ${unknown.length === 1 ? "it" : "them"} goes through the missing file.`
    : "";
  for (const g of gaps) {
    const row = applied.get(g.revision) as TrackedRow;
    const id = shown(g.revision);
    row.missing = g.child
      ? `${id} has no file, though the database's head descends from it (${shown(g.child.files[0] ?? revisionOf(g.child))} names it as down_revision), so it is applied: Alembic warns "Revision ${id} referenced from … -> ${shown(revisionOf(g.child))} … is not present" and every command that loads the history fails (KeyError: '${id}').${unplaced} Restore the file from git history`
      : `alembic_version holds ${id}, but no migration file has it: Alembic refuses every command ("Can't locate revision identified by '${id}'") until the revision's file is back.${unplaced} Restore the file from git history, or check out the branch that upgraded this database`;
  }
  return [...applied.values(), ...unknown.map((key) => ({ key, unknown: reason }))];
}

const revisionOf = (m: Migration) => m.step?.revision ?? m.version;
