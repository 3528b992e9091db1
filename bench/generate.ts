import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** One synthetic golang-migrate migration. */
export interface GeneratedMigration {
  version: string;
  name: string;
  up: string;
  down: string;
}

interface Column {
  name: string;
  type: string;
  notNull?: boolean;
  dflt?: string;
  fk?: { table: string; onDelete: "CASCADE" | "SET NULL" };
  check?: string;
  /** Value columns may be re-typed, checked, dropped; id/slug/fk/timestamps are structural. */
  value?: boolean;
  /** Added by ALTER TABLE, so a DROP COLUMN can be undone by ADD COLUMN at the same (last) position. */
  added?: boolean;
}
interface Table {
  name: string;
  columns: Column[];
  /** Has rows: a backfill INSERT only targets empty tables, so slug values stay unique. */
  rows: boolean;
}
/** An index, view or trigger, with what it reads, so drops and rebuilds know what depends on what. */
interface Dependent {
  name: string;
  table: string;
  sql: string;
  uses: { table: string; column: string }[];
}
interface State {
  tables: Map<string, Table>;
  indexes: Map<string, Dependent & { columns: string[]; unique: boolean }>;
  views: Map<string, Dependent>;
  triggers: Map<string, Dependent>;
  /** Every new table gets rows at once (see GenerateOptions.data). */
  data: boolean;
}
type Step = { name: string; up: string; down: string };
type Kind = (s: State, r: Rng, v: string) => Step | undefined;

/** mulberry32: small, fast and seeded, so the same seed gives the same history. */
class Rng {
  constructor(private seed: number) {}
  next(): number {
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const QUALIFIERS = [
  "customer",
  "order",
  "billing",
  "product",
  "team",
  "audit",
  "shipping",
  "account",
  "report",
];
const NOUNS = [
  "items",
  "events",
  "notes",
  "invoices",
  "tags",
  "entries",
  "links",
  "records",
  "settings",
  "tokens",
];
const WORDS = [
  "title",
  "amount",
  "status",
  "note",
  "score",
  "position",
  "total",
  "label",
  "weight",
  "priority",
];
const VALUE_TYPES: Omit<Column, "name">[] = [
  { type: "TEXT" },
  { type: "INTEGER", notNull: true, dflt: "0" },
  { type: "REAL" },
  { type: "TEXT", notNull: true, dflt: "''" },
  { type: "NUMERIC", dflt: "0" },
];

const renderColumn = (c: Column): string =>
  [
    c.name,
    c.type,
    c.notNull ? "NOT NULL" : "",
    c.dflt !== undefined ? `DEFAULT ${c.dflt}` : "",
    c.fk ? `REFERENCES ${c.fk.table} (id) ON DELETE ${c.fk.onDelete}` : "",
    c.check ? `CHECK (${c.check})` : "",
  ]
    .filter(Boolean)
    .join(" ");

// Constraints stay inline on their column so ALTER TABLE ADD/DROP COLUMN keep the same text a CREATE would have.
const createTable = (t: Table, as = t.name): string =>
  `CREATE TABLE ${as} (\n  ${t.columns.map(renderColumn).join(",\n  ")}\n);`;

const all = (s: State): Dependent[] => [...s.indexes.values(), ...s.views.values(), ...s.triggers.values()];
/** Indexes and triggers that belong to the table: DROP TABLE takes them along. */
const ownedBy = (s: State, table: string): Dependent[] =>
  [...s.indexes.values(), ...s.triggers.values()].filter((d) => d.table === table);
/** Views and other tables' triggers that read the table: they must go before it is dropped or renamed. */
const readersOf = (s: State, table: string): Dependent[] =>
  [...s.views.values(), ...s.triggers.values()].filter(
    (d) => (s.views.has(d.name) || d.table !== table) && d.uses.some((u) => u.table === table),
  );
/** Every table some view or other table's trigger reads (readersOf is not empty for it), in one pass. */
const readTables = (s: State): Set<string> => {
  const read = new Set<string>();
  for (const d of [...s.views.values(), ...s.triggers.values()])
    for (const u of d.uses) if (s.views.has(d.name) || d.table !== u.table) read.add(u.table);
  return read;
};
/** Tables another table's foreign key references: computed once per step, not once per table (10,000 migrations). */
const referencedTables = (s: State): Set<string> => {
  const parents = new Set<string>();
  for (const t of s.tables.values())
    for (const c of t.columns) if (c.fk && c.fk.table !== t.name) parents.add(c.fk.table);
  return parents;
};
const uniqueName = (taken: (n: string) => boolean, base: string, v: string): string =>
  taken(base) ? `${base}_${v}` : base;

function newValueColumn(t: Table, r: Rng, added: boolean): Column {
  const base = r.pick(WORDS);
  let name = base;
  for (let i = 2; t.columns.some((c) => c.name === name); i++) name = `${base}_${i}`;
  return { name, ...r.pick(VALUE_TYPES), value: true, added };
}

function addIndex(s: State, t: Table, columns: string[], unique: boolean, v: string, where?: string): string {
  const name = uniqueName(
    (n) => s.indexes.has(n),
    `${t.name}_${columns.join("_")}_${unique ? "key" : "idx"}`,
    v,
  );
  const sql = `CREATE ${unique ? "UNIQUE " : ""}INDEX ${name} ON ${t.name} (${columns.join(", ")})${where ? ` WHERE ${where}` : ""};`;
  s.indexes.set(name, {
    name,
    table: t.name,
    sql,
    columns,
    unique,
    uses: columns.map((column) => ({ table: t.name, column })),
  });
  return sql;
}

const tableKind: Kind = (s, r, v) => {
  let name = `${r.pick(QUALIFIERS)}_${r.pick(NOUNS)}`;
  if (s.tables.has(name)) name = `${name}_${v}`;
  const t: Table = {
    name,
    rows: false,
    columns: [
      { name: "id", type: "INTEGER PRIMARY KEY" },
      { name: "slug", type: "TEXT", notNull: true },
    ],
  };
  const names = [...s.tables.keys()];
  if (names.length > 0 && r.chance(0.7)) {
    const parents = new Set([r.pick(names), ...(r.chance(0.3) ? [r.pick(names)] : [])]);
    for (const p of parents)
      t.columns.push({
        name: `${p}_id`,
        type: "INTEGER",
        fk: { table: p, onDelete: r.chance(0.6) ? "CASCADE" : "SET NULL" },
      });
  }
  const values = 1 + Math.floor(r.next() * 3);
  for (let i = 0; i < values; i++) t.columns.push(newValueColumn(t, r, false));
  t.columns.push(
    { name: "created_at", type: "TEXT", notNull: true, dflt: "CURRENT_TIMESTAMP" },
    { name: "updated_at", type: "TEXT" },
  );
  s.tables.set(name, t);
  const up = [createTable(t)];
  const fk = t.columns.find((c) => c.fk);
  if (fk) up.push(addIndex(s, t, [fk.name], false, v));
  const parent = fk?.fk && s.tables.get(fk.fk.table);
  if (fk && parent?.rows && (s.data || r.chance(0.5))) {
    up.push(`INSERT INTO ${name} (slug, ${fk.name}) SELECT '${name}-' || id, id FROM ${parent.name};`);
    t.rows = true;
  } else if ((!fk && r.chance(0.5)) || s.data) {
    up.push(`INSERT INTO ${name} (slug) VALUES ('${name}-1'), ('${name}-2'), ('${name}-3');`);
    t.rows = true;
  }
  return { name: `create_${name}`, up: up.join("\n\n"), down: `DROP TABLE ${name};` };
};

const addColumnKind: Kind = (s, r) => {
  const t = r.pick([...s.tables.values()]);
  const c = newValueColumn(t, r, true);
  t.columns.push(c);
  const up = [`ALTER TABLE ${t.name} ADD COLUMN ${renderColumn(c)};`];
  // Backfill the new column from existing data, as a real migration would.
  if (r.chance(0.5))
    up.push(`UPDATE ${t.name} SET ${c.name} = ${c.type === "TEXT" ? "slug || '-new'" : "id * 3"};`);
  return {
    name: `add_${c.name}_to_${t.name}`,
    up: up.join("\n"),
    down: `ALTER TABLE ${t.name} DROP COLUMN ${c.name};`,
  };
};

const dropColumnKind: Kind = (s, r) => {
  const used = new Set(all(s).flatMap((d) => d.uses.map((u) => `${u.table}.${u.column}`)));
  const droppable = [...s.tables.values()].filter((t) => {
    const last = t.columns.at(-1);
    return last?.added && !last.check && !used.has(`${t.name}.${last.name}`);
  });
  if (droppable.length === 0) return undefined;
  const t = r.pick(droppable);
  const c = t.columns.pop() as Column;
  // The column was last, so ADD COLUMN puts it back where it was.
  return {
    name: `drop_${c.name}_from_${t.name}`,
    up: `ALTER TABLE ${t.name} DROP COLUMN ${c.name};`,
    down: `ALTER TABLE ${t.name} ADD COLUMN ${renderColumn(c)};`,
  };
};

const indexKind =
  (unique: boolean): Kind =>
  (s, r, v) => {
    const t = r.pick([...s.tables.values()]);
    const candidates = t.columns.filter((c) => c.value || c.fk || c.name === "created_at").map((c) => c.name);
    if (candidates.length === 0) return undefined;
    const first = r.pick(candidates);
    // Unique indexes always include slug, whose values are unique by construction, so they never fail on data.
    const columns = unique
      ? r.chance(0.5)
        ? ["slug"]
        : [first, "slug"]
      : r.chance(0.3)
        ? [first, "created_at"]
        : [first];
    const where = !unique && r.chance(0.25) ? `${first} IS NOT NULL` : undefined;
    const sql = addIndex(s, t, [...new Set(columns)], unique, v, where);
    const name = /INDEX (\S+)/.exec(sql)?.[1] as string;
    return { name: `add_${name}`, up: sql, down: `DROP INDEX ${name};` };
  };

const viewKind: Kind = (s, r, v) => {
  const t = r.pick([...s.tables.values()]);
  const value = t.columns.find((c) => c.value);
  const fk = t.columns.find((c) => c.fk);
  const name = uniqueName((n) => s.views.has(n), `${t.name}_view`, v);
  const used = [
    { table: t.name, column: "id" },
    { table: t.name, column: "slug" },
  ];
  if (value) used.push({ table: t.name, column: value.name });
  let body = `SELECT a.id, a.slug${value ? `, a.${value.name}` : ""}`;
  if (fk?.fk) {
    used.push(
      { table: t.name, column: fk.name },
      { table: fk.fk.table, column: "id" },
      { table: fk.fk.table, column: "slug" },
    );
    body += `, b.slug AS parent_slug\nFROM ${t.name} AS a\nLEFT JOIN ${fk.fk.table} AS b ON b.id = a.${fk.name}`;
  } else body += `\nFROM ${t.name} AS a\nWHERE a.slug <> ''`;
  const sql = `CREATE VIEW ${name} AS\n${body};`;
  s.views.set(name, { name, table: t.name, sql, uses: used });
  return { name: `create_${name}`, up: sql, down: `DROP VIEW ${name};` };
};

const triggerKind: Kind = (s, r, v) => {
  const t = r.pick([...s.tables.values()]);
  const fk = t.columns.find((c) => c.fk);
  let name: string;
  let sql: string;
  let used: Dependent["uses"];
  if (fk?.fk && r.chance(0.5)) {
    // A new child row counts as activity on its parent.
    const p = fk.fk.table;
    name = uniqueName((n) => s.triggers.has(n), `${t.name}_touch_parent`, v);
    sql = `CREATE TRIGGER ${name}\nAFTER INSERT ON ${t.name}\nFOR EACH ROW\nBEGIN\n  UPDATE ${p} SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.${fk.name};\nEND;`;
    used = [
      { table: t.name, column: fk.name },
      { table: p, column: "id" },
      { table: p, column: "updated_at" },
    ];
  } else {
    // Keep updated_at current; the WHEN clause stops it firing on its own update.
    name = uniqueName((n) => s.triggers.has(n), `${t.name}_touch`, v);
    sql = `CREATE TRIGGER ${name}\nAFTER UPDATE ON ${t.name}\nFOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE ${t.name} SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;`;
    used = [
      { table: t.name, column: "id" },
      { table: t.name, column: "updated_at" },
    ];
  }
  s.triggers.set(name, { name, table: t.name, sql, uses: used });
  return { name: `create_${name}`, up: sql, down: `DROP TRIGGER ${name};` };
};

/** create-new / copy / drop / rename, with the table's indexes and triggers and everything reading it recreated. */
function rebuildSql(s: State, to: Table): string {
  const name = to.name;
  const readers = readersOf(s, name);
  const own = ownedBy(s, name);
  const cols = to.columns.map((c) => c.name).join(", ");
  return [
    ...readers.map((d) => `DROP ${s.views.has(d.name) ? "VIEW" : "TRIGGER"} ${d.name};`),
    createTable(to, `${name}_new`),
    `INSERT INTO ${name}_new (${cols})\nSELECT ${cols} FROM ${name};`,
    `DROP TABLE ${name};`,
    `ALTER TABLE ${name}_new RENAME TO ${name};`,
    ...own.map((d) => d.sql),
    ...readers.map((d) => d.sql),
  ].join("\n\n");
}

const rebuildKind: Kind = (s, r) => {
  // Only tables nothing references: with foreign_keys on, DROP TABLE of a parent deletes (cascades) its children's rows.
  const parents = referencedTables(s);
  const leaves = [...s.tables.values()].filter(
    (t) => !parents.has(t.name) && t.columns.some((c) => c.value || c.fk),
  );
  if (leaves.length === 0) return undefined;
  const before = r.pick(leaves);
  const after: Table = structuredClone(before);
  const values = after.columns.filter((c) => c.value);
  const fks = after.columns.filter((c) => c.fk);
  let what: string;
  const c = values.length > 0 ? r.pick(values) : undefined;
  if (c && !c.check && r.chance(0.6)) {
    c.check = c.type === "TEXT" ? `length(${c.name}) <= 500` : `${c.name} >= 0`;
    what = `check_${c.name}`;
  } else if (c && r.chance(0.6)) {
    c.type = r.pick(["TEXT", "INTEGER", "REAL", "NUMERIC"].filter((t) => t !== c.type));
    what = `retype_${c.name}`;
  } else if (fks.length > 0) {
    const f = r.pick(fks);
    if (f.fk) f.fk = { ...f.fk, onDelete: f.fk.onDelete === "CASCADE" ? "SET NULL" : "CASCADE" };
    what = `change_${f.name}_on_delete`;
  } else return undefined;
  s.tables.set(after.name, after);
  return { name: `rebuild_${after.name}_${what}`, up: rebuildSql(s, after), down: rebuildSql(s, before) };
};

const backfillKind: Kind = (s, r) => {
  const targets = [...s.tables.values()].flatMap((t) =>
    t.rows
      ? []
      : t.columns.flatMap((c) => (c.fk && s.tables.get(c.fk.table)?.rows ? [{ t, c, p: c.fk.table }] : [])),
  );
  if (targets.length === 0) return undefined;
  const { t, c, p } = r.pick(targets);
  t.rows = true;
  return {
    name: `backfill_${t.name}`,
    up: `INSERT INTO ${t.name} (slug, ${c.name})\nSELECT '${t.name}-' || id, id FROM ${p};`,
    down: `DELETE FROM ${t.name};`,
  };
};

const dropIndexKind: Kind = (s, r) => {
  if (s.indexes.size === 0) return undefined;
  const d = r.pick([...s.indexes.values()]);
  s.indexes.delete(d.name);
  return { name: `drop_${d.name}`, up: `DROP INDEX ${d.name};`, down: d.sql };
};

const dropViewKind: Kind = (s, r) => {
  if (s.views.size === 0) return undefined;
  const d = r.pick([...s.views.values()]);
  s.views.delete(d.name);
  return { name: `drop_${d.name}`, up: `DROP VIEW ${d.name};`, down: d.sql };
};

const dropTableKind: Kind = (s, r) => {
  const parents = referencedTables(s);
  const read = readTables(s);
  const free = [...s.tables.values()].filter((t) => !parents.has(t.name) && !read.has(t.name));
  if (free.length === 0 || s.tables.size < 5) return undefined;
  const t = r.pick(free);
  const own = ownedBy(s, t.name);
  s.tables.delete(t.name);
  for (const d of own) {
    s.indexes.delete(d.name);
    s.triggers.delete(d.name);
  }
  // The down brings back the structure; the rows are gone, as they would be in production.
  return {
    name: `drop_${t.name}`,
    up: `DROP TABLE ${t.name};`,
    down: [createTable(t), ...own.map((d) => d.sql)].join("\n\n"),
  };
};

// Most migrations add; a few drop. Kinds whose preconditions fail return undefined and another is drawn.
const KINDS: [Kind, number][] = [
  [tableKind, 22],
  [addColumnKind, 18],
  [indexKind(false), 12],
  [indexKind(true), 6],
  [viewKind, 10],
  [triggerKind, 8],
  [rebuildKind, 6],
  [backfillKind, 4],
  [dropColumnKind, 5],
  [dropIndexKind, 3],
  [dropViewKind, 3],
  [dropTableKind, 3],
];
const TOTAL = KINDS.reduce((sum, [, w]) => sum + w, 0);

function pickKind(r: Rng): Kind {
  let x = r.next() * TOTAL;
  for (const [kind, weight] of KINDS) {
    x -= weight;
    if (x < 0) return kind;
  }
  return tableKind;
}

export interface GenerateOptions {
  /**
   * Every table holds rows from the migration that creates it (children copy theirs from a parent that has
   * some): rebuilds, backfills and cascades then move real rows, as they do in production.
   */
  data?: boolean;
}

/** A deterministic synthetic history of `count` migrations whose downs each restore the exact prior schema. */
export function generateMigrations(
  count: number,
  seed = 1,
  options: GenerateOptions = {},
): GeneratedMigration[] {
  const r = new Rng(seed);
  const s: State = {
    tables: new Map(),
    indexes: new Map(),
    views: new Map(),
    triggers: new Map(),
    data: options.data === true,
  };
  const out: GeneratedMigration[] = [];
  for (let i = 1; i <= count; i++) {
    const version = String(i).padStart(4, "0");
    let step: Step | undefined;
    while (!step) step = s.tables.size === 0 ? tableKind(s, r, version) : pickKind(r)(s, r, version);
    out.push({ version, name: step.name, up: `${step.up}\n`, down: `${step.down}\n` });
  }
  return out;
}

/** Writes golang-migrate files: `<version>_<name>.up.sql` and `<version>_<name>.down.sql`. */
export async function writeMigrations(dir: string, migrations: GeneratedMigration[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const m of migrations) {
    await writeFile(join(dir, `${m.version}_${m.name}.up.sql`), m.up);
    await writeFile(join(dir, `${m.version}_${m.name}.down.sql`), m.down);
  }
}
