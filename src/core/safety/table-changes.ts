import { codeSpan } from "../code-span.js";
import { type Finding, finding } from "../finding.js";
import type { Migration, MigrationScript } from "../migration.js";
import type { ForeignKey, Schema, SchemaObject, TableObject } from "../schema/model.js";
import { foldCase, tokenize } from "../sql/tokenize.js";
import { findRebuilds, type Rebuild, type Step, schemaSteps } from "./schema-steps.js";

const ROLLING =
  "during a rolling deploy the application still running the old code uses it and fails until every instance runs the new code";
const NEXT =
  "ship it in two steps (first code that no longer uses it, then this migration), or acknowledge it if nothing running uses it";

function table(schema: Schema, name: string): TableObject | undefined {
  const obj = schema.objects.get(`table:${foldCase(name)}`);
  return obj?.kind === "table" ? obj : undefined;
}

/**
 * `destructive` and `rebuild-order` for an up that ran, from its statements and the schema before and after
 * it: what was there before is what a running application may use, and the after schema is what became of it.
 */
export function tableChangeFindings(
  migration: Migration,
  script: MigrationScript,
  before: Schema,
  after: Schema,
  runner: string,
): Finding[] {
  const steps = schemaSteps(script);
  if (steps.length === 0) return [];
  const existed = (name: string) => table(before, name) !== undefined;
  const rebuilds = findRebuilds(steps, existed);
  const part = new Set<Step>(rebuilds.flatMap((r) => r.parts));
  const out: Finding[] = [];
  const at = (line: number) => ({ version: migration.version, file: script.file, line });
  const says = (line: number, what: string) =>
    finding(
      "destructive",
      `${script.file}:${line} ${what}; ${runner} runs it as written, and ${ROLLING}; ${NEXT}`,
      at(line),
    );
  // A table renamed here is still the application's table under its new name.
  const renamed = new Set<string>();
  // A column renamed aside and dropped while a new one takes its name (`a` → `a_old`, ADD `a`, DROP
  // `a_old`) is still there under its name: nothing running loses it.
  const original = new Map<string, string>();
  const kept = (t: string, column: string) =>
    table(after, t)?.columns.some(
      (c) => foldCase(c.name) === foldCase(original.get(foldCase(column)) ?? column),
    );
  for (const step of steps) {
    if (step.kind === "rename-column") original.set(foldCase(step.to), step.column);
    if (part.has(step)) continue;
    if ((step.kind === "rename-column" || step.kind === "drop-column") && kept(step.table, step.column))
      continue;
    if (!("table" in step) || !(existed(step.table) || renamed.has(foldCase(step.table)))) continue;
    if (step.kind === "rename-table") renamed.add(foldCase(step.to));
    const name = codeSpan(step.table);
    if (step.kind === "drop-table") out.push(says(step.line, `drops the table ${name} and its rows`));
    else if (step.kind === "rename-table")
      out.push(says(step.line, `renames the table ${name} to ${codeSpan(step.to)}`));
    else if (step.kind === "rename-column")
      out.push(
        says(step.line, `renames the column ${codeSpan(step.column)} of ${name} to ${codeSpan(step.to)}`),
      );
    else if (step.kind === "drop-column")
      out.push(says(step.line, `drops the column ${codeSpan(step.column)} of ${name} and its values`));
  }
  for (const r of rebuilds) out.push(...rebuildFindings(r, steps, before, after, script, at, says));
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function rebuildFindings(
  r: Rebuild,
  steps: readonly Step[],
  before: Schema,
  after: Schema,
  script: MigrationScript,
  at: (line: number) => Omit<Finding, "rule" | "severity" | "message">,
  says: (line: number, what: string) => Finding,
): Finding[] {
  const out: Finding[] = [];
  const old = table(before, r.table);
  const now = table(after, r.table);
  if (!old || !now) return out;
  const name = codeSpan(r.table);
  const order = (line: number, what: string, next: string) =>
    finding("rebuild-order", `${script.file}:${line} ${what}; ${next}`, at(line));
  const kept = new Set(now.columns.map((c) => foldCase(c.name)));
  const left = old.columns.filter((c) => !kept.has(foldCase(c.name))).map((c) => codeSpan(c.name));
  if (left.length > 0)
    out.push(
      says(
        r.create,
        `rebuilds ${name} without the column${left.length > 1 ? "s" : ""} ${left.join(", ")} (dropped or renamed, with their values)`,
      ),
    );
  if (r.renamedFirst) {
    const dangling = danglingReferences(after, r.other);
    if (dangling.length > 0)
      out.push(
        order(
          r.rename,
          `renames ${name} to ${codeSpan(r.other)} before rebuilding it: SQLite 3.26+ re-points what refers to ${name} (${dangling.join(", ")}) to ${codeSpan(r.other)}, and the DROP at line ${r.drop} leaves them naming a table that no longer exists`,
          `create the new table under another name, copy the rows, drop ${name}, then rename the new table to ${name} (sqlite.org/lang_altertable.html#otheralter)`,
        ),
      );
  }
  const dropped = new Set(steps.filter((s) => s.kind === "drop-object").map((s) => foldCase(s.name)));
  const lost = [...before.objects.values()].filter(
    (o) =>
      dependsOn(o, r.table) &&
      // An index of a column the rebuild left out went with the column (reported as that).
      !(o.kind === "index" && o.terms.some((t) => t.column !== null && !kept.has(foldCase(t.column)))) &&
      !dropped.has(foldCase(o.name)) &&
      !after.objects.has(`${o.kind}:${foldCase(o.name)}`) &&
      ![...after.objects.values()].some((a) => dependsOn(a, r.table) && sameDefinition(a, o)),
  );
  if (lost.length > 0)
    out.push(
      order(
        r.drop,
        `rebuilds ${name}, and dropping the old table took its ${lost.map((o) => `${o.kind} ${codeSpan(o.name)}`).join(", ")}, which the migration does not create again`,
        "create them again after the rename (as the before-schema had them), or drop them on purpose with DROP INDEX/DROP TRIGGER",
      ),
    );
  // A key that named a table no longer there was already broken: leaving it out mends it.
  const lostKeys = old.foreignKeys.filter(
    (fk) =>
      fk.columns.every((c) => kept.has(foldCase(c))) &&
      table(before, fk.table) !== undefined &&
      !now.foreignKeys.some((k) => sameColumns(k, fk)),
  );
  if (lostKeys.length > 0)
    out.push(
      order(
        r.create,
        `rebuilds ${name} without its foreign key${lostKeys.length > 1 ? "s" : ""} ${lostKeys.map((fk) => codeSpan(`(${fk.columns.join(", ")}) REFERENCES ${fk.table}`)).join(", ")}: SQLite no longer checks those rows`,
        "copy the FOREIGN KEY / REFERENCES clauses into the new table's CREATE TABLE, or drop the key in a migration of its own that says so",
      ),
    );
  if (r.copy?.star)
    out.push(
      order(
        r.copy.line,
        `copies the rows of the rebuilt ${name} with \`SELECT *\`, which fills the new table's columns by position: a column added, removed or in another order puts values into the wrong columns, or fails`,
        "name the columns on both sides: `INSERT INTO new (a, b) SELECT a, b FROM old`",
      ),
    );
  return out;
}

/** Indexes and triggers belong to their table and go when it is dropped. */
function dependsOn(obj: SchemaObject, tableName: string): boolean {
  return (obj.kind === "index" || obj.kind === "trigger") && foldCase(obj.table) === foldCase(tableName);
}

function sameColumns(a: ForeignKey, b: ForeignKey): boolean {
  const cols = (k: ForeignKey) => k.columns.map(foldCase).join(",");
  return cols(a) === cols(b);
}

/** An index or trigger made again under another name. */
function sameDefinition(a: SchemaObject, b: SchemaObject): boolean {
  if (a.kind === "index" && b.kind === "index")
    return (
      a.unique === b.unique && a.where === b.where && JSON.stringify(a.terms) === JSON.stringify(b.terms)
    );
  return a.kind === "trigger" && b.kind === "trigger" && a.body === b.body;
}

/** What in the schema after the up still names `gone`, which the up dropped. */
function danglingReferences(after: Schema, gone: string): string[] {
  if (after.objects.has(`table:${foldCase(gone)}`)) return [];
  const key = foldCase(gone);
  const out: string[] = [];
  for (const obj of after.objects.values()) {
    if (obj.kind === "table" && obj.foreignKeys.some((fk) => foldCase(fk.table) === key))
      out.push(`the foreign key of ${codeSpan(obj.name)}`);
    const text = obj.kind === "view" ? obj.select : obj.kind === "trigger" ? obj.body : undefined;
    if (
      text &&
      tokenize(text).some((t) => (t.kind === "word" || t.kind === "quoted") && foldCase(t.value) === key)
    )
      out.push(`${obj.kind} ${codeSpan(obj.name)}`);
  }
  return out;
}
