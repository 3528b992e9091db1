import {
  ACTIONS,
  COLLATIONS,
  type ColSpec,
  DEFAULTS,
  defaultTermCollation,
  FTS_VALUES,
  ftsOption,
  GEN_FNS,
  genGenerated,
  genIndex,
  INDEX_COLLATIONS,
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
  | "order"
  | "gen-expr"
  | "gen-storage"
  | "gen-add"
  | "fk-update"
  | "index-collate"
  | "without-rowid"
  | "autoincrement"
  | "fts-column"
  | "fts-option";

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
      if (!col || col.gen || t.fks.some((f) => f.col === col.name)) return null;
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
      else if (col && !col.gen && !t.uniques.some((u) => u.length === 1 && u[0] === col.name))
        t.pk = [...t.pk, col.name];
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
      t.cols.push({ name: "extra_col", type: "TEXT", notNull: false, dflt: null, collate: null, gen: null });
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
    case "gen-expr": {
      const g = t.cols.find((c) => c.gen)?.gen;
      if (!g) return null;
      if (rng.bool()) g.n += 1;
      else g.fn = other(rng, GEN_FNS, g.fn);
      return kind;
    }
    case "gen-storage": {
      const g = t.cols.find((c) => c.gen)?.gen;
      if (!g) return null;
      g.stored = !g.stored;
      return kind;
    }
    case "gen-add": {
      // A generated column replaces an ordinary one of the same name and type.
      if (!col || col.gen || t.fks.some((f) => f.col === col.name)) return null;
      const sources = t.cols.filter((c) => c !== col && c.gen === null);
      if (sources.length === 0) return null;
      col.dflt = null;
      col.gen = genGenerated(rng, rng.pick(sources).name);
      return kind;
    }
    case "fk-update": {
      const fk = t.fks[0];
      if (!fk) return null;
      fk.onUpdate = other(rng, ACTIONS, fk.onUpdate);
      return kind;
    }
    case "index-collate": {
      const ix = spec.indexes.length > 0 ? rng.pick(spec.indexes) : undefined;
      if (!ix) return null;
      const table = spec.tables.find((x) => x.name === ix.table) as TableSpec;
      const term = rng.pick(ix.terms);
      const effective = term.collate ?? defaultTermCollation(table, term);
      term.collate = other(rng, INDEX_COLLATIONS, effective);
      return kind;
    }
    case "without-rowid":
      // WITHOUT ROWID needs a PRIMARY KEY and refuses AUTOINCREMENT.
      if (t.pk.length === 0 || t.autoinc) return null;
      t.withoutRowid = !t.withoutRowid;
      return kind;
    case "autoincrement":
      // Only an INTEGER PRIMARY KEY of a rowid table takes AUTOINCREMENT.
      if (t.intPk === null || t.withoutRowid) return null;
      t.autoinc = !t.autoinc;
      return kind;
    case "fts-column": {
      const f = spec.fts[0];
      if (!f) return null;
      const c = rng.pick(f.cols);
      const change = rng.int(4);
      if (change === 0) c.name = `${c.name}x`;
      else if (change === 1) c.unindexed = !c.unindexed;
      else if (change === 2 || f.cols.length === 1)
        f.cols.push({ name: `${f.name}_extra`, unindexed: false });
      else f.cols.splice(f.cols.indexOf(c), 1);
      return kind;
    }
    case "fts-option": {
      const f = spec.fts[0];
      if (!f) return null;
      const has = (key: string) => f.options.find((o) => o.key === key);
      const drop = (key: string) => {
        f.options = f.options.filter((o) => o.key !== key);
      };
      let key = rng.pick([...Object.keys(FTS_VALUES), "content"]);
      // Contentless or not; an external content table stays as it is.
      if (key === "content" && has("content_rowid")) key = "tokenize";
      const current = has(key);
      if (key === "content") {
        if (current) {
          drop("content");
          drop("contentless_delete");
        } else f.options.push(ftsOption("content", "''"));
      } else if (key === "columnsize") {
        // contentless_delete=1 refuses columnsize=0.
        if (current) drop(key);
        else if (has("contentless_delete")) drop("contentless_delete");
        else f.options.push(ftsOption(key, "0"));
      } else if (current) {
        current.value = other(rng, FTS_VALUES[key] as string[], current.value);
      } else f.options.push(ftsOption(key, rng.pick(FTS_VALUES[key] as string[])));
      return kind;
    }
  }
}
