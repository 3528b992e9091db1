import { type Finding, finding } from "../finding.js";
import { baseName, emptyResult, type ReadResult, unreadableFinding } from "../layouts/source.js";
import type { Migration, MigrationSet, SourceFile } from "../migration.js";
import { docstringTitle, functionBody, moduleAssignment, type PyValue, stringsOf } from "./python-text.js";
import { childrenOf, descendants, oneCycle, topologicalOrder } from "./revision-graph.js";

// Alembic's revision files read as text: the four module variables ScriptDirectory loads (revision,
// down_revision, branch_labels, depends_on) and whether downgrade() does anything. The graph they make is
// checked the way Alembic's RevisionMap builds it, so what Alembic refuses is found without running Python.

/** `alembic upgrade head` with two heads (alembic/script/base.py, _catch_revision_errors). */
export const MULTIPLE_HEADS =
  "\"Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads\"";

/** Alembic's ScriptDirectory reads every `*.py` of a versions folder but `__init__` and editor backups. */
const REVISION_FILE = /^(?!\.#|__init__).*\.py$/;
/** A file with no `revision` variable: the legacy name `<hex>.py` is its revision. */
const LEGACY = /^([a-f0-9]+)\.py$/;

export interface Revision {
  file: SourceFile;
  revision: string;
  /** The revision's down_revision ids: none for a root, two or more for a merge revision. */
  parents: string[];
  dependsOn: string[];
  labels: string[];
  /** Line of `revision =` and of `down_revision =` (the line a fork is about). */
  line: number;
  parentLine: number;
}

export function isRevisionFile(rel: string): boolean {
  return !rel.includes("/") && REVISION_FILE.test(rel);
}

function values(file: SourceFile, text: string, name: string, findings: Finding[]) {
  const found = moduleAssignment(text, name);
  if (found !== "unreadable") return found;
  findings.push(
    finding(
      "parse-error",
      `${file.display}: \`${name}\` is not a literal lockstep can read without running Python (a string, a tuple of strings or None). Write it as Alembic's template does.`,
      { file: file.display },
    ),
  );
  return undefined;
}

function readRevision(file: SourceFile, findings: Finding[]): Revision | undefined {
  const text = file.text as string;
  const revision = values(file, text, "revision", findings);
  const down = values(file, text, "down_revision", findings);
  const id = typeof revision?.value === "string" ? revision.value : LEGACY.exec(baseName(file.rel))?.[1];
  if (!id) {
    findings.push(
      finding(
        "parse-error",
        `${file.display} has no \`revision = "…"\`: Alembic refuses the whole versions folder for it ("Could not determine revision id from filename"). Add the revision id, or move the file out of the folder.`,
        { file: file.display },
      ),
    );
    return undefined;
  }
  const strings = (name: string) => stringsOf(values(file, text, name, findings)?.value ?? null);
  return {
    file,
    revision: id,
    parents: stringsOf((down?.value ?? null) as PyValue),
    dependsOn: strings("depends_on"),
    labels: strings("branch_labels"),
    line: revision?.line ?? 1,
    parentLine: down?.line ?? revision?.line ?? 1,
  };
}

/** The revisions of a versions folder, ordered from the root(s) by down_revision, and the graph's findings. */
export function readRevisions(
  files: SourceFile[],
  applied: ReadonlySet<string> = new Set(),
): { result: ReadResult; revisions: Revision[] } {
  const result = emptyResult();
  const revisions: Revision[] = [];
  for (const file of files) {
    if (!isRevisionFile(file.rel)) continue;
    result.claimed.add(file.rel);
    if (file.text === undefined) {
      result.findings.push(unreadableFinding(file));
      continue;
    }
    const read = readRevision(file, result.findings);
    if (read) revisions.push(read);
  }
  const nodes = revisions.map((r) => ({ ...r, id: r.revision, sortName: baseName(r.file.rel) }));
  const { order, cyclic } = topologicalOrder(nodes);
  result.findings.push(...graphFindings(nodes, cyclic, applied));
  for (const r of [...order, ...cyclic]) {
    const migration = toMigration(r, result.findings);
    result.entries.push({ migration, rels: [r.file.rel], sortName: r.sortName });
  }
  return { result, revisions };
}

function toMigration(r: Revision, findings: Finding[]): Migration {
  const text = r.file.text as string;
  const stem = baseName(r.file.rel).replace(/\.py$/, "");
  const at = stem.indexOf(`${r.revision}_`);
  const name = at === -1 ? (docstringTitle(text) ?? stem) : stem.slice(at + r.revision.length + 1);
  const parent = r.parents.length === 0 ? "base" : r.parents.join(",");
  // One step back: `<rev>@-1` undoes exactly this revision; a merge revision has no single walk back
  // ("Ambiguous walk"), and downgrading to one of its parents undoes the merge alone.
  const down = r.parents.length > 1 ? (r.parents[0] as string) : `${r.revision}@-1`;
  const downgrade = functionBody(text, "downgrade");
  const upgrade = functionBody(text, "upgrade");
  if (!downgrade || (downgrade.empty && upgrade && !upgrade.empty))
    findings.push(
      finding(
        "down-missing",
        downgrade
          ? `${r.file.display}:${downgrade.line}: downgrade() of ${r.revision} does nothing, while its upgrade() does: \`alembic downgrade\` past it records the step as undone and leaves its changes in place. Write the downgrade, or say in it why there is none`
          : `${r.file.display} has no downgrade(): \`alembic downgrade\` past ${r.revision} fails there. Write one`,
        { file: r.file.display, line: downgrade?.line ?? r.line, version: r.revision },
      ),
    );
  return {
    version: r.revision,
    name,
    files: [r.file.display],
    code: r.file.display,
    step: { revision: r.revision, parent, down },
  };
}

const where = (r: Revision, line = r.parentLine) => `${r.file.display}:${line}`;

function graphFindings(nodes: Revision[], cyclic: Revision[], applied: ReadonlySet<string>): Finding[] {
  const byId = new Map(nodes.map((n) => [n.revision, n]));
  const labels = new Set(nodes.flatMap((n) => n.labels));
  const out: Finding[] = [];
  for (const n of nodes) {
    for (const [kind, ids] of [
      ["down_revision", n.parents],
      ["depends_on", n.dependsOn],
    ] as const) {
      for (const id of ids) {
        // A revision the base has applied is not missing: this branch has not merged it yet.
        if (byId.has(id) || applied.has(id) || (kind === "depends_on" && labels.has(id))) continue;
        out.push(
          finding(
            "missing-parent",
            `${where(n)}: ${n.revision}'s ${kind} names ${id}, which no revision in this folder has: Alembic warns "Revision ${id} referenced from ${n.parents.join(", ") || "<base>"} -> ${n.revision} … is not present" and every command that loads the history then fails (KeyError: '${id}'). Restore the revision ${id}, or point ${kind} at the revision this one follows.`,
            { file: n.file.display, line: n.parentLine, version: n.revision },
          ),
        );
      }
    }
  }
  const cycle = oneCycle(cyclic.map((n) => ({ ...n, id: n.revision, sortName: baseName(n.file.rel) })));
  if (cycle) {
    const first = byId.get(cycle[0] as string) as Revision;
    out.push(
      finding(
        "revision-cycle",
        `${where(first)}: the down_revisions go round in a circle (${cycle.join(" -> ")}): Alembic refuses the history ("Cycle is detected in revisions (${[...new Set(cycle)].sort().join(", ")})"). Point one of them at the revision it really follows.`,
        { file: first.file.display, line: first.parentLine, version: first.revision },
      ),
    );
  }
  out.push(...forks(nodes, applied));
  return out;
}

/** The heads of the graph: revisions no revision names as its down_revision. */
export function headsOf(nodes: readonly { revision: string; parents: readonly string[] }[]): string[] {
  const named = new Set(nodes.flatMap((n) => n.parents));
  return nodes.filter((n) => !named.has(n.revision)).map((n) => n.revision);
}

/**
 * Two revisions with one down_revision whose lines never meet again (no merge revision joins them): two
 * branches each added the next revision. A child that opens a labelled branch (`branch_labels`) is meant.
 */
function forks(nodes: Revision[], applied: ReadonlySet<string>): Finding[] {
  const graph = nodes.map((n) => ({ ...n, id: n.revision, sortName: baseName(n.file.rel) }));
  const children = childrenOf(graph);
  const heads = new Set(headsOf(nodes));
  const out: Finding[] = [];
  for (const [parent, kids] of children) {
    const open = kids.filter((k) => k.labels.length === 0);
    if (open.length < 2) continue;
    const reach = open.map((k) => [...descendants(k.id, children)].filter((id) => heads.has(id)));
    const all = new Set(reach.flat());
    if (all.size < 2) continue;
    // The one to repoint is the new one (not applied on the base), where the caller knows which.
    const pair = [...open.slice(0, 2)].sort(
      (x, y) => Number(!applied.has(x.revision)) - Number(!applied.has(y.revision)),
    );
    const [a, b] = pair as unknown as [Revision, Revision];
    const aHead = reach[open.indexOf(a as (typeof open)[number])]?.sort()[0] ?? a.revision;
    const shown = [...all].sort();
    out.push(
      finding(
        "multiple-heads",
        `${where(a)} and ${where(b)} both name ${parent} as their down_revision: two branches each added the next revision, and the history has ${shown.length} heads (${shown.join(", ")}). \`alembic upgrade head\` refuses it: ${MULTIPLE_HEADS}. Point ${b.revision}'s down_revision at ${aHead}, the head of the other line (\`lockstep renumber\` does it), or add a merge revision with \`alembic merge heads\`.`,
        { file: b.file.display, line: b.parentLine, version: b.revision },
      ),
    );
  }
  return out;
}

/** A migration's down_revisions, from its step (`base`: none). */
export function parentsOf(m: Migration): string[] {
  const parent = m.step?.parent;
  return !parent || parent === "base" ? [] : parent.split(",");
}

/**
 * A new revision whose down_revision is an applied revision that is no longer the base's head: once merged,
 * the base's newer revision and this one share a parent, and Alembic sees two heads.
 */
export function afterApplied(
  set: MigrationSet,
  applied: MigrationSet | undefined,
  versions: ReadonlySet<string>,
): Finding[] {
  if (!applied) return [];
  const base = applied.migrations.map((m) => ({ revision: m.version, parents: parentsOf(m), m }));
  const heads = headsOf(base);
  const inSet = new Set(set.migrations.map((m) => m.version));
  const out: Finding[] = [];
  for (const m of set.migrations) {
    if (versions.has(m.version)) continue;
    const parents = parentsOf(m);
    for (const p of parents) {
      if (!versions.has(p) || heads.includes(p)) continue;
      const taken = base.filter((b) => b.parents.includes(p) && b.revision !== m.version);
      // The branch has the base's child too: the set's own multiple-heads finding names both.
      if (taken.length === 0 || taken.some((t) => inSet.has(t.revision))) continue;
      const other = taken[0] as (typeof base)[number];
      const head = heads.length === 1 ? heads[0] : heads.join(", ");
      out.push(
        finding(
          "multiple-heads",
          `${m.files[0]} is new and its down_revision is ${p}, but the base already has ${other.revision} (${other.m.files[0]}) after ${p}, merged first: once both are in, the history has two heads and \`alembic upgrade head\` refuses it: ${MULTIPLE_HEADS}. Point its down_revision at ${head}, the base's head (\`lockstep renumber\` does it), or merge the base and add a merge revision with \`alembic merge heads\`.`,
          { file: m.files[0], version: m.version },
        ),
      );
    }
  }
  return out;
}
