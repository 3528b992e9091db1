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

export interface ColSpec {
  name: string;
  type: string;
  notNull: boolean;
  dflt: string | null;
  collate: string | null;
}
export interface FkSpec {
  col: string;
  table: string;
  refCol: string;
  onDelete: string;
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
export interface SchemaSpec {
  tables: TableSpec[];
  indexes: IndexSpec[];
  views: ViewSpec[];
  triggers: TriggerSpec[];
}

export const TYPES = ["INTEGER", "TEXT", "REAL", "BLOB", "NUMERIC", "VARCHAR(20)", ""];
export const STRICT_TYPES = ["INTEGER", "INT", "TEXT", "REAL", "BLOB", "ANY"];
export const DEFAULTS = [null, "0", "-1", "'x'", "'it''s'", "1.5", "CURRENT_TIMESTAMP", "(1 + 2)"];
export const COLLATIONS = [null, "NOCASE", "RTRIM"];
export const ACTIONS = ["NO ACTION", "CASCADE", "SET NULL", "RESTRICT", "SET DEFAULT"];

function genColumn(rng: Rng, name: string, strict: boolean): ColSpec {
  return {
    name,
    type: rng.pick(strict ? STRICT_TYPES : TYPES),
    notNull: rng.bool(0.3),
    dflt: rng.bool(0.4) ? rng.pick(DEFAULTS) : null,
    collate: rng.bool(0.2) ? rng.pick(COLLATIONS) : null,
  };
}

export function genSchema(rng: Rng): SchemaSpec {
  const spec: SchemaSpec = { tables: [], indexes: [], views: [], triggers: [] };
  const nTables = 1 + rng.int(3);
  for (let t = 0; t < nTables; t++) {
    const strict = rng.bool(0.25);
    const name = `tab${t}`;
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
      const id: ColSpec = { name: `id${t}`, type: "INTEGER", notNull: false, dflt: null, collate: null };
      cols.unshift(id);
      table.intPk = id.name;
      table.pk = [id.name];
      table.autoinc = rng.bool(0.4);
    } else if (pkKind === 2) {
      table.pk = rng.shuffle(cols.map((c) => c.name)).slice(0, 1 + rng.int(2));
      table.withoutRowid = rng.bool(0.5);
    }
    const free = cols.filter((c) => !table.pk.includes(c.name));
    if (free.length > 0 && rng.bool(0.4)) table.uniques.push([rng.pick(free).name]);
    if (rng.bool(0.4))
      table.checks.push({ col: rng.pick(cols).name, op: rng.pick([">", "<>", ">="]), value: rng.int(5) });
    const parent = spec.tables.find((p) => p.pk.length === 1);
    if (parent && free.length > 0 && rng.bool(0.5)) {
      const col = rng.pick(free);
      col.dflt = null;
      table.fks.push({
        col: col.name,
        table: parent.name,
        refCol: parent.pk[0] as string,
        onDelete: rng.pick(ACTIONS),
        deferred: rng.bool(0.3),
      });
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
  return spec;
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
      collate: rng.bool(0.2) ? "NOCASE" : null,
      lower: rng.bool(0.15),
    })),
    where: rng.bool(0.3) ? { col: rng.pick(table.cols).name, value: rng.int(5) } : null,
  };
}
