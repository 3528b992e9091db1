import {
  type ColSpec,
  defaultTermCollation,
  type FkSpec,
  type FtsOption,
  type FtsSpec,
  type GenSpec,
  type Part,
  type Rng,
  type SchemaSpec,
  type TableSpec,
} from "./schema-gen.js";

/** Spells a spec as SQL with random cosmetic variations and random equivalent construction steps. */
export class Spelling {
  /** `seen` counts the cosmetic variations produced, by name, so a test can check they all occur. */
  constructor(
    readonly rng: Rng,
    readonly seen?: Map<string, number>,
  ) {}

  note(variation: string): void {
    this.seen?.set(variation, (this.seen.get(variation) ?? 0) + 1);
  }

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

/**
 * Can column `at` be added later with ALTER TABLE ADD COLUMN (SQLite's restrictions), the columns after it
 * being added after it? A generated one only when VIRTUAL and computed from a column already there.
 */
function addable(t: TableSpec, at: number): boolean {
  const c = t.cols[at] as ColSpec;
  // CREATE TABLE needs an ordinary column, and the columns its generated ones are computed from.
  const before = t.cols.slice(0, at);
  if (before.every((x) => x.gen)) return false;
  const position = (name: string) => t.cols.findIndex((x) => x.name === name);
  if (before.some((x) => x.gen && position(x.gen.src) >= at)) return false;
  if (t.pk.includes(c.name) || t.uniques.some((u) => u.includes(c.name))) return false;
  if (t.checks.some((k) => k.col === c.name)) return false;
  if (c.gen) return !c.gen.stored && position(c.gen.src) < at;
  if (c.notNull && c.dflt === null) return false;
  if (c.dflt === "CURRENT_TIMESTAMP" || c.dflt?.startsWith("(")) return false;
  if (t.fks.some((f) => f.col === c.name) && c.dflt !== null) return false;
  return true;
}

function fkClause(s: Spelling, fk: FkSpec): string {
  let out = `${s.kw("REFERENCES")} ${s.id(fk.table)}${s.ws()}(${s.id(fk.refCol)})`;
  // ON DELETE, ON UPDATE and MATCH in any order; NO ACTION spelt out or left implicit; SQLite parses and
  // ignores `ON INSERT <action>` and MATCH, so they may appear on one side only.
  const refargs: [string, string][] = [];
  if (s.rng.bool(0.2)) {
    s.note("fk-on-insert-ignored");
    refargs.push(["insert", s.kw(`ON INSERT ${s.rng.pick(["CASCADE", "SET NULL", "RESTRICT"])}`)]);
  }
  if (!fk.match && s.rng.bool(0.2)) {
    s.note("fk-match-ignored");
    refargs.push(["match", s.kw(`MATCH ${s.rng.pick(["SIMPLE", "FULL", "PARTIAL"])}`)]);
  }
  if (fk.onDelete !== "NO ACTION" || s.rng.bool(0.3))
    refargs.push(["delete", s.kw(`ON DELETE ${fk.onDelete}`)]);
  if (fk.onUpdate !== "NO ACTION" || s.rng.bool(0.3)) {
    s.note(fk.onUpdate === "NO ACTION" ? "fk-on-update-no-action" : "fk-on-update");
    refargs.push(["update", s.kw(`ON UPDATE ${fk.onUpdate}`)]);
  }
  if (fk.match) refargs.push(["match", s.kw(`MATCH ${fk.match}`)]);
  const ordered = s.rng.shuffle(refargs);
  const kinds = ordered.map(([k]) => k).join(" ");
  if (/update.*delete/.test(kinds)) s.note("fk-update-before-delete");
  if (/match ./.test(kinds)) s.note("fk-match-before-action");
  for (const [, text] of ordered) out += `${s.ws()}${text}`;
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

function checkExpr(s: Spelling, k: { col: string; op: string; value: number }): string {
  const expr = s.parts([{ id: k.col }, k.op, String(k.value)]);
  if (!s.rng.bool(0.2)) return expr;
  s.note("check-redundant-parens");
  return `(${expr})`;
}

interface TableChoices {
  inlineUnique: Set<string>;
  inlineFk: Set<string>;
  inlinePk: boolean;
}

function genExpr(s: Spelling, g: GenSpec): string {
  const n = String(g.n);
  if (g.fn === "+" || g.fn === "*") return s.parts([{ id: g.src }, g.fn, n]);
  return s.parts([{ kw: g.fn }, "(", { id: g.src }, ",", n, ")"]);
}

/** `GENERATED ALWAYS AS (expr)` or `AS (expr)`; VIRTUAL, the default, spelt out or not. */
function generatedClause(s: Spelling, g: GenSpec): string {
  const long = s.rng.bool();
  s.note(long ? "gen-long-form" : "gen-short-form");
  // No comment between GENERATED and ALWAYS: SQLite drops a trailing `GENERATED ALWAYS` from the declared
  // type only across whitespace (`b INT GENERATED /* x */ ALWAYS AS (a)` is declared `INT GENERATED /* x */`,
  // which SQLite itself reports as the type; for an untyped column it even changes the affinity). Not a
  // bug of the model: SQLite's own quirk.
  const head = long
    ? `${s.kw("GENERATED")}${s.rng.pick([" ", "  ", "\n", "\t"])}${s.kw("ALWAYS")}${s.ws()}${s.kw("AS")}`
    : s.kw("AS");
  const redundant = s.rng.bool(0.2);
  if (redundant) s.note("gen-redundant-parens");
  const expr = redundant ? `(${genExpr(s, g)})` : genExpr(s, g);
  const out = `${head}${s.ws()}(${s.ws()}${expr}${s.ws()})`;
  if (g.stored) return `${out}${s.ws()}${s.kw("STORED")}`;
  if (s.rng.bool()) {
    s.note("gen-virtual-explicit");
    return `${out}${s.ws()}${s.kw("VIRTUAL")}`;
  }
  s.note("gen-virtual-implicit");
  return out;
}

function columnDef(s: Spelling, rng: Rng, t: TableSpec, c: ColSpec, ch: TableChoices): string {
  const head = [s.id(c.name, true), s.type(c.type)].filter(Boolean).join(" ");
  const cons: string[] = [];
  if (t.intPk === c.name && ch.inlinePk)
    cons.push(s.kw(t.autoinc ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY"));
  else if (ch.inlinePk && t.pk.length === 1 && t.pk[0] === c.name) cons.push(s.kw("PRIMARY KEY"));
  // Key columns of a WITHOUT ROWID table are NOT NULL anyway; a rowid alias takes a fresh rowid for NULL.
  const implied = t.withoutRowid ? t.pk.includes(c.name) : t.intPk === c.name;
  if (c.notNull || (implied && rng.bool(0.3))) {
    if (!c.notNull) s.note(t.withoutRowid ? "without-rowid-key-not-null" : "rowid-alias-not-null");
    cons.push(s.kw("NOT NULL"));
  }
  if (c.gen) cons.push(generatedClause(s, c.gen));
  if (c.dflt !== null) cons.push(`${s.kw("DEFAULT")} ${dfltSql(s, c.dflt)}`);
  if (c.collate) cons.push(`${s.kw("COLLATE")} ${s.id(c.collate)}`);
  if (ch.inlineUnique.has(c.name)) cons.push(s.kw("UNIQUE"));
  const fk = t.fks.find((f) => f.col === c.name);
  if (fk && ch.inlineFk.has(c.name)) cons.push(fkClause(s, fk));
  const [first, ...rest] = rng.shuffle(cons);
  if (first === undefined) return head;
  // Nor a comment between the type and GENERATED ALWAYS: it stays in the declared type (STRICT refuses it).
  const gap = /^generated\b/i.test(first) ? rng.pick([" ", "\n"]) : s.ws();
  return [`${head}${gap}${first}`, ...rest].join(s.ws());
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
  for (const k of t.checks) cons.push(`${s.kw("CHECK")}${s.ws()}(${checkExpr(s, k)})`);
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
  while (split > 1 && addable(t, split - 1) && rng.bool(0.4)) split--;
  if (t.cols.slice(split).some((c) => c.gen)) s.note("gen-added-by-alter");
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
  // Generated columns take no values: name the others.
  const stored = t.cols.filter((c) => !c.gen).map((c) => s.id(c.name));
  const copy = t.cols.some((c) => c.gen)
    ? `INSERT INTO ${s.id(tmp)} (${stored.join(", ")}) SELECT ${stored.join(", ")} FROM ${s.id(t.name)}`
    : `INSERT INTO ${s.id(tmp)} SELECT * FROM ${s.id(t.name)}`;
  return [
    tableSql(s, rng, t, tmp, t.cols),
    copy,
    `DROP TABLE ${s.id(t.name)}`,
    `ALTER TABLE ${s.id(tmp)} RENAME TO ${s.id(t.name)}`,
  ];
}

/**
 * CREATE VIRTUAL TABLE ... USING fts5(...). The model keeps the module (case-folded) and each argument in
 * canonical form, so the variations are: keyword and module case, the table's quoting, IF NOT EXISTS, a
 * `main.` prefix, whitespace and comments around the arguments, the case and quoting of column names and
 * option keys, the case of bareword values, spaces around `=`. FTS5 reads each argument itself, so inside
 * one only spaces are allowed (a comment or a tab there is a syntax error for FTS5).
 * FTS5 also reads options in any order and interleaved with the columns, a value as bareword,
 * "double-quoted" or 'single-quoted', and a column name in single quotes: all variations here too.
 */
function ftsSql(s: Spelling, rng: Rng, f: FtsSpec, name: string): string {
  const space = () => rng.pick(["", " ", "  "]);
  const colName = (name: string) => {
    if (!rng.bool(0.2)) return s.id(name);
    s.note("fts-column-single-quoted");
    return `'${name}'`;
  };
  const cols = f.cols.map((c) =>
    c.unindexed ? `${colName(c.name)}${rng.pick([" ", "  "])}${s.kw("UNINDEXED")}` : colName(c.name),
  );
  const value = (o: FtsOption) => {
    if (o.bare) {
      s.note("fts-bareword-value-case");
      return s.kw(o.value);
    }
    const inner = o.value.slice(1, -1);
    if (inner !== "" && rng.bool(0.3)) {
      if (/^[A-Za-z0-9_]+$/.test(inner) && rng.bool()) {
        s.note("fts-value-unquoted");
        return inner;
      }
      s.note("fts-value-double-quoted");
      return `"${inner}"`;
    }
    return o.value;
  };
  const options = rng.shuffle(f.options).map((o) => `${s.kw(o.key)}${space()}=${space()}${value(o)}`);
  let head = s.kw("CREATE VIRTUAL TABLE");
  if (rng.bool(0.2)) {
    s.note("fts-if-not-exists");
    head += ` ${s.kw("IF NOT EXISTS")}`;
  }
  if (rng.bool(0.2)) {
    s.note("fts-schema-prefix");
    head += ` ${s.id("main")}${space()}.${space()}${s.id(name)}`;
  } else head += ` ${s.id(name)}`;
  const module = rng.pick(["fts5", "FTS5", "Fts5"]);
  if (module !== "fts5") s.note("fts-module-case");
  // Columns keep their order; options go anywhere among them.
  const args = [...cols];
  for (const option of options) {
    const at = rng.bool(0.3) ? rng.int(args.length + 1) : args.length;
    if (at < args.length) s.note("fts-option-among-columns");
    args.splice(at, 0, option);
  }
  const argList = args.join(`${s.ws()},${s.ws()}`);
  return `${head}${s.ws()}${s.kw("USING")}${s.ws()}${module}${s.ws()}(${s.ws()}${argList}${s.ws()})`;
}

/** Rebuilt as tables are: a new virtual table, the rows copied, the old one dropped, the new one renamed. */
function ftsRebuild(s: Spelling, rng: Rng, f: FtsSpec): string[] {
  const tmp = `${f.name}_new`;
  const out = [ftsSql(s, rng, f, tmp)];
  // An external content table holds no rows of its own, a contentless one none to read back.
  if (!f.options.some((o) => o.key === "content")) {
    const cols = f.cols.map((c) => s.id(c.name)).join(", ");
    out.push(`INSERT INTO ${s.id(tmp)} (${cols}) SELECT ${cols} FROM ${s.id(f.name)}`);
  }
  out.push(`DROP TABLE ${s.id(f.name)}`, `ALTER TABLE ${s.id(tmp)} RENAME TO ${s.id(f.name)}`);
  return out;
}

/** Bookkeeping tables of migration tools (src/core/schema/tracking-tables.ts), as the tools create them. */
const TRACKING: ((s: Spelling) => string[])[] = [
  (s) => [`CREATE TABLE ${s.id("schema_migrations")} (version VARCHAR(255) PRIMARY KEY)`],
  (s) => [
    `CREATE TABLE ${s.id("goose_db_version")} (id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL, tstamp TIMESTAMP DEFAULT (datetime('now')))`,
    `INSERT INTO ${s.id("goose_db_version")} (version_id, is_applied) VALUES (0, 1)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("_prisma_migrations")} ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  ],
  (s) => [
    `CREATE TABLE IF NOT EXISTS ${s.id("__drizzle_migrations")} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("_sqlx_migrations")} (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("alembic_version")} (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("flyway_schema_history")} (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL, success BOOLEAN NOT NULL)`,
    `CREATE INDEX ${s.id("flyway_schema_history_s_idx")} ON ${s.id("flyway_schema_history")} (success)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("d1_migrations")} (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("django_migrations")} ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)`,
  ],
  (s) => [
    `CREATE TABLE ${s.id("gorp_migrations")} (id text not null primary key, applied_at datetime)`,
    `CREATE TRIGGER ${s.id("gorp_touch")} AFTER INSERT ON ${s.id("gorp_migrations")} BEGIN SELECT 1; END`,
  ],
];

/** Statements building the spec's schema; every spelling of one spec must give an equal schema. */
export function renderSchema(spec: SchemaSpec, rng: Rng, seen?: Map<string, number>): string[] {
  const s = new Spelling(rng, seen);
  const out: string[] = [];
  for (const t of rng.shuffle(spec.tables)) out.push(...createTable(s, rng, t));
  for (const t of spec.tables) if (rng.bool(0.3)) out.push(...dance(s, rng, t));
  const objects: string[][] = [];
  for (const f of spec.fts) objects.push([ftsSql(s, rng, f, f.name)]);
  for (const ix of spec.indexes) {
    const table = spec.tables.find((t) => t.name === ix.table) as TableSpec;
    const terms = ix.terms.map((term) => {
      const col = term.lower ? `${s.kw("lower")}(${s.id(term.col)})` : s.id(term.col);
      // No COLLATE, or the collation the term would get anyway.
      let collate = term.collate;
      if (collate === null && rng.bool(0.25)) {
        s.note("index-default-collation-spelt");
        collate = defaultTermCollation(table, term);
      }
      const coll = collate ? ` ${s.kw("COLLATE")} ${s.id(collate)}` : "";
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
  // A virtual table renamed away and back (its shadow tables follow), or rebuilt.
  for (const f of spec.fts) {
    const how = rng.int(4);
    if (how === 0) {
      s.note("fts-renamed");
      out.push(
        `ALTER TABLE ${s.id(f.name)} RENAME TO ${s.id(`${f.name}_away`)}`,
        `ALTER TABLE ${s.id(`${f.name}_away`)} RENAME TO ${s.id(f.name)}`,
      );
    } else if (how === 1) {
      s.note("fts-rebuilt");
      out.push(...ftsRebuild(s, rng, f));
    }
  }
  // Migration tools' own tables, on this side only as far as the other side knows.
  if (rng.bool(0.4)) {
    const tracking = rng
      .shuffle(TRACKING)
      .slice(0, 1 + rng.int(2))
      .flatMap((make) => make(s));
    s.note("tracking-tables");
    if (rng.bool()) out.unshift(...tracking);
    else out.push(...tracking);
  }
  return out;
}
