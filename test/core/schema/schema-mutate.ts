import {
  ACTIONS,
  COLLATIONS,
  type ColSpec,
  DEFAULTS,
  genIndex,
  type Rng,
  type SchemaSpec,
  STRICT_TYPES,
  type TableSpec,
  TYPES,
} from "./schema-gen.js";

export type MutationKind =
  | "type"
  | "notnull"
  | "default"
  | "collate"
  | "pk"
  | "check"
  | "unique"
  | "fk"
  | "index"
  | "view"
  | "trigger"
  | "drop"
  | "add-index"
  | "add-column"
  | "strict"
  | "order";

function other<T>(rng: Rng, xs: readonly T[], current: T): T {
  return rng.pick(xs.filter((x) => x !== current));
}

/** Plain columns: not the rowid alias, not part of the key. */
function plainColumns(t: TableSpec): ColSpec[] {
  return t.cols.filter((c) => c.name !== t.intPk && !t.pk.includes(c.name));
}

/** Applies one semantic change to `spec` in place; returns its kind, or null when it does not apply. */
export function mutate(spec: SchemaSpec, rng: Rng, kind: MutationKind): MutationKind | null {
  const t = rng.pick(spec.tables);
  const plain = plainColumns(t);
  const col = plain.length > 0 ? rng.pick(plain) : undefined;
  switch (kind) {
    case "type":
      if (!col) return null;
      col.type = other(rng, t.strict ? STRICT_TYPES : TYPES, col.type);
      return kind;
    case "notnull":
      if (!col) return null;
      col.notNull = !col.notNull;
      return kind;
    case "default":
      if (!col || t.fks.some((f) => f.col === col.name)) return null;
      col.dflt = other(rng, DEFAULTS, col.dflt);
      return kind;
    case "collate":
      if (!col) return null;
      col.collate = other(rng, COLLATIONS, col.collate);
      return kind;
    case "pk":
      // A key referenced by a foreign key must stay unique, or SQLite refuses the child table.
      if (t.intPk !== null || spec.tables.some((o) => o.fks.some((f) => f.table === t.name))) return null;
      if (t.pk.length > 0 && !t.withoutRowid) t.pk = [];
      else if (col && !t.uniques.some((u) => u.length === 1 && u[0] === col.name)) t.pk = [...t.pk, col.name];
      else return null;
      return kind;
    case "check": {
      const check = t.checks[0];
      if (check) check.value += 1;
      else t.checks.push({ col: rng.pick(t.cols).name, op: ">", value: 0 });
      return kind;
    }
    case "unique":
      if (t.uniques.length > 0) t.uniques.pop();
      else if (col) t.uniques.push([col.name]);
      else return null;
      return kind;
    case "fk": {
      const fk = t.fks[0];
      if (!fk) return null;
      if (rng.bool()) fk.onDelete = other(rng, ACTIONS, fk.onDelete);
      else fk.deferred = !fk.deferred;
      return kind;
    }
    case "index": {
      const ix = spec.indexes[0];
      const term = ix?.terms[0];
      if (!ix || !term) return null;
      const table = spec.tables.find((x) => x.name === ix.table) as TableSpec;
      const change = rng.int(4);
      if (change === 0) term.desc = !term.desc;
      else if (change === 1) ix.unique = !ix.unique;
      else if (change === 2) ix.where = ix.where ? null : { col: term.col, value: 1 };
      else if (table.cols.length > 1)
        term.col = other(
          rng,
          table.cols.map((c) => c.name),
          term.col,
        );
      else term.desc = !term.desc;
      return kind;
    }
    case "view": {
      const v = spec.views[0];
      if (!v) return null;
      v.value += 1;
      return kind;
    }
    case "trigger": {
      const tr = spec.triggers[0];
      if (!tr) return null;
      tr.value += 1;
      return kind;
    }
    case "drop":
      if (spec.indexes.length > 0) spec.indexes.pop();
      else if (spec.triggers.length > 0) spec.triggers.pop();
      else if (spec.views.length > 0) spec.views.pop();
      else return null;
      return kind;
    case "add-index":
      spec.indexes.push(genIndex(rng, "idx_extra", t));
      return kind;
    case "add-column":
      t.cols.push({ name: "extra_col", type: "TEXT", notNull: false, dflt: null, collate: null });
      return kind;
    case "strict":
      if (!t.cols.every((c) => STRICT_TYPES.includes(c.type))) return null;
      t.strict = !t.strict;
      return kind;
    case "order": {
      if (t.cols.length < 2) return null;
      const i = rng.int(t.cols.length - 1);
      [t.cols[i], t.cols[i + 1]] = [t.cols[i + 1] as ColSpec, t.cols[i] as ColSpec];
      return kind;
    }
  }
}
