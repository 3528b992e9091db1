/**
 * Random schemas for the property tests: an abstract spec, a renderer that spells it with random
 * cosmetic variations (and random but equivalent ways of building it), and one-change mutations.
 */

/** A tiny deterministic PRNG (mulberry32), so a failing seed replays. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Expression pieces: literal text, a keyword (random case) or an identifier (random quoting). */
export type Part = string | { kw: string } | { id: string };

/** `src <fn> n` (`+`, `*`) or `fn(src, n)` (`substr`, `coalesce`). */
export type GenFn = "+" | "*" | "substr" | "coalesce";
export const GEN_FNS: GenFn[] = ["+", "*", "substr", "coalesce"];

/** A generated column: never part of the primary key, never with a DEFAULT (SQLite refuses both). */
export interface GenSpec {
  fn: GenFn;
  /** An ordinary (not generated) column of the same table. */
  src: string;
  n: number;
  stored: boolean;
}

export interface ColSpec {
  name: string;
  type: string;
  notNull: boolean;
  dflt: string | null;
  collate: string | null;
  gen: GenSpec | null;
}
export interface FkSpec {
  col: string;
  table: string;
  refCol: string;
  onDelete: string;
  onUpdate: string;
  /**
   * Rendered identically on both sides and never mutated: SQLite parses MATCH but ignores it (every foreign
   * key is MATCH SIMPLE), while the model records it, so `MATCH FULL` vs no MATCH compares different. See
   * the report on the property tests: `REFERENCES p(id)` vs `REFERENCES p(id) MATCH SIMPLE`.
   */
  match: string | null;
  deferred: boolean;
}
export interface TableSpec {
  name: string;
  cols: ColSpec[];
  /** The INTEGER PRIMARY KEY column, when the table has a rowid alias. */
  intPk: string | null;
  autoinc: boolean;
  pk: string[];
  uniques: string[][];
  checks: { col: string; op: string; value: number }[];
  fks: FkSpec[];
  withoutRowid: boolean;
  strict: boolean;
}
export interface IndexSpec {
  name: string;
  table: string;
  unique: boolean;
  /** `collate`: the explicit COLLATE of the term, null for none (the column's, or BINARY for `lower(...)`). */
  terms: { col: string; desc: boolean; collate: string | null; lower: boolean }[];
  where: { col: string; value: number } | null;
}
export interface ViewSpec {
  name: string;
  table: string;
  cols: string[];
  value: number;
}
export interface TriggerSpec {
  name: string;
  table: string;
  col: string;
  value: number;
}
/** One FTS5 option; `value` is the literal text, rendered as is (`bare` words in random case). */
export interface FtsOption {
  key: string;
  value: string;
  bare: boolean;
}
export interface FtsSpec {
  name: string;
  cols: { name: string; unindexed: boolean }[];
  /** Rendered after the columns, in this order: see `ftsSql` for why. */
  options: FtsOption[];
}
export interface SchemaSpec {
  tables: TableSpec[];
  indexes: IndexSpec[];
  views: ViewSpec[];
  triggers: TriggerSpec[];
  fts: FtsSpec[];
}

export const TYPES = ["INTEGER", "TEXT", "REAL", "BLOB", "NUMERIC", "VARCHAR(20)", ""];
export const STRICT_TYPES = ["INTEGER", "INT", "TEXT", "REAL", "BLOB", "ANY"];
export const DEFAULTS = [null, "0", "-1", "'x'", "'it''s'", "1.5", "CURRENT_TIMESTAMP", "(1 + 2)"];
export const COLLATIONS = [null, "NOCASE", "RTRIM"];
export const ACTIONS = ["NO ACTION", "CASCADE", "SET NULL", "RESTRICT", "SET DEFAULT"];
export const MATCHES = [null, "SIMPLE", "FULL", "PARTIAL"];
/** Collations of index terms, BINARY included (the same as none on a column without a collation). */
export const INDEX_COLLATIONS = ["BINARY", "NOCASE", "RTRIM"];
/** Values FTS5 takes for each option (strings quoted with '', as FTS5 also reads barewords differently). */
export const FTS_VALUES: Record<string, string[]> = {
  tokenize: [
    "'porter'",
    "'unicode61'",
    "'porter ascii'",
    "'ascii'",
    "'trigram'",
    "'unicode61 remove_diacritics 2'",
  ],
  prefix: ["'2'", "'2 3'", "'1 4'"],
  detail: ["full", "column", "none"],
  columnsize: ["0"],
};

function genColumn(rng: Rng, name: string, strict: boolean): ColSpec {
  return {
    name,
    type: rng.pick(strict ? STRICT_TYPES : TYPES),
    notNull: rng.bool(0.3),
    dflt: rng.bool(0.4) ? rng.pick(DEFAULTS) : null,
    collate: rng.bool(0.2) ? rng.pick(COLLATIONS) : null,
    gen: null,
  };
}

export function genGenerated(rng: Rng, src: string): GenSpec {
  return { fn: rng.pick(GEN_FNS), src, n: 1 + rng.int(5), stored: rng.bool() };
}

function genFts(rng: Rng, name: string, tables: TableSpec[]): FtsSpec {
  const cols = Array.from({ length: 1 + rng.int(3) }, (_, i) => ({
    name: `${name}_c${i}`,
    unindexed: i > 0 && rng.bool(0.3),
  }));
  const options: FtsOption[] = [];
  for (const key of rng.shuffle(Object.keys(FTS_VALUES))) {
    if (rng.bool(0.4)) options.push(ftsOption(key, rng.pick(FTS_VALUES[key] as string[])));
  }
  const content = rng.int(4);
  const source = tables.find((t) => t.intPk !== null && !t.withoutRowid);
  if (content === 1) {
    options.push(ftsOption("content", "''"));
    if (rng.bool(0.4) && !options.some((o) => o.key === "columnsize"))
      options.push(ftsOption("contentless_delete", "1"));
  } else if (content === 2 && source) {
    options.push(ftsOption("content", `'${source.name}'`), ftsOption("content_rowid", `'${source.intPk}'`));
  }
  return { name, cols, options };
}

export function ftsOption(key: string, value: string): FtsOption {
  return { key, value, bare: /^[a-z]/.test(value) };
}

export function genSchema(rng: Rng): SchemaSpec {
  const spec: SchemaSpec = { tables: [], indexes: [], views: [], triggers: [], fts: [] };
  const nTables = 1 + rng.int(3);
  // A table named like an FTS5 shadow table (<vtab>_<suffix>) is the user's, not a shadow.
  const fts = rng.bool(0.5) ? "fts0" : null;
  const shadowLike = fts !== null && rng.bool(0.3);
  for (let t = 0; t < nTables; t++) {
    const strict = rng.bool(0.25);
    const name = shadowLike && t === nTables - 1 ? `${fts}_docs` : `tab${t}`;
    const cols = Array.from({ length: 2 + rng.int(4) }, (_, i) => genColumn(rng, `c${t}_${i}`, strict));
    const table: TableSpec = {
      name,
      cols,
      intPk: null,
      autoinc: false,
      pk: [],
      uniques: [],
      checks: [],
      fks: [],
      withoutRowid: false,
      strict,
    };
    const pkKind = rng.int(3);
    if (pkKind === 1) {
      const id: ColSpec = {
        name: `id${t}`,
        type: "INTEGER",
        notNull: false,
        dflt: null,
        collate: null,
        gen: null,
      };
      cols.unshift(id);
      table.intPk = id.name;
      table.pk = [id.name];
      table.autoinc = rng.bool(0.4);
      table.withoutRowid = !table.autoinc && rng.bool(0.2);
    } else if (pkKind === 2) {
      table.pk = rng.shuffle(cols.map((c) => c.name)).slice(0, 1 + rng.int(2));
      table.withoutRowid = rng.bool(0.5);
    }
    const free = cols.filter((c) => !table.pk.includes(c.name));
    if (free.length > 0 && rng.bool(0.4)) table.uniques.push([rng.pick(free).name]);
    if (rng.bool(0.4))
      table.checks.push({ col: rng.pick(cols).name, op: rng.pick([">", "<>", ">="]), value: rng.int(5) });
    const parent = spec.tables.find((p) => p.pk.length === 1);
    if (parent && free.length > 0 && rng.bool(0.7)) {
      const col = rng.pick(free);
      col.dflt = null;
      table.fks.push({
        col: col.name,
        table: parent.name,
        refCol: parent.pk[0] as string,
        onDelete: rng.pick(ACTIONS),
        onUpdate: rng.bool(0.6) ? rng.pick(ACTIONS) : "NO ACTION",
        match: rng.bool(0.4) ? rng.pick(MATCHES) : null,
        deferred: rng.bool(0.3),
      });
    }
    // Generated columns: not in the key, not a foreign key's column; computed from an ordinary column.
    const genable = free.filter((c) => !table.fks.some((f) => f.col === c.name));
    for (const g of rng.shuffle(genable).slice(0, rng.int(3))) {
      const sources = cols.filter((c) => c !== g && c.gen === null);
      if (sources.length === 0 || rng.bool(0.3)) continue;
      g.dflt = null;
      g.gen = genGenerated(rng, rng.pick(sources).name);
    }
    spec.tables.push(table);
  }
  for (const [i, table] of spec.tables.entries()) {
    if (rng.bool(0.6)) spec.indexes.push(genIndex(rng, `idx${i}`, table));
    if (rng.bool(0.3)) {
      spec.views.push({
        name: `view${i}`,
        table: table.name,
        cols: [rng.pick(table.cols).name],
        value: rng.int(9),
      });
    }
    if (rng.bool(0.3))
      spec.triggers.push({
        name: `trg${i}`,
        table: table.name,
        col: rng.pick(table.cols).name,
        value: rng.int(9),
      });
  }
  if (fts) spec.fts.push(genFts(rng, fts, spec.tables));
  return spec;
}

/** The collation (spec spelling) an index term gets without a COLLATE of its own. */
export function defaultTermCollation(t: TableSpec, term: { col: string; lower: boolean }): string {
  if (term.lower) return "BINARY";
  return t.cols.find((c) => c.name === term.col)?.collate ?? "BINARY";
}

export function genIndex(rng: Rng, name: string, table: TableSpec): IndexSpec {
  const cols = rng.shuffle(table.cols).slice(0, 1 + rng.int(2));
  return {
    name,
    table: table.name,
    unique: rng.bool(0.3),
    terms: cols.map((c) => ({
      col: c.name,
      desc: rng.bool(0.3),
      collate: rng.bool(0.3) ? rng.pick(INDEX_COLLATIONS) : null,
      lower: rng.bool(0.15),
    })),
    where: rng.bool(0.3) ? { col: rng.pick(table.cols).name, value: rng.int(5) } : null,
  };
}
