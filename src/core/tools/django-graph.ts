import { type Finding, finding } from "../finding.js";
import { baseName, emptyResult, positionAt, type ReadResult, unreadableFinding } from "../layouts/source.js";
import type { Migration, MigrationSet, SourceFile } from "../migration.js";
import { type PyValue, readValue } from "./python-text.js";
import { topologicalOrder } from "./revision-graph.js";

// A Django project's migrations read as text: each app's `migrations/<name>.py` and its Migration class's
// `dependencies` and `replaces`, as MigrationLoader builds the graph (django/db/migrations/loader.py).

/** What `migrate` says of two leaves in one app (django/core/management/commands/migrate.py). */
const CONFLICT = (names: string, app: string) =>
  `"Conflicting migrations detected; multiple leaf nodes in the migration graph: (${names} in ${app}). To fix them run 'python manage.py makemigrations --merge'"`;

/** `<…>/<app>/migrations/<name>.py`: MigrationLoader skips module names starting with `_` or `~`. */
const MIGRATION_FILE = /^(?:.*\/)?([^/]+)\/migrations\/([^_~/][^/]*)\.py$/;

export interface DjangoMigration {
  file: SourceFile;
  app: string;
  name: string;
  key: string;
  /** Dependencies as written: `[app, name]` pairs; swappable ones (settings.AUTH_USER_MODEL) are left out. */
  deps: [string, string][];
  replaces: string[];
  line: number;
}

export function isDjangoMigration(rel: string): boolean {
  return MIGRATION_FILE.test(rel);
}

/** The `[…]` list assigned to `name` in the Migration class: tuples, and swappable_dependency() calls skipped. */
function classList(text: string, name: string): { items: PyValue[]; line: number } | undefined {
  const head = new RegExp(`^[ \\t]+${name}\\s*(?::[^=\\n]*)?=\\s*\\[`, "m").exec(text);
  if (!head) return undefined;
  const items: PyValue[] = [];
  let at = head.index + head[0].length;
  const skip = () => {
    for (;;) {
      const blank = /^(?:\s|#[^\n]*)*/.exec(text.slice(at));
      at += blank?.[0].length ?? 0;
      if (text[at] !== ",") return;
      at++;
    }
  };
  for (skip(); at < text.length && text[at] !== "]"; skip()) {
    const call = /^(?:migrations\.)?swappable_dependency\([^)]*\)/.exec(text.slice(at));
    if (call) {
      at += call[0].length;
      continue;
    }
    const value = readValue(text, at);
    if (!value) return undefined;
    items.push(value.value);
    at = value.end;
  }
  return { items, line: positionAt(text, head.index).line };
}

const pair = (v: PyValue): [string, string] | undefined =>
  Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" ? [v[0], v[1]] : undefined;

function readOne(file: SourceFile, findings: Finding[]): DjangoMigration | undefined {
  const [, app = "", name = ""] = MIGRATION_FILE.exec(file.rel) ?? [];
  const text = file.text as string;
  if (!/^class Migration\(/m.test(text)) {
    findings.push(
      finding(
        "parse-error",
        `${file.display} has no \`class Migration\`: Django refuses to load the app's migrations for it ("Migration ${name} in app ${app} has no Migration class"). Move the module out of migrations/, or name it starting with \`_\`.`,
        { file: file.display },
      ),
    );
    return undefined;
  }
  const deps = classList(text, "dependencies");
  const replaces = classList(text, "replaces");
  if ((/^\s+dependencies\s*=/m.test(text) && !deps) || (/^\s+replaces\s*=/m.test(text) && !replaces)) {
    findings.push(
      finding(
        "parse-error",
        `${file.display}: its \`dependencies\` or \`replaces\` is not a list of ("app", "name") tuples lockstep can read without running Python. Write it as makemigrations does.`,
        { file: file.display },
      ),
    );
    return undefined;
  }
  return {
    file,
    app,
    name,
    key: `${app}.${name}`,
    deps: (deps?.items ?? []).map(pair).filter((p): p is [string, string] => p !== undefined),
    replaces: (replaces?.items ?? []).map(pair).flatMap((p) => (p ? [`${p[0]}.${p[1]}`] : [])),
    line: deps?.line ?? 1,
  };
}

/** Every app's migrations in one set, ordered by their dependencies across apps, and the graph's findings. */
export function readDjango(files: SourceFile[], applied: ReadonlySet<string> = new Set()): ReadResult {
  const result = emptyResult();
  const all: DjangoMigration[] = [];
  for (const file of files) {
    // The project's other files are its code, not strays of a migration folder.
    result.claimed.add(file.rel);
    if (!isDjangoMigration(file.rel)) continue;
    if (file.text === undefined) result.findings.push(unreadableFinding(file));
    else {
      const read = readOne(file, result.findings);
      if (read) all.push(read);
    }
  }
  // A squashed migration stands for the ones it replaces (the loader's remove_replaced_nodes).
  const replacedBy = new Map<string, string>();
  for (const m of all) for (const r of m.replaces) replacedBy.set(r, m.key);
  const kept = all.filter((m) => !replacedBy.has(m.key) || !all.some((o) => o.key === replacedBy.get(m.key)));
  const byKey = new Map(kept.map((m) => [m.key, m]));
  const apps = new Set(all.map((m) => m.app));
  const nodes = kept.map((m) => ({
    ...m,
    id: m.key,
    sortName: m.file.rel,
    parents: parentsOf(m, { kept, apps, byKey, replacedBy, applied }, result.findings),
  }));
  const { order, cyclic } = topologicalOrder(nodes);
  if (cyclic.length > 0) {
    const first = cyclic[0] as (typeof nodes)[number];
    result.findings.push(
      finding(
        "revision-cycle",
        `${first.file.display}:${first.line}: the dependencies of ${cyclic.map((n) => n.key).join(", ")} go round in a circle: Django refuses the graph (CircularDependencyError). Remove the dependency that points forward.`,
        { file: first.file.display, line: first.line, version: first.key },
      ),
    );
  }
  const previous = new Map<string, string>();
  for (const n of [...order, ...cyclic]) {
    const migration: Migration = {
      version: n.key,
      name: n.name,
      files: [n.file.display],
      code: n.file.display,
      step: { app: n.app, stem: n.name, previous: previous.get(n.app) ?? "zero" },
      ...(n.replaces.length > 0 ? { replaces: n.replaces } : {}),
    };
    previous.set(n.app, n.name);
    result.entries.push({ migration, rels: [n.file.rel], sortName: n.file.rel });
  }
  result.findings.push(...leafConflicts(nodes, applied));
  return result;
}

interface Known {
  kept: DjangoMigration[];
  apps: Set<string>;
  byKey: Map<string, DjangoMigration>;
  replacedBy: Map<string, string>;
  /** Migrations the base has applied: one this branch has not merged yet is not missing. */
  applied: ReadonlySet<string>;
}

function parentsOf(m: DjangoMigration, known: Known, findings: Finding[]): string[] {
  const { kept, apps, byKey, replacedBy, applied } = known;
  const parents: string[] = [];
  for (const [app, name] of m.deps) {
    // Apps outside the project (django.contrib.auth, installed packages) are not in this set.
    if (!apps.has(app)) continue;
    const ofApp = kept.filter((k) => k.app === app);
    if (name === "__first__" || name === "__latest__") {
      if (app === m.app) continue;
      const ends = ofApp.filter((k) => (name === "__first__" ? !k.deps.some(([a]) => a === app) : true));
      const pick =
        name === "__first__"
          ? ends[0]
          : ofApp.find((k) => !ofApp.some((o) => o.deps.some(([a, n]) => a === app && n === k.name)));
      if (pick) parents.push(pick.key);
      continue;
    }
    const key = replacedBy.get(`${app}.${name}`) ?? `${app}.${name}`;
    if (byKey.has(key)) parents.push(key);
    else if (!applied.has(key))
      findings.push(
        finding(
          "missing-parent",
          `${m.file.display}:${m.line}: ${m.key} depends on ("${app}", "${name}"), which ${app}/migrations/ does not have: Django refuses the graph ("Migration ${m.key} dependencies reference nonexistent parent node ('${app}', '${name}')"). Restore that migration, or depend on the one this migration really follows.`,
          { file: m.file.display, line: m.line, version: m.key },
        ),
      );
  }
  return parents;
}

type Node = DjangoMigration & { id: string; parents: string[] };

/** Leaves of each app: migrations no other migration of that app depends on (MigrationGraph.leaf_nodes). */
function leavesByApp(
  nodes: readonly { key: string; app: string; parents: readonly string[] }[],
): Map<string, string[]> {
  const named = new Set(nodes.flatMap((n) => n.parents.filter((p) => p.startsWith(`${n.app}.`))));
  const leaves = new Map<string, string[]>();
  for (const n of nodes) if (!named.has(n.key)) leaves.set(n.app, [...(leaves.get(n.app) ?? []), n.key]);
  return leaves;
}

function leafConflicts(nodes: Node[], applied: ReadonlySet<string>): Finding[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const out: Finding[] = [];
  for (const [app, keys] of leavesByApp(nodes)) {
    if (keys.length < 2) continue;
    const leaves = keys.map((k) => byKey.get(k) as Node).sort((a, b) => (a.file.rel < b.file.rel ? -1 : 1));
    // The one to make depend on the other is a new one (not applied on the base), where that is known.
    const fresh = (n: Node) => Number(!applied.has(n.key));
    const [a, b] = [...leaves].sort((x, y) => fresh(x) - fresh(y)) as [Node, Node];
    out.push(
      finding(
        "multiple-heads",
        `${a.file.display}:${a.line} and ${b.file.display}:${b.line} are both the newest migration of ${app}: two branches each added the next migration, so no migration of ${app} follows both. \`manage.py migrate\` refuses it: ${CONFLICT(leaves.map((l) => l.name).join(", "), app)}. Run \`python manage.py makemigrations --merge\` after merging, or make ${b.name} depend on ("${app}", "${a.name}").`,
        { file: b.file.display, line: b.line, version: b.key },
      ),
    );
  }
  return out;
}

/** A new migration whose app's migration it follows is applied but no longer that app's newest in the base. */
export function djangoAfterApplied(
  set: MigrationSet,
  applied: MigrationSet | undefined,
  versions: ReadonlySet<string>,
): Finding[] {
  if (!applied) return [];
  const prev = (m: Migration) =>
    m.step?.previous && m.step.previous !== "zero" ? `${m.step.app}.${m.step.previous}` : undefined;
  const inSet = new Set(set.migrations.map((m) => m.version));
  const out: Finding[] = [];
  for (const m of set.migrations) {
    const p = prev(m);
    if (versions.has(m.version) || !p || !versions.has(p)) continue;
    const other = applied.migrations.find((b) => prev(b) === p && b.version !== m.version);
    if (!other || inSet.has(other.version)) continue;
    out.push(
      finding(
        "multiple-heads",
        `${m.files[0]} is new and follows ${p}, but the base already has ${other.version} (${other.files[0]}) after it, merged first: once both are in, ${m.step?.app} has two leaf migrations and \`manage.py migrate\` refuses it: ${CONFLICT(`${baseName(other.files[0] ?? "").replace(/\.py$/, "")}, ${m.name}`, m.step?.app ?? "")}. Merge the base and run \`python manage.py makemigrations --merge\`.`,
        { file: m.files[0], version: m.version },
      ),
    );
  }
  return out;
}
