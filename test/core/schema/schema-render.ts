import type { ColSpec, FkSpec, Part, Rng, SchemaSpec, TableSpec } from "./schema-gen.js";

/** Spells a spec as SQL with random cosmetic variations and random equivalent construction steps. */
export class Spelling {
  constructor(readonly rng: Rng) {}

  ws(): string {
    return this.rng.pick([" ", " ", "  ", "\n", "\t", " /* note */ ", " -- note\n", "\n  "]);
  }

  kw(words: string): string {
    return words
      .split(" ")
      .map((w) =>
        this.rng.pick([w.toLowerCase(), w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1).toLowerCase()]),
      )
      .join(this.ws());
  }

  /** An identifier with random case and quoting; `decl` allows 'x', which SQLite accepts for declared names. */
  id(name: string, decl = false): string {
    const cased = [...name].map((c) => (this.rng.bool(0.3) ? c.toUpperCase() : c)).join("");
    const styles = ["bare", "double", "backtick", "bracket", ...(decl ? ["single"] : [])];
    switch (this.rng.pick(styles)) {
      case "double":
        return `"${cased}"`;
      case "backtick":
        return `\`${cased}\``;
      case "bracket":
        return `[${cased}]`;
      case "single":
        return `'${cased}'`;
      default:
        return cased;
    }
  }

  parts(parts: Part[]): string {
    return parts
      .map((p) => (typeof p === "string" ? p : "kw" in p ? this.kw(p.kw) : this.id(p.id)))
      .join(this.ws());
  }

  type(type: string): string {
    if (type === "") return "";
    const m = /^(\w+)\((\d+)\)$/.exec(type);
    if (m) return `${this.kw(m[1] as string)}${this.rng.pick(["", " "])}(${this.ws()}${m[2]}${this.ws()})`;
    return this.kw(type);
  }
}

export function dfltSql(s: Spelling, dflt: string): string {
  return dflt === "CURRENT_TIMESTAMP" ? s.kw(dflt) : dflt;
}

/** Can this column be added later with ALTER TABLE ADD COLUMN (SQLite's restrictions)? */
function addable(t: TableSpec, c: ColSpec): boolean {
  if (t.pk.includes(c.name) || t.uniques.some((u) => u.includes(c.name))) return false;
  if (t.checks.some((k) => k.col === c.name)) return false;
  if (c.notNull && c.dflt === null) return false;
  if (c.dflt === "CURRENT_TIMESTAMP" || c.dflt?.startsWith("(")) return false;
  if (t.fks.some((f) => f.col === c.name) && c.dflt !== null) return false;
  return true;
}

function fkClause(s: Spelling, fk: FkSpec): string {
  let out = `${s.kw("REFERENCES")} ${s.id(fk.table)}${s.ws()}(${s.id(fk.refCol)})`;
  if (fk.onDelete !== "NO ACTION" || s.rng.bool(0.3)) out += ` ${s.kw(`ON DELETE ${fk.onDelete}`)}`;
  // Every spelling but DEFERRABLE INITIALLY DEFERRED means immediate.
  const immediate = [
    "",
    "NOT DEFERRABLE",
    "DEFERRABLE",
    "DEFERRABLE INITIALLY IMMEDIATE",
    "NOT DEFERRABLE INITIALLY DEFERRED",
  ];
  const defer = fk.deferred ? "DEFERRABLE INITIALLY DEFERRED" : s.rng.pick(immediate);
  return defer ? `${out} ${s.kw(defer)}` : out;
}

interface TableChoices {
  inlineUnique: Set<string>;
  inlineFk: Set<string>;
  inlinePk: boolean;
}

function columnDef(s: Spelling, rng: Rng, t: TableSpec, c: ColSpec, ch: TableChoices): string {
  const head = [s.id(c.name, true), s.type(c.type)].filter(Boolean).join(" ");
  const cons: string[] = [];
  if (t.intPk === c.name && ch.inlinePk)
    cons.push(s.kw(t.autoinc ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY"));
  else if (ch.inlinePk && t.pk.length === 1 && t.pk[0] === c.name) cons.push(s.kw("PRIMARY KEY"));
  if (c.notNull) cons.push(s.kw("NOT NULL"));
  if (c.dflt !== null) cons.push(`${s.kw("DEFAULT")} ${dfltSql(s, c.dflt)}`);
  if (c.collate) cons.push(`${s.kw("COLLATE")} ${s.id(c.collate)}`);
  if (ch.inlineUnique.has(c.name)) cons.push(s.kw("UNIQUE"));
  const fk = t.fks.find((f) => f.col === c.name);
  if (fk && ch.inlineFk.has(c.name)) cons.push(fkClause(s, fk));
  return [head, ...rng.shuffle(cons)].join(s.ws());
}

function tableSql(s: Spelling, rng: Rng, t: TableSpec, name: string, inline: ColSpec[]): string {
  const ch: TableChoices = {
    inlineUnique: new Set(t.uniques.filter((u) => u.length === 1 && rng.bool()).map((u) => u[0] as string)),
    inlineFk: new Set(t.fks.filter(() => rng.bool()).map((f) => f.col)),
    inlinePk: t.pk.length === 1 && (t.intPk === null || rng.bool(0.7)) && rng.bool(0.7),
  };
  for (const c of t.cols) if (!inline.includes(c)) ch.inlineFk.add(c.name);
  const items = inline.map((c) => columnDef(s, rng, t, c, ch));
  const cons: string[] = [];
  if (t.pk.length > 0 && !ch.inlinePk) {
    const auto = t.autoinc ? ` ${s.kw("AUTOINCREMENT")}` : "";
    cons.push(`${s.kw("PRIMARY KEY")}${s.ws()}(${t.pk.map((p) => s.id(p)).join(`,${s.ws()}`)}${auto})`);
  }
  for (const u of t.uniques)
    if (!(u.length === 1 && ch.inlineUnique.has(u[0] as string)))
      cons.push(`${s.kw("UNIQUE")} (${u.map((x) => s.id(x)).join(", ")})`);
  for (const k of t.checks)
    cons.push(`${s.kw("CHECK")}${s.ws()}(${s.parts([{ id: k.col }, k.op, String(k.value)])})`);
  for (const f of t.fks) {
    if (!ch.inlineFk.has(f.col)) cons.push(`${s.kw("FOREIGN KEY")} (${s.id(f.col)}) ${fkClause(s, f)}`);
  }
  const opts = [t.withoutRowid ? s.kw("WITHOUT ROWID") : "", t.strict ? s.kw("STRICT") : ""].filter(Boolean);
  const body = [...items, ...rng.shuffle(cons)];
  return `${s.kw("CREATE TABLE")} ${s.id(name, true)}${s.ws()}(${s.ws()}${body.join(`,${s.ws()}`)}${s.ws()})${s.ws()}${opts.join(`,${s.ws()}`)}`;
}

/** Creates a table, possibly adding trailing columns with ALTER TABLE ADD COLUMN. */
function createTable(s: Spelling, rng: Rng, t: TableSpec): string[] {
  let split = t.cols.length;
  while (split > 1 && addable(t, t.cols[split - 1] as ColSpec) && rng.bool(0.4)) split--;
  const ch: TableChoices = {
    inlineUnique: new Set(),
    inlineFk: new Set(t.fks.map((f) => f.col)),
    inlinePk: false,
  };
  const out = [tableSql(s, rng, t, t.name, t.cols.slice(0, split))];
  for (const c of t.cols.slice(split)) {
    out.push(
      `${s.kw("ALTER TABLE")} ${s.id(t.name)} ${s.kw(rng.pick(["ADD", "ADD COLUMN"]))} ${columnDef(s, rng, t, c, ch)}`,
    );
  }
  return out;
}

/** The usual rebuild: new table, copy, drop, rename. */
function dance(s: Spelling, rng: Rng, t: TableSpec): string[] {
  const tmp = `${t.name}_new`;
  return [
    tableSql(s, rng, t, tmp, t.cols),
    `INSERT INTO ${s.id(tmp)} SELECT * FROM ${s.id(t.name)}`,
    `DROP TABLE ${s.id(t.name)}`,
    `ALTER TABLE ${s.id(tmp)} RENAME TO ${s.id(t.name)}`,
  ];
}

/** Statements building the spec's schema; every spelling of one spec must give an equal schema. */
export function renderSchema(spec: SchemaSpec, rng: Rng): string[] {
  const s = new Spelling(rng);
  const out: string[] = [];
  for (const t of rng.shuffle(spec.tables)) out.push(...createTable(s, rng, t));
  for (const t of spec.tables) if (rng.bool(0.3)) out.push(...dance(s, rng, t));
  const objects: string[][] = [];
  for (const ix of spec.indexes) {
    const terms = ix.terms.map((term) => {
      const col = term.lower ? `${s.kw("lower")}(${s.id(term.col)})` : s.id(term.col);
      const coll = term.collate ? ` ${s.kw("COLLATE")} ${s.id(term.collate)}` : "";
      const dir = term.desc ? ` ${s.kw("DESC")}` : rng.bool(0.3) ? ` ${s.kw("ASC")}` : "";
      return `${col}${coll}${dir}`;
    });
    const where = ix.where
      ? ` ${s.kw("WHERE")} ${s.parts([{ id: ix.where.col }, { kw: "IS NOT" }, String(ix.where.value)])}`
      : "";
    objects.push([
      `${s.kw(ix.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX")} ${s.id(ix.name)} ${s.kw("ON")} ${s.id(ix.table)}${s.ws()}(${terms.join(`,${s.ws()}`)})${where}`,
    ]);
  }
  for (const v of spec.views) {
    const body = s.parts([
      { kw: "SELECT" },
      ...v.cols.map((c) => ({ id: c })),
      { kw: "FROM" },
      { id: v.table },
      { kw: "WHERE" },
      { id: v.cols[0] as string },
      "=",
      String(v.value),
    ]);
    objects.push([`${s.kw("CREATE VIEW")} ${s.id(v.name)} ${s.kw("AS")} ${body}`]);
  }
  for (const tr of spec.triggers) {
    const body = s.parts([
      { kw: "SELECT" },
      String(tr.value),
      { kw: "WHERE" },
      { kw: "new" },
      ".",
      { id: tr.col },
      { kw: "IS NOT NULL" },
    ]);
    objects.push([
      `${s.kw("CREATE TRIGGER")} ${s.id(tr.name)} ${s.kw("AFTER INSERT ON")} ${s.id(tr.table)} ${s.kw("BEGIN")} ${body}; ${s.kw("END")}`,
    ]);
  }
  for (const o of rng.shuffle(objects)) out.push(...o);
  // Renaming away and back rewrites names in the table, its indexes, triggers, views and child FKs.
  for (const t of spec.tables) {
    if (rng.bool(0.25)) {
      out.push(
        `ALTER TABLE ${s.id(t.name)} RENAME TO ${s.id(`${t.name}_away`)}`,
        `ALTER TABLE ${s.id(`${t.name}_away`)} RENAME TO ${s.id(t.name)}`,
      );
    }
  }
  return out;
}
