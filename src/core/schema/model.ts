import { foldCase } from "../sql/tokenize.js";
/**
 * The schema model: what a schema means, not how it was spelled. Identifier references are
 * case-folded; object and column `name`s keep the spelling of their declaration (for messages) and
 * are compared case-insensitively.
 */
export interface Column {
  name: string;
  /** Declared type, upper-cased and canonically spaced (`VARCHAR(255)`); "" when none. */
  type: string;
  notNull: boolean;
  /** Canonical default expression, or null. */
  default: string | null;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
  /** Declared collation (folded), or null for the default. */
  collation: string | null;
  generated: { expr: string; stored: boolean } | null;
  /** A hidden column of a virtual table. */
  hidden: boolean;
}

/** One term of an index, primary key or unique constraint. */
export interface IndexTerm {
  /** The column referenced (folded), or null for an expression term. */
  column: string | null;
  /** Canonical expression for expression terms, else null. */
  expr: string | null;
  desc: boolean;
  /** Effective collation (folded), `binary` by default. */
  collation: string;
}

export interface ForeignKey {
  columns: string[];
  table: string;
  /** Referenced columns; empty when the parent's primary key is meant. */
  references: string[];
  onDelete: string;
  onUpdate: string;
  match: string;
  deferred: boolean;
}

export interface Check {
  name: string | null;
  expr: string;
}

export interface TableObject {
  kind: "table";
  name: string;
  columns: Column[];
  withoutRowid: boolean;
  strict: boolean;
  autoincrement: boolean;
  /** Terms of the primary key in key order; empty when the table has none (plain rowid). */
  primaryKey: IndexTerm[];
  uniques: IndexTerm[][];
  checks: Check[];
  foreignKeys: ForeignKey[];
  /** `ON CONFLICT` clauses other than the default ABORT, e.g. `not null email: replace`. */
  conflicts: string[];
}

export interface IndexObject {
  kind: "index";
  name: string;
  table: string;
  unique: boolean;
  terms: IndexTerm[];
  where: string | null;
}

export interface ViewObject {
  kind: "view";
  name: string;
  columns: string[] | null;
  select: string;
}

export interface TriggerObject {
  kind: "trigger";
  name: string;
  table: string;
  /** Canonical text after the trigger's name: timing, event, table, WHEN and body. */
  body: string;
}

export interface VirtualTableObject {
  kind: "virtual";
  name: string;
  module: string;
  args: string[];
}

export type SchemaObject = TableObject | IndexObject | ViewObject | TriggerObject | VirtualTableObject;
export type ObjectKind = SchemaObject["kind"];

export interface Schema {
  /** Keyed by `objectKey()`. */
  objects: ReadonlyMap<string, SchemaObject>;
}

/** The JSON form of a schema (objects sorted by key). */
export interface SerializedSchema {
  objects: SchemaObject[];
}

/** Tables, views, indexes and virtual tables share one namespace in SQLite; triggers have their own. */
export function objectKey(obj: Pick<SchemaObject, "kind" | "name">): string {
  return `${obj.kind}:${foldCase(obj.name)}`;
}

export function serializeSchema(schema: Schema): SerializedSchema {
  const keys = [...schema.objects.keys()].sort();
  return { objects: keys.map((k) => schema.objects.get(k) as SchemaObject) };
}

class SchemaValue implements Schema {
  constructor(readonly objects: ReadonlyMap<string, SchemaObject>) {}
  toJSON(): SerializedSchema {
    return serializeSchema(this);
  }
}

/** An immutable schema; JSON.stringify gives its serialized form. */
export function makeSchema(objects: Iterable<SchemaObject>): Schema {
  const map = new Map<string, SchemaObject>();
  for (const obj of objects) map.set(objectKey(obj), obj);
  return new SchemaValue(map);
}

/** The schema without the named tables and what belongs to them: a tool's own tables, which are not the app's. */
export function withoutTables(schema: Schema, tables: readonly string[]): Schema {
  if (tables.length === 0) return schema;
  const drop = new Set(tables.map(foldCase));
  return makeSchema(
    [...schema.objects.values()].filter(
      (o) => !drop.has(foldCase(o.name)) && !("table" in o && drop.has(foldCase(o.table))),
    ),
  );
}

/** Wraps an existing map without copying (the reader reuses maps when nothing changed). */
export function schemaOf(objects: ReadonlyMap<string, SchemaObject>): Schema {
  return new SchemaValue(objects);
}

export function deserializeSchema(json: SerializedSchema): Schema {
  return makeSchema(json.objects);
}
