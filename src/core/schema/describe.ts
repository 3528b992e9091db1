import type { Check, Column, ForeignKey, IndexTerm, SchemaObject, TableObject } from "./model.js";

/** Words for schema parts, shared by the explanations and the renderers. */

export function describeColumn(c: Column, opts: { pk?: boolean } = {}): string {
  const parts = [c.type === "" ? "untyped" : c.type];
  if (opts.pk && c.pk > 0) parts.push("PRIMARY KEY");
  if (c.notNull) parts.push("NOT NULL");
  if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  if (c.collation !== null) parts.push(`COLLATE ${c.collation}`);
  if (c.generated)
    parts.push(`GENERATED ALWAYS AS (${c.generated.expr}) ${c.generated.stored ? "STORED" : "VIRTUAL"}`);
  if (c.hidden) parts.push("HIDDEN");
  return parts.join(" ");
}

export function describeTerms(terms: IndexTerm[]): string {
  const term = (t: IndexTerm) =>
    `${t.column ?? t.expr}${t.collation !== "binary" ? ` COLLATE ${t.collation}` : ""}${t.desc ? " DESC" : ""}`;
  return `(${terms.map(term).join(", ")})`;
}

export function describeForeignKey(fk: ForeignKey): string {
  let s = `FOREIGN KEY (${fk.columns.join(", ")}) REFERENCES ${fk.table}`;
  if (fk.references.length > 0) s += ` (${fk.references.join(", ")})`;
  if (fk.onDelete !== "no action") s += ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  if (fk.onUpdate !== "no action") s += ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  if (fk.match !== "none") s += ` MATCH ${fk.match.toUpperCase()}`;
  if (fk.deferred) s += " DEFERRABLE INITIALLY DEFERRED";
  return s;
}

export function describeCheck(c: Check): string {
  return `${c.name ? `CONSTRAINT ${c.name} ` : ""}CHECK (${c.expr})`;
}

export function describeUnique(terms: IndexTerm[]): string {
  return `UNIQUE ${describeTerms(terms)}`;
}

export function describePrimaryKey(terms: IndexTerm[]): string {
  return terms.length === 0 ? "no primary key" : `PRIMARY KEY ${describeTerms(terms)}`;
}

/** The whole definition of an object after its name, on one line. */
export function describeObject(obj: SchemaObject): string {
  switch (obj.kind) {
    case "table":
      return describeTable(obj);
    case "index":
      return `${obj.unique ? "UNIQUE " : ""}ON ${obj.table} ${describeTerms(obj.terms)}${obj.where ? ` WHERE ${obj.where}` : ""}`;
    case "view":
      return `${obj.columns ? `(${obj.columns.join(", ")}) ` : ""}AS ${obj.select}`;
    case "trigger":
      return obj.body;
    case "virtual":
      return `USING ${obj.module}(${obj.args.join(", ")})`;
  }
}

export function tableOptions(t: TableObject): string {
  const opts = [t.withoutRowid ? "WITHOUT ROWID" : "", t.strict ? "STRICT" : ""].filter(Boolean);
  return opts.join(", ");
}

/** Column definitions and constraints of a table, one per entry. */
export function tableLines(t: TableObject): string[] {
  const singlePk = t.primaryKey.length === 1 && !t.primaryKey[0]?.desc;
  const lines = t.columns.map((c) => `${c.name} ${describeColumn(c, { pk: singlePk })}`);
  if (t.autoincrement) lines.push("AUTOINCREMENT");
  if (!singlePk && t.primaryKey.length > 0) lines.push(describePrimaryKey(t.primaryKey));
  lines.push(...t.uniques.map(describeUnique), ...t.checks.map(describeCheck));
  lines.push(...t.foreignKeys.map(describeForeignKey), ...t.conflicts.map((c) => `ON CONFLICT ${c}`));
  const opts = tableOptions(t);
  if (opts) lines.push(opts);
  return lines;
}

function describeTable(t: TableObject): string {
  return `(${tableLines(t).join(", ")})`;
}

export const KIND_WORDS: Record<SchemaObject["kind"], string> = {
  table: "table",
  index: "index",
  view: "view",
  trigger: "trigger",
  virtual: "virtual table",
};
