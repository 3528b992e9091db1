import type { Migration, MigrationSet } from "../migration.js";
import { headsOf, parentsOf } from "./alembic-graph.js";
import { moduleAssignment } from "./python-text.js";
import type { Repoint } from "./tool.js";

// `lockstep renumber` for Alembic: nothing is renamed (a revision is known by its id); a new revision that
// follows an applied one the base has already followed with another gets the base's head as its
// down_revision, the one line `alembic revision` would have written after a merge of the base.

/**
 * The new revisions to repoint at the base's head. A history that already joins lines with merge revisions
 * (a down_revision tuple) is the team's way: `alembic merge heads` is said instead of rewriting.
 */
export function planRepoint(set: MigrationSet, applied: MigrationSet | undefined): Repoint {
  const base = applied?.migrations ?? [];
  const versions = new Set(base.map((m) => m.version));
  const all = [...base, ...set.migrations.filter((m) => !versions.has(m.version))];
  const graph = all.map((m) => ({ revision: m.version, parents: parentsOf(m) }));
  const fresh = set.migrations.filter((m) => !versions.has(m.version));
  const stale = fresh.filter((m) =>
    parentsOf(m).some(
      (p) => versions.has(p) && base.some((b) => b.version !== m.version && parentsOf(b).includes(p)),
    ),
  );
  if (stale.length === 0) return { rewrites: [] };
  const merges = all.find((m) => parentsOf(m).length > 1);
  const heads = headsOf(graph.filter((g) => versions.has(g.revision)));
  if (merges || heads.length !== 1)
    return {
      rewrites: [],
      refused: merges
        ? `this history joins branches with merge revisions (${merges.files[0]} has a down_revision tuple): merge the base and run \`alembic merge heads\`, then \`lockstep lock\``
        : `the base has ${heads.length} heads (${heads.join(", ")}): join them with \`alembic merge heads\` on the base first`,
    };
  const head = heads[0] as string;
  return {
    rewrites: stale.map((m: Migration) => ({
      file: m.code ?? (m.files[0] as string),
      from: parentsOf(m)[0] as string,
      to: head,
    })),
  };
}

/** The file's text with only its `down_revision` line's id replaced, or undefined where that line is not a plain id. */
export function repointedText(
  text: string,
  from: string,
  to: string,
): { text: string; line: number } | undefined {
  const found = moduleAssignment(text, "down_revision");
  if (!found || found === "unreadable" || typeof found.value !== "string") return undefined;
  const { line } = found;
  const lines = text.split("\n");
  const old = lines[line - 1] as string;
  const next = old.replace(
    new RegExp(`(["'])${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\1`),
    `$1${to}$1`,
  );
  if (next === old) return undefined;
  lines[line - 1] = next;
  return { text: lines.join("\n"), line };
}
