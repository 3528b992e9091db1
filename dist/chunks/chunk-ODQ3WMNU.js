import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  BUILD,
  VERSION
} from "./chunk-CFAGLQ5I.js";
import {
  diffArrays
} from "./chunk-TR7J7TJX.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  loadEngine,
  queryRows
} from "./chunk-FTWE2UU2.js";
import {
  canonical,
  closingParen,
  displayName,
  foldCase,
  isOp,
  isWord,
  isWords,
  leadingKeyword,
  nameOf,
  objectNameAt,
  optOutAdvice,
  positionIn,
  runnerOf,
  skipTrivia,
  splitTopLevel,
  stripOuterParens,
  tokenize
} from "./chunk-JCJLY7EN.js";
import {
  digestOf
} from "./chunk-WWXHY5GU.js";
import {
  closest
} from "./chunk-UJ4G5TDP.js";
import {
  WRAPS_OF
} from "./chunk-YBKIMZXO.js";
import {
  TRACKING_TABLES,
  codeSpan,
  splitCodeSpans,
  toolOf
} from "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import {
  bound,
  boundedMessage,
  excerpt
} from "./chunk-CUGJOLQ7.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// src/core/render/markdown-text.ts
var CODE_MAX = 300;
var CELL_MAX = 200;
var PROSE_MAX = 600;
var HAZARD = /[&<>`*_[\]~|$\\@]|:(?=\/\/)|#(?=\d)|\bGH-(?=\d)|\bwww\./gi;
var NAMED = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var WORD = /[\p{L}\p{N}]/u;
function defuse(match, offset, text) {
  if (match === "_" && WORD.test(text[offset - 1] ?? "") && WORD.test(text[offset + 1] ?? "")) return "_";
  if (match === "@") return "&#64;<wbr>";
  if (match === "#") return "&#35;<wbr>";
  if (match.length === 3) return `${match.slice(0, 2)}&#45;<wbr>`;
  if (match.length === 4) return `${match.slice(0, 3)}<wbr>&#46;`;
  if (match === ":") return "&#58;<wbr>";
  return NAMED[match] ?? `&#${match.charCodeAt(0)};`;
}
function neutral(text, max) {
  return escapeControl(bound(text, max)).replace(HAZARD, defuse);
}
function inlineCode(text, max = CODE_MAX) {
  return `<code>${neutral(text, max)}</code>`;
}
function codeTicks(text, max = CELL_MAX) {
  return codeSpan(escapeControl(bound(text, max)));
}
function escapeMarkdown(text, max = CELL_MAX) {
  return neutral(text, max);
}
function escapeProse(text, total = Number.POSITIVE_INFINITY) {
  let out = "";
  for (const part of splitCodeSpans(text)) {
    const piece = part.code ? inlineCode(part.text) : neutral(part.text, PROSE_MAX);
    if (out.length + piece.length > total) return `${out} \u2026`;
    out += piece;
  }
  return out;
}

// src/adapters/replay-cache.ts
import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  utimesSync
} from "node:fs";
import { join } from "node:path";
var FORMAT = "lockstep-replay-cache/2";
var MAGIC = Buffer.from(`${FORMAT}
`);
var DIGEST_BYTES = 32;
var DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;
var ReplayCache = class {
  constructor(dir, maxBytes = DEFAULT_CACHE_BYTES) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }
  dir;
  maxBytes;
  pathOf(key) {
    return join(this.dir, `${key.replace(/[^0-9a-f]/g, "")}.entry`);
  }
  /**
   * The entry stored for `key`, or undefined; a hit marks it recently used. Only the record is read here: the
   * database, megabytes after it, is read (and checked) when `database()` is called.
   */
  get(key) {
    const path = this.pathOf(key);
    const header = readHeader(path);
    if (!header || header.key !== key) return void 0;
    try {
      const now = /* @__PURE__ */ new Date();
      utimesSync(path, now, now);
    } catch {
    }
    return {
      key,
      record: header.record,
      database: () => {
        try {
          return decodeDatabase(readFileSync(path), key, header.digest);
        } catch {
          return void 0;
        }
      }
    };
  }
  /** Whether an entry file exists for `key` (not whether it is sound: `get` decides that). */
  has(key) {
    try {
      return statSync(this.pathOf(key)).isFile();
    } catch {
      return false;
    }
  }
  /** The keys of every entry file, in one listing of the directory (none when it does not exist). */
  storedKeys() {
    try {
      return new Set(
        readdirSync(this.dir).filter((name) => name.endsWith(".entry")).map((name) => name.slice(0, -".entry".length))
      );
    } catch {
      return /* @__PURE__ */ new Set();
    }
  }
  /** Stores an entry (atomically: a reader never sees half of one), then keeps the store within its bound. */
  put(entry2) {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(this.pathOf(entry2.key), encodeEntry(entry2));
      this.evict();
    } catch {
    }
  }
  evict() {
    const files = readdirSync(this.dir).filter((name) => name.endsWith(".entry")).flatMap((name) => {
      try {
        const info = statSync(join(this.dir, name));
        return [{ path: join(this.dir, name), size: info.size, used: info.mtimeMs }];
      } catch {
        return [];
      }
    }).sort((a, b) => b.used - a.used);
    let total = 0;
    for (const file of files) {
      total += file.size;
      if (total > this.maxBytes) rmSync(file.path, { force: true });
    }
  }
};
var sha256 = (bytes) => createHash("sha256").update(bytes).digest();
function encodeEntry(entry2) {
  const header = Buffer.from(JSON.stringify({ key: entry2.key, record: entry2.record }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([MAGIC, length, sha256(header), header, sha256(entry2.database), entry2.database]);
}
var FIXED = MAGIC.length + 4 + DIGEST_BYTES;
function readHeader(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const fixed = Buffer.alloc(FIXED);
    if (readSync(fd, fixed, 0, FIXED, 0) !== FIXED) return void 0;
    if (!fixed.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
    const length = fixed.readUInt32BE(MAGIC.length);
    if (FIXED + length + DIGEST_BYTES > fstatSync(fd).size) return void 0;
    const header = Buffer.alloc(length);
    if (readSync(fd, header, 0, length, FIXED) !== length) return void 0;
    const digest2 = Buffer.from(fixed.subarray(FIXED - DIGEST_BYTES));
    const parsed = parseHeader(header, digest2);
    return parsed && { ...parsed, digest: digest2 };
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function parseHeader(header, digest2) {
  if (!sha256(header).equals(digest2)) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(header.toString("utf8"));
  } catch {
    return void 0;
  }
  return typeof parsed.key === "string" ? { key: parsed.key, record: parsed.record } : void 0;
}
function decodeDatabase(bytes, key, read) {
  if (bytes.length < FIXED + DIGEST_BYTES) return void 0;
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
  const headerEnd = FIXED + bytes.readUInt32BE(MAGIC.length);
  if (headerEnd + DIGEST_BYTES > bytes.length) return void 0;
  const header = bytes.subarray(FIXED, headerEnd);
  const stored = bytes.subarray(FIXED - DIGEST_BYTES, FIXED);
  const same = stored.equals(read) && sha256(header).equals(stored);
  if (!same && parseHeader(header, stored)?.key !== key) return void 0;
  const digest2 = bytes.subarray(headerEnd, headerEnd + DIGEST_BYTES);
  const database = bytes.subarray(headerEnd + DIGEST_BYTES);
  return sha256(database).equals(digest2) ? new Uint8Array(database) : void 0;
}

// src/core/schema/layered-map.ts
var termIndexes = /* @__PURE__ */ new WeakMap();
var LayeredMap = class _LayeredMap {
  constructor(base, layer, size) {
    this.base = base;
    this.layer = layer;
    this.size = size;
  }
  base;
  layer;
  size;
  static of(entries2 = []) {
    const base = new Map(entries2);
    return new _LayeredMap(base, /* @__PURE__ */ new Map(), base.size);
  }
  get(key) {
    return this.layer.has(key) ? this.layer.get(key) : this.base.get(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  /** A new map with `changes` applied (`undefined` removes the key); this one is left as it is. */
  with(changes) {
    if (changes.size === 0) return this;
    const layer = new Map(this.layer);
    let size = this.size;
    for (const [key, value] of changes) {
      const had = this.has(key);
      if (value === void 0) {
        if (!had) continue;
        size--;
      } else if (!had) size++;
      layer.set(key, value);
    }
    if (layer.size > 64 && layer.size * 8 > this.base.size) {
      const base = /* @__PURE__ */ new Map();
      for (const [key, value] of this.entriesOf(layer)) base.set(key, value);
      return new _LayeredMap(base, /* @__PURE__ */ new Map(), base.size);
    }
    return new _LayeredMap(this.base, layer, size);
  }
  /** Keys whose values may differ between `a` and `b`, when they share a base; otherwise undefined. */
  static changedKeys(a, b) {
    if (!(a instanceof _LayeredMap && b instanceof _LayeredMap) || a.base !== b.base) return void 0;
    const keys = /* @__PURE__ */ new Set();
    for (const key of a.layer.keys()) if (a.layer.get(key) !== b.get(key)) keys.add(key);
    for (const key of b.layer.keys()) if (b.layer.get(key) !== a.get(key)) keys.add(key);
    return keys;
  }
  /**
   * The values any of whose `terms` is in `wanted`, in iteration order. The base is indexed by term once and
   * the index shared by every map on that base (a replay's snapshots), so a lookup costs the layer and the
   * matches, not the whole map. `terms` must be one function that gives a value the same terms every time.
   */
  withTerms(terms, wanted) {
    let byFunction = termIndexes.get(this.base);
    if (!byFunction) {
      byFunction = /* @__PURE__ */ new Map();
      termIndexes.set(this.base, byFunction);
    }
    let index = byFunction.get(terms);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      let place = 0;
      for (const [key, value] of this.base) {
        for (const term of new Set(terms(value))) {
          const keys = index.get(term);
          if (keys) keys.push([place, key]);
          else index.set(term, [[place, key]]);
        }
        place++;
      }
      byFunction.set(terms, index);
    }
    const found = /* @__PURE__ */ new Map();
    for (const term of wanted)
      for (const [place, key] of index.get(term) ?? []) if (!this.layer.has(key)) found.set(key, place);
    const out = [...found].sort((a, b) => a[1] - b[1]).map(([key]) => this.base.get(key));
    for (const value of this.layer.values())
      if (value !== void 0 && terms(value).some((term) => wanted.has(term))) out.push(value);
    return out;
  }
  *entriesOf(layer) {
    for (const [key, value] of this.base) if (!layer.has(key)) yield [key, value];
    for (const [key, value] of layer) if (value !== void 0) yield [key, value];
  }
  entries() {
    return this.entriesOf(this.layer);
  }
  *keys() {
    for (const [key] of this.entries()) yield key;
  }
  *values() {
    for (const [, value] of this.entries()) yield value;
  }
  /** Without a generator: replays walk every object of a snapshot often enough for that to show. */
  forEach(callback) {
    const layer = this.layer;
    for (const [key, value] of this.base) if (!layer.has(key)) callback(value, key, this);
    for (const [key, value] of layer) if (value !== void 0) callback(value, key, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/core/schema/signature.ts
var columns = /* @__PURE__ */ new WeakMap();
var foreignKeys = /* @__PURE__ */ new WeakMap();
function columnSignature(c) {
  let sig = columns.get(c);
  if (sig === void 0) {
    const { name, pk: _pk, ...rest } = c;
    sig = JSON.stringify({ name: foldCase(name), ...rest });
    columns.set(c, sig);
  }
  return sig;
}
function foreignKeySignature(fk) {
  let sig = foreignKeys.get(fk);
  if (sig === void 0) {
    sig = JSON.stringify({ ...fk, table: foldCase(fk.table) });
    foreignKeys.set(fk, sig);
  }
  return sig;
}
var memo = /* @__PURE__ */ new WeakMap();
function objectSignature(obj) {
  let sig = memo.get(obj);
  if (sig === void 0) {
    const folded = obj.kind === "table" ? {
      ...obj,
      name: foldCase(obj.name),
      columns: obj.columns.map(columnSignature),
      foreignKeys: obj.foreignKeys.map(foreignKeySignature)
    } : { ...obj, name: foldCase(obj.name) };
    sig = JSON.stringify(folded);
    memo.set(obj, sig);
  }
  return sig;
}
function sameObject(a, b) {
  return a === b || objectSignature(a) === objectSignature(b);
}

// src/core/schema/diff.ts
function listChange(before, after, key = (x) => JSON.stringify(x)) {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { added: after.filter((x) => !b.has(key(x))), removed: before.filter((x) => !a.has(key(x))) };
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function diffTable(before, after) {
  const beforeCols = new Map(before.columns.map((c) => [foldCase(c.name), c]));
  const afterCols = new Map(after.columns.map((c) => [foldCase(c.name), c]));
  const changed = [];
  for (const [key, b] of beforeCols) {
    const a = afterCols.get(key);
    if (a && columnSignature(a) !== columnSignature(b)) changed.push({ name: a.name, before: b, after: a });
  }
  const shared2 = (cols, other) => cols.map((c) => foldCase(c.name)).filter((k) => other.has(k));
  const reordered = !sameJson(shared2(before.columns, afterCols), shared2(after.columns, beforeCols));
  const options = [];
  const option = (name, b, a) => {
    if (b !== a) options.push({ option: name, before: b, after: a });
  };
  option("without rowid", before.withoutRowid, after.withoutRowid);
  option("strict", before.strict, after.strict);
  option("autoincrement", before.autoincrement, after.autoincrement);
  const change = {
    kind: "table",
    name: after.name,
    columnOrderOnly: false,
    columns: {
      added: after.columns.filter((c) => !beforeCols.has(foldCase(c.name))),
      removed: before.columns.filter((c) => !afterCols.has(foldCase(c.name))),
      changed
    },
    columnOrder: reordered ? { before: before.columns.map((c) => c.name), after: after.columns.map((c) => c.name) } : null,
    primaryKey: sameJson(before.primaryKey, after.primaryKey) ? null : { before: before.primaryKey, after: after.primaryKey },
    uniques: listChange(before.uniques, after.uniques),
    checks: listChange(before.checks, after.checks),
    foreignKeys: listChange(before.foreignKeys, after.foreignKeys, foreignKeySignature),
    conflicts: listChange(before.conflicts, after.conflicts),
    options,
    before,
    after
  };
  change.columnOrderOnly = reordered && tableChangeCount(change) === 1;
  return change;
}
function tableChangeCount(c) {
  const lists = [c.uniques, c.checks, c.foreignKeys, c.conflicts];
  return c.columns.added.length + c.columns.removed.length + c.columns.changed.length + (c.columnOrder ? 1 : 0) + (c.primaryKey ? 1 : 0) + lists.reduce((n, l) => n + l.added.length + l.removed.length, 0) + c.options.length;
}
function diffObject(before, after) {
  if (before.kind === "table" && after.kind === "table") return diffTable(before, after);
  return { kind: after.kind, name: after.name, before, after };
}
var KIND_ORDER = ["table", "virtual", "view", "index", "trigger"];
function byKindAndName(a, b) {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || foldCase(a.name).localeCompare(foldCase(b.name));
}
function diffSchemas(from, to) {
  const diff = { added: [], removed: [], changed: [] };
  if (from.objects === to.objects) return diff;
  const candidates = LayeredMap.changedKeys(from.objects, to.objects);
  const before = candidates ? [...candidates].map((k) => [k, from.objects.get(k)]) : from.objects;
  for (const [key, b] of before) {
    if (!b) continue;
    const a = to.objects.get(key);
    if (!a) diff.removed.push(b);
    else if (!sameObject(b, a)) {
      const change = diffObject(b, a);
      if (change.kind !== "table" || tableChangeCount(change) > 0) diff.changed.push(change);
    }
  }
  const after = candidates ? [...candidates].map((k) => [k, to.objects.get(k)]) : to.objects;
  for (const [key, a] of after) if (a && !from.objects.has(key)) diff.added.push(a);
  diff.added.sort(byKindAndName);
  diff.removed.sort(byKindAndName);
  diff.changed.sort(byKindAndName);
  return diff;
}
function isEmptyDiff(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
function isColumnOrderOnly(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length > 0 && diff.changed.every((c) => c.kind === "table" && c.columnOrderOnly);
}
function tableOf(obj) {
  return obj.kind === "index" || obj.kind === "trigger" ? obj.table : foldCase(obj.name);
}
function changedTables(diff) {
  const names = /* @__PURE__ */ new Set();
  for (const obj of [...diff.added, ...diff.removed]) names.add(tableOf(obj));
  for (const c of diff.changed) names.add(c.kind === "table" ? foldCase(c.name) : tableOf(c.after));
  return [...names].sort();
}

// src/core/schema/model.ts
function objectKey(obj) {
  return `${obj.kind}:${foldCase(obj.name)}`;
}
function serializeSchema(schema) {
  const keys = [...schema.objects.keys()].sort();
  return { objects: keys.map((k) => schema.objects.get(k)) };
}
var SchemaValue = class {
  constructor(objects) {
    this.objects = objects;
  }
  objects;
  toJSON() {
    return serializeSchema(this);
  }
};
function makeSchema(objects) {
  const map = /* @__PURE__ */ new Map();
  for (const obj of objects) map.set(objectKey(obj), obj);
  return new SchemaValue(map);
}
function withoutTables(schema, tables) {
  if (tables.length === 0) return schema;
  const drop = new Set(tables.map(foldCase));
  return makeSchema(
    [...schema.objects.values()].filter(
      (o) => !drop.has(foldCase(o.name)) && !("table" in o && drop.has(foldCase(o.table)))
    )
  );
}
function schemaOf(objects) {
  return new SchemaValue(objects);
}

// src/core/schema/describe.ts
function describeColumn(c, opts = {}) {
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
function describeTerms(terms) {
  const term = (t) => `${t.column ?? t.expr}${t.collation !== "binary" ? ` COLLATE ${t.collation}` : ""}${t.desc ? " DESC" : ""}`;
  return `(${terms.map(term).join(", ")})`;
}
function describeForeignKey(fk) {
  let s = `FOREIGN KEY (${fk.columns.join(", ")}) REFERENCES ${fk.table}`;
  if (fk.references.length > 0) s += ` (${fk.references.join(", ")})`;
  if (fk.onDelete !== "no action") s += ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  if (fk.onUpdate !== "no action") s += ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  if (fk.match !== "none") s += ` MATCH ${fk.match.toUpperCase()}`;
  if (fk.deferred) s += " DEFERRABLE INITIALLY DEFERRED";
  return s;
}
function describeCheck(c) {
  return `${c.name ? `CONSTRAINT ${c.name} ` : ""}CHECK (${c.expr})`;
}
function describeUnique(terms) {
  return `UNIQUE ${describeTerms(terms)}`;
}
function describePrimaryKey(terms) {
  return terms.length === 0 ? "no primary key" : `PRIMARY KEY ${describeTerms(terms)}`;
}
function describeObject(obj) {
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
function tableOptions(t) {
  const opts = [t.withoutRowid ? "WITHOUT ROWID" : "", t.strict ? "STRICT" : ""].filter(Boolean);
  return opts.join(", ");
}
function tableLines(t) {
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
function describeTable(t) {
  return `(${tableLines(t).join(", ")})`;
}
var KIND_WORDS = {
  table: "table",
  index: "index",
  view: "view",
  trigger: "trigger",
  virtual: "virtual table"
};

// src/core/schema/render.ts
var entry = (sign, text, children = []) => ({
  sign,
  text,
  children
});
function objectEntry(sign, obj) {
  const head = (st) => `${KIND_WORDS[obj.kind]} ${st.name(obj.name)}`;
  if (obj.kind === "table") {
    return entry(
      sign,
      head,
      tableLines(obj).map((line) => entry(sign, (st) => st.sql(line)))
    );
  }
  return entry(sign, (st) => `${head(st)} ${st.sql(describeObject(obj))}`);
}
function tableEntries(c) {
  const out = [];
  const col = (sign, name, def) => out.push(entry(sign, (st) => `column ${st.name(name)} ${st.sql(def)}`));
  for (const x of c.columns.added) col("+", x.name, describeColumn(x));
  for (const x of c.columns.removed) col("-", x.name, describeColumn(x));
  for (const x of c.columns.changed) {
    out.push(
      entry(
        "~",
        (st) => `column ${st.name(x.name)}: ${st.sql(describeColumn(x.before))} \u2192 ${st.sql(describeColumn(x.after))}`
      )
    );
  }
  const order = c.columnOrder;
  if (order) {
    out.push(
      entry(
        "~",
        (st) => `column order: ${st.sql(order.before.join(", "))} \u2192 ${st.sql(order.after.join(", "))}`
      )
    );
  }
  const pk = c.primaryKey;
  if (pk) {
    out.push(
      entry(
        "~",
        (st) => `${st.sql(describePrimaryKey(pk.before))} \u2192 ${st.sql(describePrimaryKey(pk.after))}`
      )
    );
  }
  for (const o of c.options) out.push(entry(o.after ? "+" : "-", (st) => st.sql(o.option.toUpperCase())));
  const list = (l, describe) => {
    for (const x of l.added) out.push(entry("+", (st) => st.sql(describe(x))));
    for (const x of l.removed) out.push(entry("-", (st) => st.sql(describe(x))));
  };
  list(c.uniques, describeUnique);
  list(c.checks, describeCheck);
  list(c.foreignKeys, describeForeignKey);
  list(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}
function briefEntry(sign, obj) {
  const what = obj.kind === "table" ? ` (${obj.columns.length} column${obj.columns.length === 1 ? "" : "s"})` : "";
  return entry(sign, (st) => `${KIND_WORDS[obj.kind]} ${st.name(obj.name)}${what}`);
}
function entries(diff, brief = false) {
  const whole = brief ? briefEntry : objectEntry;
  const out = [...diff.added.map((o) => whole("+", o)), ...diff.removed.map((o) => whole("-", o))];
  for (const c of diff.changed) {
    const head = (st) => `${KIND_WORDS[c.kind]} ${st.name(c.name)}`;
    if (c.kind === "table") out.push(entry("~", head, tableEntries(c)));
    else if (brief) out.push(entry("~", (st) => `${head(st)}: definition changed`));
    else {
      out.push(
        entry("~", head, [
          entry("-", (st) => st.sql(describeObject(c.before))),
          entry("+", (st) => st.sql(describeObject(c.after)))
        ])
      );
    }
  }
  return out;
}
var plain = { name: escapeControl, sql: escapeControl };
function renderDiffText(diff) {
  const list = entries(diff);
  if (list.length === 0) return "no schema changes\n";
  const lines = [];
  const walk = (e, depth) => {
    lines.push(`${"  ".repeat(depth)}${e.sign} ${e.text(plain)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines.join("\n")}
`;
}
var codeSpan2 = (s) => inlineCode(s);
var code = codeSpan2;
var markdown = { name: code, sql: code };
var SIGN_WORDS = { "+": "**+**", "-": "**\u2212**", "~": "**~**" };
function renderDiffMarkdown(diff, brief = false) {
  const list = entries(diff, brief);
  if (list.length === 0) return "_No schema changes._\n";
  const lines = [];
  const walk = (e, depth) => {
    lines.push(`${"  ".repeat(depth)}- ${SIGN_WORDS[e.sign]} ${e.text(markdown)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines.join("\n")}
`;
}

// src/core/schema/summarize.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;
function addedTable(t, added) {
  const key = foldCase(t.name);
  const indexes = added.filter((o) => o.kind === "index" && o.table === key).length;
  const targets = [...new Map(t.foreignKeys.map((fk) => [foldCase(fk.table), fk.table])).values()];
  const parts = [plural(t.columns.length, "column")];
  if (indexes > 0) parts.push(plural(indexes, "index"));
  if (targets.length > 0)
    parts.push(`FK${targets.length > 1 ? "s" : ""} to ${targets.map((x) => codeSpan(x)).join(", ")}`);
  return `table ${codeSpan(t.name)} added (${parts.join(", ")})`;
}
function tableParts(c) {
  const out = [];
  for (const col of c.columns.added) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} added`);
  for (const col of c.columns.removed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} removed`);
  for (const col of c.columns.changed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} changed`);
  if (c.columnOrder) out.push(`columns of ${codeSpan(c.name)} reordered`);
  const constraints = (c.primaryKey ? 1 : 0) + c.options.length + [c.uniques, c.checks, c.foreignKeys, c.conflicts].reduce(
    (n, l) => n + l.added.length + l.removed.length,
    0
  );
  if (constraints > 0) out.push(`constraints of ${codeSpan(c.name)} changed`);
  return out;
}
function summarizeDiff(diff) {
  const addedTables = new Set(diff.added.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const removedTables = new Set(diff.removed.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const parts = [];
  for (const obj of diff.added) {
    if (obj.kind === "table") parts.push(addedTable(obj, diff.added));
    else if (obj.kind === "index" && addedTables.has(obj.table)) continue;
    else parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} added`);
  }
  for (const obj of diff.removed) {
    if ((obj.kind === "index" || obj.kind === "trigger") && removedTables.has(obj.table)) continue;
    parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} removed`);
  }
  for (const c of diff.changed) {
    if (c.kind === "table") parts.push(...tableParts(c));
    else parts.push(`${KIND_WORDS[c.kind]} ${codeSpan(c.name)} changed`);
  }
  return parts.length === 0 ? "no schema changes" : parts.join("; ");
}
var KIND_PLURALS = {
  table: ["table", "tables"],
  index: ["index", "indexes"],
  view: ["view", "views"],
  trigger: ["trigger", "triggers"],
  virtual: ["virtual table", "virtual tables"]
};
function countDiff(diff) {
  const parts = [];
  for (const kind of Object.keys(KIND_PLURALS)) {
    const [one, many] = KIND_PLURALS[kind];
    const counts = [
      [diff.added.filter((o) => o.kind === kind).length, "added"],
      [diff.changed.filter((c) => c.kind === kind).length, "changed"],
      [diff.removed.filter((o) => o.kind === kind).length, "dropped"]
    ];
    for (const [n, what] of counts) if (n > 0) parts.push(`${n} ${n === 1 ? one : many} ${what}`);
  }
  return parts.length === 0 ? "no schema changes" : parts.join(", ");
}

// src/core/schema/affinity.ts
function affinityOf(type) {
  const t = type.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}
function isDeclaredTypeOnly(change) {
  const { before: b, after: a } = change;
  if (affinityOf(b.type) !== affinityOf(a.type)) return false;
  if (b.pk > 0 && b.type === "INTEGER" !== (a.type === "INTEGER")) return false;
  return JSON.stringify({ ...b, type: "", name: "" }) === JSON.stringify({ ...a, type: "", name: "" });
}
function declaredTypeOnly(diff) {
  if (diff.added.length > 0 || diff.removed.length > 0 || diff.changed.length === 0) return void 0;
  const affinities = /* @__PURE__ */ new Set();
  for (const change of diff.changed) {
    if (change.kind !== "table") return void 0;
    const columns2 = change.columns.changed;
    if (tableChangeCount(change) !== columns2.length || !columns2.every(isDeclaredTypeOnly)) return void 0;
    for (const c of columns2) affinities.add(affinityOf(c.after.type));
  }
  return [...affinities];
}

// src/core/schema/dq-strings.ts
var ROWID_NAMES = ["rowid", "oid", "_rowid_"];
function expressionScope(columns2, rowid) {
  const names = /* @__PURE__ */ new Set();
  for (const c of columns2) names.add(foldCase(c));
  if (rowid) for (const n of ROWID_NAMES) names.add(n);
  return names;
}
var NAME_AFTER = ["as", "collate", "in"];
function resolveDoubleQuoted(tokens, scope) {
  return tokens.map((tok, i) => isLone(tokens, i) && !scope.has(foldCase(tok.value)) ? asString(tok) : tok);
}
function isLone(tokens, i) {
  const tok = tokens[i];
  if (tok.kind !== "quoted" || !tok.text.startsWith('"')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isOp(prev, ".") || isOp(next, ".") || isOp(next, "(")) return false;
  return !NAME_AFTER.some((w) => isWord(prev, w));
}
function rowidAliases(columns2, key) {
  if (key === void 0) return void 0;
  const taken = new Set(columns2.map(foldCase));
  return new Map(ROWID_NAMES.filter((n) => !taken.has(n)).map((n) => [n, foldCase(key)]));
}
function rowidAsColumn(tokens, aliases) {
  if (!aliases || aliases.size === 0) return [...tokens];
  return tokens.map((tok) => {
    const column = tok.kind === "word" || tok.kind === "quoted" ? aliases.get(foldCase(tok.value)) : void 0;
    return column === void 0 ? tok : { ...tok, kind: "quoted", text: `"${column}"`, value: column };
  });
}
function asString(tok) {
  const text = `'${tok.value.split("'").join("''")}'`;
  return { ...tok, kind: "string", text, value: text };
}
function loneDoubleQuoted(tokens) {
  return tokens.filter((_, i) => isLone(tokens, i));
}
function stringsAt(tokens, starts) {
  return starts.size === 0 ? [...tokens] : tokens.map((tok) => starts.has(tok.start) ? asString(tok) : tok);
}
function asIdentifier(sql, from, tok) {
  return `${sql.slice(from, tok.start)}\`${tok.value.split("`").join("``")}\`${sql.slice(tok.end)}`;
}
function isNoSuchColumn(error, name) {
  return error === `no such column: ${name}`;
}

// src/core/schema/parse-objects.ts
function parseIndexTerm(part, scope) {
  let run = part;
  let desc = false;
  let collation = null;
  const last = run[run.length - 1];
  if (isWord(last, "asc") || isWord(last, "desc")) {
    desc = isWord(last, "desc");
    run = run.slice(0, -1);
  }
  if (run.length >= 3 && isWord(run[run.length - 2], "collate")) {
    collation = nameOf(run[run.length - 1]);
    run = run.slice(0, -2);
  }
  run = stripOuterParens(run);
  const only = run.length === 1 ? run[0] : void 0;
  if (only && (only.kind === "word" || only.kind === "quoted" || only.kind === "string")) {
    return { column: nameOf(only), expr: null, desc, collation };
  }
  return { column: null, expr: expression(run, scope), desc, collation };
}
function expression(tokens, scope) {
  return canonical(scope ? resolveDoubleQuoted(tokens, scope) : tokens);
}
function parseCreateIndex(sql, scopes) {
  const tokens = tokenize(sql);
  const unique = tokens.slice(0, 3).some((t) => isWord(t, "unique"));
  const open = tokens.findIndex((t) => isOp(t, "("));
  if (open < 0) return { unique, terms: [], where: null };
  const close = closingParen(tokens, open);
  const terms = splitTopLevel(tokens.slice(open + 1, close)).map(
    (part) => parseIndexTerm(part, scopes?.terms)
  );
  const rest = tokens.slice(close + 1);
  const where = isWord(rest[0], "where") ? expression(rowidAsColumn(stripOuterParens(rest.slice(1)), scopes?.rowid), scopes?.where) : null;
  return { unique, terms, where };
}
function afterName(tokens, keyword) {
  const at = tokens.findIndex((t) => isWord(t, keyword));
  return objectNameAt(tokens, at + 1) + 1;
}
function viewSelectAt(tokens) {
  let i = afterName(tokens, "view");
  let columns2 = null;
  if (isOp(tokens[i], "(")) {
    const close = closingParen(tokens, i);
    columns2 = splitTopLevel(tokens.slice(i + 1, close)).map((p) => nameOf(p[0]));
    i = close + 1;
  }
  if (isWord(tokens[i], "as")) i++;
  return { at: i, columns: columns2 };
}
function parseCreateView(name, sql, strings = /* @__PURE__ */ new Set()) {
  const tokens = tokenize(sql);
  const { at, columns: columns2 } = viewSelectAt(tokens);
  return {
    kind: "view",
    name,
    columns: columns2,
    select: canonical(stringsAt(trimSemicolon(tokens.slice(at)), strings))
  };
}
function trimSemicolon(tokens) {
  return isOp(tokens[tokens.length - 1], ";") ? tokens.slice(0, -1) : tokens;
}
function parseCreateTrigger(name, table, sql) {
  const tokens = tokenize(sql);
  const body = canonical(trimSemicolon(tokens.slice(afterName(tokens, "trigger"))));
  return { kind: "trigger", name, table: foldCase(table), body };
}
function parseCreateVirtual(name, sql) {
  const tokens = tokenize(sql);
  const using = tokens.findIndex((t) => isWord(t, "using"));
  const module = using < 0 ? "" : nameOf(tokens[using + 1]);
  let args = [];
  if (using >= 0 && isOp(tokens[using + 2], "(")) {
    const close = closingParen(tokens, using + 2);
    const parts = splitTopLevel(tokens.slice(using + 3, close));
    args = FULL_TEXT.has(module) ? fullTextArgs(parts) : parts.map(canonical);
  }
  return { kind: "virtual", name, module, args };
}
var FULL_TEXT = /* @__PURE__ */ new Set(["fts3", "fts4", "fts5"]);
function fullTextArgs(parts) {
  const columns2 = [];
  const options = [];
  for (const part of parts) {
    if (isOp(part[1], "=")) {
      const value = part.slice(2);
      const only = value.length === 1 ? value[0] : void 0;
      const single = only?.kind === "string" ? only.text.slice(1, -1).replaceAll("''", "'") : only?.kind === "quoted" ? only.value : void 0;
      options.push(`${nameOf(part[0])}=${single ?? canonical(value)}`);
    } else {
      columns2.push([nameOf(part[0]), canonical(part.slice(1))].filter(Boolean).join(" "));
    }
  }
  return [...columns2, ...options.sort()];
}

// src/core/schema/parse-table.ts
var COLUMN_CONSTRAINT_START = /* @__PURE__ */ new Set([
  "constraint",
  "primary",
  "not",
  "null",
  "unique",
  "check",
  "default",
  "collate",
  "references",
  "generated",
  "as"
]);
var TABLE_CONSTRAINT_START = /* @__PURE__ */ new Set(["constraint", "primary", "unique", "check", "foreign"]);
function expression2(tokens, scope, rowid) {
  return canonical(rowidAsColumn(resolveDoubleQuoted(stripOuterParens(tokens), scope), rowid));
}
function conflictAt(tokens, i) {
  if (isWords(tokens, i, "on", "conflict")) return [nameOf(tokens[i + 2]), i + 3];
  return [null, i];
}
function addConflict(facts, what, action) {
  if (action && action !== "abort") facts.conflicts.push(`${what}: ${action}`);
}
function nameList(tokens, open) {
  const close = closingParen(tokens, open);
  const names = splitTopLevel(tokens.slice(open + 1, close)).map((part) => nameOf(part[0]));
  return [names, close + 1];
}
function foreignKeyAt(tokens, at, columns2, out) {
  const fk = {
    columns: columns2,
    table: displayName(tokens[at + 1]),
    references: [],
    onDelete: "no action",
    onUpdate: "no action",
    match: "none",
    deferred: false
  };
  let i = at + 2;
  if (isOp(tokens[i], "(")) [fk.references, i] = nameList(tokens, i);
  for (; ; ) {
    if (isWord(tokens[i], "on") && tokens[i + 1]?.kind === "word") {
      const two = isWord(tokens[i + 2], "set") || isWord(tokens[i + 2], "no");
      const action = two ? `${nameOf(tokens[i + 2])} ${nameOf(tokens[i + 3])}` : nameOf(tokens[i + 2]);
      if (isWord(tokens[i + 1], "delete")) fk.onDelete = action;
      else if (isWord(tokens[i + 1], "update")) fk.onUpdate = action;
      i += two ? 4 : 3;
    } else if (isWord(tokens[i], "match")) {
      i += 2;
    } else if (isWord(tokens[i], "not") && isWord(tokens[i + 1], "deferrable")) {
      i += 2;
      if (isWord(tokens[i], "initially")) i += 2;
    } else if (isWord(tokens[i], "deferrable")) {
      fk.deferred = isWords(tokens, i + 1, "initially", "deferred");
      i += isWord(tokens[i + 1], "initially") ? 3 : 1;
    } else {
      break;
    }
  }
  out.push(fk);
  return i;
}
function parseColumn(part, facts, scopes) {
  const name = nameOf(part[0]);
  facts.columnNames.push(displayName(part[0]));
  let i = 1;
  while (i < part.length && !(part[i]?.kind === "word" && COLUMN_CONSTRAINT_START.has(nameOf(part[i])))) {
    i = isOp(part[i], "(") ? closingParen(part, i) + 1 : i + 1;
  }
  let constraintName = null;
  while (i < part.length) {
    const tok = part[i];
    if (isWord(tok, "constraint")) {
      constraintName = nameOf(part[i + 1]);
      i += 2;
      continue;
    }
    if (isWord(tok, "collate")) {
      facts.collations.set(name, nameOf(part[i + 1]));
      i += 2;
    } else if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.checks.push({
        name: constraintName,
        expr: expression2(part.slice(i + 2, close), scopes.check, scopes.rowid)
      });
      i = close + 1;
    } else if (isWord(tok, "as") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.generated.set(name, expression2(part.slice(i + 2, close), scopes.generated));
      i = close + 1;
    } else if (isWord(tok, "references")) {
      i = foreignKeyAt(part, i, [name], facts.foreignKeys);
    } else if (isWords(part, i, "primary", "key")) {
      i += 2;
      if (isWord(part[i], "asc") || isWord(part[i], "desc")) i++;
      let action;
      [action, i] = conflictAt(part, i);
      addConflict(facts, "primary key", action);
      if (isWord(part[i], "autoincrement")) {
        facts.autoincrement = true;
        i++;
      }
    } else if (isWords(part, i, "not", "null") || isWord(tok, "unique")) {
      const what = isWord(tok, "unique") ? `unique (${name})` : `not null ${name}`;
      let action;
      [action, i] = conflictAt(part, i + (isWord(tok, "unique") ? 1 : 2));
      addConflict(facts, what, action);
    } else if (isOp(tok, "(")) {
      i = closingParen(part, i) + 1;
    } else {
      i++;
    }
    constraintName = null;
  }
}
function parseTableConstraint(part, facts, scopes) {
  let i = 0;
  let constraintName = null;
  if (isWord(part[0], "constraint")) {
    constraintName = nameOf(part[1]);
    i = 2;
  }
  const tok = part[i];
  if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
    const close = closingParen(part, i + 1);
    facts.checks.push({
      name: constraintName,
      expr: expression2(part.slice(i + 2, close), scopes.check, scopes.rowid)
    });
  } else if (isWords(part, i, "foreign", "key") && isOp(part[i + 2], "(")) {
    const [columns2, next] = nameList(part, i + 2);
    if (isWord(part[next], "references")) foreignKeyAt(part, next, columns2, facts.foreignKeys);
  } else if ((isWords(part, i, "primary", "key") || isWord(tok, "unique")) && part.some((t) => isOp(t, "("))) {
    const open = part.findIndex((t) => isOp(t, "("));
    const close = closingParen(part, open);
    const inner = part.slice(open + 1, close);
    if (inner.some((t) => isWord(t, "autoincrement"))) facts.autoincrement = true;
    const what = isWord(tok, "unique") ? `unique (${canonical(inner)})` : "primary key";
    addConflict(facts, what, conflictAt(part, close + 1)[0]);
  }
}
var isConstraint = (part) => part[0]?.kind === "word" && TABLE_CONSTRAINT_START.has(nameOf(part[0]));
function integerPrimaryKey(parts) {
  const integer = (p) => isWord(p[1], "integer") && (p[2] === void 0 || COLUMN_CONSTRAINT_START.has(nameOf(p[2])));
  for (const p of parts) {
    const at = p.findIndex((t, k) => isWord(t, "primary") && isWord(p[k + 1], "key"));
    if (at < 0) continue;
    if (!isConstraint(p)) return integer(p) && !isWord(p[at + 2], "desc") ? nameOf(p[0]) : void 0;
    if (!isOp(p[at + 2], "(") || !isOp(p[at + 4], ")")) return void 0;
    const name = nameOf(p[at + 3]);
    const column = parts.find((c) => !isConstraint(c) && nameOf(c[0]) === name);
    return column && integer(column) ? name : void 0;
  }
  return void 0;
}
function tableParts2(tokens) {
  const tableAt = tokens.findIndex((t) => isWord(t, "table"));
  const open = objectNameAt(tokens, tableAt + 1) + 1;
  if (!isOp(tokens[open], "(")) return void 0;
  const close = closingParen(tokens, open);
  const parts = splitTopLevel(tokens.slice(open + 1, close));
  const columns2 = parts.filter((p) => !isConstraint(p)).map((p) => nameOf(p[0]));
  const options = tokens.slice(close + 1);
  const rowid = !options.some((t, k) => isWord(t, "without") && isWord(options[k + 1], "rowid"));
  return {
    parts,
    scopes: {
      check: expressionScope(columns2, rowid),
      generated: expressionScope(columns2, false),
      rowid: rowid ? rowidAliases(columns2, integerPrimaryKey(parts)) : void 0
    }
  };
}
function parseCreateTable(sql) {
  const facts = {
    columnNames: [],
    collations: /* @__PURE__ */ new Map(),
    generated: /* @__PURE__ */ new Map(),
    checks: [],
    foreignKeys: [],
    autoincrement: false,
    conflicts: []
  };
  const table = tableParts2(tokenize(sql));
  if (!table) return facts;
  for (const part of table.parts) {
    if (isConstraint(part)) parseTableConstraint(part, facts, table.scopes);
    else parseColumn(part, facts, table.scopes);
  }
  return facts;
}
function indexScopes(tableSql) {
  const scopes = tableParts2(tokenize(tableSql))?.scopes;
  return scopes && { terms: scopes.generated, where: scopes.check, rowid: scopes.rowid };
}

// src/core/schema/build.ts
function canonicalType(type) {
  return canonical(tokenize(type)).toUpperCase();
}
function canonicalDefault(text) {
  if (text === null) return null;
  const tokens = tokenize(text).map(
    (tok) => tok.kind === "quoted" && tok.text.startsWith('"') ? { ...tok, kind: "string", text: `'${tok.value.split("'").join("''")}'` } : tok
  );
  const value = canonical(stripOuterParens(tokens));
  if (value === "true") return "1";
  if (value === "false") return "0";
  return value === "null" ? null : value;
}
function keyTerms(columns2) {
  return columns2.filter((c) => c.key === 1).sort((a, b) => a.seqno - b.seqno).map((c) => ({
    column: c.name === null ? null : foldCase(c.name),
    expr: null,
    desc: c.desc === 1,
    collation: foldCase(c.coll ?? "binary")
  }));
}
function termKey(terms) {
  return JSON.stringify(terms);
}
function buildTable(row2, info) {
  const facts = parseCreateTable(row2.sql);
  const columns2 = info.columns.slice().sort((a, b) => a.cid - b.cid).map((c) => {
    const key = foldCase(c.name);
    const expr = facts.generated.get(key);
    return {
      name: c.name,
      type: canonicalType(c.type),
      notNull: c.notnull === 1,
      default: canonicalDefault(c.dflt_value),
      pk: c.pk,
      collation: facts.collations.get(key) ?? null,
      generated: expr === void 0 || c.hidden < 2 ? null : { expr, stored: c.hidden === 3 },
      hidden: c.hidden === 1
    };
  });
  const pkIndex = info.indexes.find((i) => i.origin === "pk");
  const pkColumns = columns2.filter((c) => c.pk > 0);
  const alias = !info.withoutRowid && !pkIndex && pkColumns.length === 1 ? pkColumns[0] : void 0;
  if (alias) alias.notNull = false;
  const primaryKey = pkIndex ? keyTerms(pkIndex.columns) : columns2.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => ({
    column: foldCase(c.name),
    expr: null,
    desc: false,
    collation: c.collation ?? "binary"
  }));
  const uniques = info.indexes.filter((i) => i.origin === "u").map((i) => keyTerms(i.columns)).sort((a, b) => termKey(a).localeCompare(termKey(b)));
  return {
    kind: "table",
    name: row2.name,
    columns: columns2,
    withoutRowid: info.withoutRowid,
    strict: info.strict,
    autoincrement: facts.autoincrement,
    primaryKey,
    uniques,
    checks: facts.checks.slice().sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    foreignKeys: facts.foreignKeys.slice().sort((a, b) => foreignKeySignature(a).localeCompare(foreignKeySignature(b))),
    conflicts: facts.conflicts.slice().sort()
  };
}
function buildIndex(row2, columns2, tableSql) {
  const parsed = parseCreateIndex(row2.sql, indexScopes(tableSql));
  const keys = columns2.filter((c) => c.key === 1).sort((a, b) => a.seqno - b.seqno);
  const terms = parsed.terms.map((t, i) => {
    const info = keys[i];
    if (!info) return { ...t, collation: t.collation ?? "binary" };
    const isColumn = info.cid >= 0 && info.name !== null;
    return {
      column: isColumn ? foldCase(info.name) : null,
      expr: isColumn ? null : t.expr ?? t.column,
      desc: info.desc === 1,
      collation: foldCase(info.coll ?? "binary")
    };
  });
  return {
    kind: "index",
    name: row2.name,
    table: foldCase(row2.tbl_name),
    unique: parsed.unique,
    terms,
    where: parsed.where
  };
}
function buildFromSql(row2, viewStrings2) {
  if (row2.type === "view") return parseCreateView(row2.name, row2.sql, viewStrings2);
  if (row2.type === "trigger") return parseCreateTrigger(row2.name, row2.tbl_name, row2.sql);
  if (row2.type === "table" && /^\s*create\s+virtual\b/i.test(row2.sql))
    return parseCreateVirtual(row2.name, row2.sql);
  return null;
}

// src/core/schema/definition-diff.ts
var WHOLE_UP_TO = 120;
var SHOWN_HUNKS = 3;
var QUOTED = 60;
function isAbbreviated(change) {
  return describeObject(change.before).length + describeObject(change.after).length > WHOLE_UP_TO;
}
function definitionsOf(change) {
  return {
    kind: change.kind,
    name: change.name,
    expected: describeObject(change.before),
    actual: describeObject(change.after)
  };
}
function definitionClauses(change) {
  const what = `${KIND_WORDS[change.kind]} ${codeSpan(change.name)}`;
  if (change.kind === "view" && JSON.stringify(change.before.columns) === JSON.stringify(change.after.columns)) {
    const columns2 = columnClauses(what, change.before.select, change.after.select);
    if (columns2) return columns2;
  }
  return tokenClauses(what, describeObject(change.before), describeObject(change.after));
}
function columnClauses(what, before, after) {
  const b = splitSelect(tokenize(before));
  const a = splitSelect(tokenize(after));
  if (!b || !a || b.rest !== a.rest) return void 0;
  const out = [];
  const parts = diffArrays(b.columns, a.columns);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part?.removed && next?.added && part.value.length === next.value.length) {
      part.value.forEach((old, j) => {
        out.push({
          now: `${what} has the column ${quote(next.value[j] ?? "")}`,
          was: `it had ${quote(old)}`
        });
      });
      i++;
    } else if (part?.removed)
      for (const old of part.value) out.push({ now: `${what} lost column ${quote(old)}`, was: "it had it" });
    else if (part?.added)
      for (const col of part.value)
        out.push({ now: `${what} has the extra column ${quote(col)}`, was: "it did not" });
  }
  return out.length > 0 ? out : void 0;
}
function splitSelect(tokens) {
  if (!isWord(tokens[0], "select")) return void 0;
  let i = isWord(tokens[1], "distinct") || isWord(tokens[1], "all") ? 2 : 1;
  const columns2 = [];
  let start = i;
  let depth = 0;
  for (; i < tokens.length; i++) {
    const tok = tokens[i];
    if (isOp(tok, "(")) depth++;
    else if (isOp(tok, ")")) depth--;
    else if (depth === 0 && isOp(tok, ",")) {
      columns2.push(canonical(tokens.slice(start, i)));
      start = i + 1;
    } else if (depth === 0 && isWord(tok, "from")) break;
  }
  columns2.push(canonical(tokens.slice(start, i)));
  return { columns: columns2, rest: canonical(tokens.slice(i)) };
}
function tokenClauses(what, before, after) {
  const b = tokenize(before);
  const a = tokenize(after);
  const parts = diffArrays(
    b.map((t) => canonical([t])),
    a.map((t) => canonical([t]))
  );
  const hunks = [];
  let ib = 0;
  let ia = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      ib += n;
      ia += n;
      continue;
    }
    const last = hunks.at(-1);
    const hunk = last && last.at + last.removed.length === ib ? last : { at: ib, removed: [], added: [] };
    if (hunk !== last) hunks.push(hunk);
    if (part.removed) {
      hunk.removed.push(...b.slice(ib, ib + n));
      ib += n;
    } else {
      hunk.added.push(...a.slice(ia, ia + n));
      ia += n;
    }
  }
  const out = hunks.slice(0, SHOWN_HUNKS).map((h) => {
    const place = h.at === 0 ? "at the start" : `after ${quote(canonical(b.slice(contextStart(b, h.at), h.at)))}`;
    const removed = canonical(h.removed);
    const added = canonical(h.added);
    if (!removed) return { now: `${what} has ${quote(added)} ${place}`, was: "it did not" };
    if (!added) return { now: `${what} lacks ${quote(removed)} ${place}`, was: "it had it" };
    return { now: `${what} has ${quote(added)} ${place}`, was: `it had ${quote(removed)}` };
  });
  if (hunks.length > SHOWN_HUNKS)
    out.push({
      now: `${what} differs in ${hunks.length - SHOWN_HUNKS} more places (the JSON report has both definitions)`
    });
  return out;
}
function contextStart(tokens, at) {
  let start = at;
  let words = 0;
  while (start > 0 && words < 2) {
    start--;
    if (tokens[start]?.kind !== "op" && !isOp(tokens[start - 1], ".")) words++;
  }
  return start;
}
function quote(sql) {
  return codeSpan(bound(sql, QUOTED));
}

// src/core/schema/explain.ts
var OPTION_WORDS = { "without rowid": "WITHOUT ROWID", strict: "STRICT", autoincrement: "AUTOINCREMENT" };
function explainDiff(diff, ctx) {
  const clauses = diffClauses(diff);
  const { actual: A, expected: E } = ctx;
  if (clauses.length === 1) {
    const [c] = clauses;
    return c.was ? `${A}, ${c.now}; ${c.was} ${E}` : `${A}, ${c.now}`;
  }
  const list = clauses.map((c) => c.was ? `${c.now} (${c.was})` : c.now).join("; ");
  return `${A}, ${clauses.length} things differ from ${E}: ${list}`;
}
function abbreviatedDefinitions(diff) {
  return diff.changed.filter((c) => c.kind !== "table" && isAbbreviated(c)).map((c) => definitionsOf(c));
}
function diffClauses(diff) {
  const out = [];
  for (const obj of diff.added)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} still exists`, was: "it did not exist" });
  for (const obj of diff.removed)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} is missing`, was: "it existed" });
  for (const change of diff.changed) {
    if (change.kind === "table") out.push(...tableClauses(change));
    else if (isAbbreviated(change)) out.push(...definitionClauses(change));
    else
      out.push({
        now: `${KIND_WORDS[change.kind]} ${codeSpan(change.name)} is ${describeObject(change.after)}`,
        was: `it was ${describeObject(change.before)}`
      });
  }
  return out;
}
function tableClauses(c) {
  const t = `table ${codeSpan(c.name)}`;
  const out = [];
  for (const col of c.columns.added)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} still exists`, was: "it did not exist" });
  for (const col of c.columns.removed)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} is missing`, was: "it existed" });
  for (const ch of c.columns.changed) {
    out.push({
      now: `column ${codeSpan(`${c.name}.${ch.name}`)} is ${describeColumn(ch.after)}`,
      was: `it was ${describeColumn(ch.before)}`
    });
  }
  if (c.columnOrder) out.push(orderClause(t, c.columnOrder.before, c.columnOrder.after));
  if (c.primaryKey) {
    const has = (terms) => terms.length ? `has ${describePrimaryKey(terms)}` : "has no primary key";
    out.push({
      now: `${t} ${has(c.primaryKey.after)}`,
      was: `it ${has(c.primaryKey.before).replace(/^has/, "had")}`
    });
  }
  for (const o of c.options) {
    const word = OPTION_WORDS[o.option];
    out.push({
      now: `${t} is ${o.after ? "" : "not "}${word}`,
      was: `it was ${o.before ? "" : "not "}${word}`
    });
  }
  const constraint = (list, describe) => {
    for (const x of list.added)
      out.push({ now: `${t} has the constraint ${describe(x)}`, was: "it did not" });
    for (const x of list.removed)
      out.push({ now: `${t} lacks the constraint ${describe(x)}`, was: "it had it" });
  };
  constraint(c.uniques, describeUnique);
  constraint(c.checks, describeCheck);
  out.push(...foreignKeyClauses(c));
  constraint(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}
function orderClause(t, before, after) {
  const kept = new Set(longestCommonOrder(before, after));
  const moved = after.filter((name) => !kept.has(name));
  if (moved.length === 0 || moved.length > 3) {
    return {
      now: `${t} has its columns in the order ${after.join(", ")}`,
      was: `the order was ${before.join(", ")}`
    };
  }
  const place = (order, name) => {
    const i = order.indexOf(name);
    return i === 0 ? "first" : `after ${codeSpan(order[i - 1] ?? "")}`;
  };
  const now = moved.map((name) => `${codeSpan(name)} ${place(after, name)}`).join(", ");
  const was = moved.map((name) => `${codeSpan(name)} ${place(before, name)}`).join(", ");
  return { now: `${t} has the same columns in another order: ${now}`, was: `it had ${was}` };
}
function longestCommonOrder(a, b) {
  const lengths = a.map(() => new Array(b.length + 1).fill(0));
  lengths.push(new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row2 = lengths[i];
      row2[j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], row2[j + 1]);
    }
  }
  const out = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1])
      i++;
    else j++;
  }
  return out;
}
function foreignKeyClauses(c) {
  const t = `table ${codeSpan(c.name)}`;
  const key = (fk) => JSON.stringify([fk.columns, foldCase(fk.table)]);
  const removed = [...c.foreignKeys.removed];
  const out = [];
  for (const fk of c.foreignKeys.added) {
    const i = removed.findIndex((r) => key(r) === key(fk));
    if (i >= 0) {
      const [before] = removed.splice(i, 1);
      out.push({ now: `${t} has ${describeForeignKey(fk)}`, was: `it was ${describeForeignKey(before)}` });
    } else {
      out.push({ now: `${t} has the constraint ${describeForeignKey(fk)}`, was: "it did not" });
    }
  }
  for (const fk of removed)
    out.push({ now: `${t} lacks the constraint ${describeForeignKey(fk)}`, was: "it had it" });
  return out;
}

// src/core/schema/tracking-tables.ts
function isInternalName(name) {
  return name.slice(0, 7).toLowerCase() === "sqlite_";
}
function isIgnoredTable(table) {
  return isInternalName(table) || TRACKING_TABLES.has(table.toLowerCase());
}

// src/adapters/cached-queries.ts
var CachedQueries = class {
  constructor(db) {
    this.db = db;
  }
  db;
  statements = /* @__PURE__ */ new Map();
  /** Rows as objects keyed by column name. */
  all(sql, params = []) {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    const { columns: columns2 } = stmt;
    return stmt.rows(params).map((values) => {
      const row2 = {};
      for (let i = 0; i < columns2.length; i++) row2[columns2[i]] = values[i];
      return row2;
    });
  }
  free() {
    for (const stmt of this.statements.values()) stmt.finalize();
    this.statements.clear();
  }
};

// src/adapters/schema-rows.ts
var rowKey = (r) => `${r.type}\0${r.name}\0${r.tbl_name}\0${r.sql}`;
function listed(r) {
  return r.sql !== null && r.name.slice(0, 7).toLowerCase() !== "sqlite_";
}
function row({ type, name, tbl_name, sql, rid }) {
  return { type, name, tbl_name, sql, rid };
}
var copies = 0;
function copied({ rid, type, name, tbl_name, sql }) {
  return {
    rid,
    type,
    name,
    tbl_name,
    sql,
    folded: foldCase(name),
    foldedTable: foldCase(tbl_name),
    seq: copies++
  };
}
var byName = /* @__PURE__ */ new WeakMap();
function indexRow(index, r) {
  for (const name of [r.folded, r.foldedTable]) {
    const rids = index.get(name);
    if (rids) rids.add(r.rid);
    else index.set(name, /* @__PURE__ */ new Set([r.rid]));
  }
}
function rowsNamed(rows, names) {
  let index = byName.get(rows);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const r of rows.values()) indexRow(index, r);
    byName.set(rows, index);
  }
  const found = /* @__PURE__ */ new Map();
  for (const name of names)
    for (const rid of index.get(name) ?? []) {
      const r = rows.get(rid);
      if (r && (names.has(r.folded) || names.has(r.foldedTable))) found.set(rid, r);
    }
  return [...found.values()].sort((a, b) => a.seq - b.seq);
}
function setRow(rows, r) {
  if (rows.has(r.rid)) deleteRow(rows, r.rid);
  const index = byName.get(rows);
  if (index) indexRow(index, r);
  rows.set(r.rid, r);
}
function deleteRow(rows, rid) {
  const index = byName.get(rows);
  const old = rows.get(rid);
  if (index && old) unindexRow(index, old);
  rows.delete(rid);
}
function unindexRow(index, r) {
  for (const name of [r.folded, r.foldedTable]) index.get(name)?.delete(r.rid);
}
function isVirtual(r) {
  return r.type === "table" && /^\s*create\s+virtual\b/i.test(r.sql);
}
function sameRow(a, b) {
  return a !== void 0 && rowKey(a) === rowKey(b);
}
function keysOfRow(r) {
  if (r.type === "table")
    return [objectKey({ kind: "table", name: r.name }), objectKey({ kind: "virtual", name: r.name })];
  if (r.type === "index" || r.type === "view" || r.type === "trigger")
    return [objectKey({ kind: r.type, name: r.name })];
  return [];
}
var Pending = class {
  constructor(base) {
    this.base = base;
  }
  base;
  changes = /* @__PURE__ */ new Map();
  get(key) {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  set(key, value) {
    this.changes.set(key, value);
  }
  delete(key) {
    this.changes.set(key, void 0);
  }
  done() {
    return this.base.with(this.changes);
  }
};

// src/adapters/hinted-reads.ts
var COUNT = "(SELECT count(*) FROM main.sqlite_schema) AS total";
function fetch(queries, where, params) {
  const raw = queries.all(
    `SELECT rowid AS rid, type, name, tbl_name, sql, ${COUNT} FROM main.sqlite_schema WHERE ${where}`,
    params
  );
  return { rows: raw.map(copied), total: raw[0]?.total ?? 0 };
}
function rowidIn(rids) {
  if (rids.length > 16) return ["rowid IN (SELECT value FROM json_each(?))", [JSON.stringify(rids)]];
  return [`rowid IN (${rids.map(() => "?").join(", ")})`, [...rids]];
}
function readInserted(queries, base) {
  const { rows, total } = fetch(queries, "rowid >= ?", [base.maxRid]);
  const last = base.rows.get(base.maxRid);
  const lastKept = base.maxRid === 0 || rows.some(
    (r) => r.rid === base.maxRid && last !== void 0 && last.name === r.name && last.type === r.type
  );
  const fresh = rows.filter((r) => r.rid > base.maxRid);
  if (!lastKept || base.rows.size + fresh.length !== total) return void 0;
  return { added: fresh, removed: [] };
}
function readDropped(queries, base, names) {
  const candidates = /* @__PURE__ */ new Map();
  for (const r of rowsNamed(base.rows, new Set(names))) candidates.set(r.rid, r);
  const [where, params] = rowidIn([...candidates.keys()]);
  const kept = candidates.size > 0 ? `(SELECT group_concat(rowid) FROM main.sqlite_schema WHERE ${where})` : "NULL";
  const [answer] = queries.all(
    `SELECT ${COUNT}, ${kept} AS kept`,
    candidates.size > 0 ? params : []
  );
  if (!answer) return void 0;
  for (const rid of answer.kept?.split(",") ?? []) candidates.delete(Number(rid));
  const gone = [...candidates.values()];
  if (base.rows.size - gone.length !== answer.total) return void 0;
  return { added: [], removed: gone };
}
function readAltered(queries, base, tables) {
  const rids = [];
  for (const name of tables) {
    const rid = base.sources.get(objectKey({ kind: "table", name }))?.rid;
    if (rid === void 0) return void 0;
    rids.push(rid);
  }
  const { rows, total } = fetch(queries, ...rowidIn(rids));
  const same = (r, o) => o !== void 0 && r.type === "table" && o.type === "table" && o.name === r.name && tables.includes(r.folded);
  const old = rows.map((r) => base.rows.get(r.rid));
  if (rows.length !== tables.length || total !== base.rows.size) return void 0;
  if (!rows.every((r, i) => same(r, old[i]))) return void 0;
  const added = [];
  const removed = [];
  rows.forEach((r, i) => {
    const o = old[i];
    if (o.sql === r.sql && o.tbl_name === r.tbl_name) return;
    added.push(r);
    removed.push(o);
  });
  return { added, removed };
}
function readMixed(queries, base, writes) {
  const names = /* @__PURE__ */ new Set([...writes.drops, ...writes.alters]);
  const renamed = writes.renames.map(({ from }) => from);
  for (const { from, to } of writes.renames) names.add(from).add(to);
  const candidates = [];
  for (const r of renamed.length === 0 ? rowsNamed(base.rows, names) : base.rows.values()) {
    if (names.has(r.folded) || names.has(r.foldedTable)) {
      if (isVirtual(r)) return void 0;
    } else if (renamed.length === 0 || !mentions(r, renamed)) continue;
    candidates.push(r.rid);
  }
  const [inCandidates, params] = candidates.length > 0 ? rowidIn(candidates) : ["0", []];
  const { rows, total } = fetch(queries, `rowid > ? OR ${inCandidates}`, [base.maxRid, ...params]);
  const added = [];
  const removed = [];
  const seen = /* @__PURE__ */ new Set();
  let fresh = 0;
  for (const r of rows) {
    seen.add(r.rid);
    const old = base.rows.get(r.rid);
    if (!old) fresh++;
    else if (old.type === r.type && old.name === r.name && old.tbl_name === r.tbl_name && old.sql === r.sql)
      continue;
    else removed.push(old);
    added.push(r);
  }
  for (const rid of candidates) {
    const old = base.rows.get(rid);
    if (!seen.has(rid) && old) removed.push(old);
  }
  const gone = removed.length - (added.length - fresh);
  if (base.rows.size - gone + fresh !== total) return void 0;
  return { added, removed };
}
function mentions(r, names) {
  if (r.sql === null) return false;
  r.foldedSql ??= foldCase(r.sql);
  const text = r.foldedSql;
  return names.some((name) => text.includes(name));
}

// src/adapters/view-strings.ts
function viewStrings(sql, prepareError2) {
  const tokens = tokenize(sql);
  const at = viewSelectAt(tokens).at;
  const from = tokens[at]?.start ?? sql.length;
  const lone = loneDoubleQuoted(tokens.slice(at));
  const strings = /* @__PURE__ */ new Set();
  if (lone.length === 0 || prepareError2(sql.slice(from)) !== void 0) return strings;
  for (const tok of lone)
    if (isNoSuchColumn(prepareError2(asIdentifier(sql, from, tok)), tok.value)) strings.add(tok.start);
  return strings;
}

// src/adapters/object-modeller.ts
var MODEL_CACHE_LIMIT = 5e4;
var ObjectModeller = class {
  constructor(queries, prepareError2) {
    this.queries = queries;
    this.prepareError = prepareError2;
  }
  queries;
  prepareError;
  models = /* @__PURE__ */ new Map();
  parsed = 0;
  query(sql, params = []) {
    return this.queries.all(sql, params);
  }
  model(r, objects, sources) {
    if (isInternalName(r.name) || isIgnoredTable(r.tbl_name)) return null;
    if (r.type === "table" && !isVirtual(r) && this.isShadow(r.name, objects)) return null;
    const tableSql = r.type === "index" ? sources.get(objectKey({ kind: "table", name: r.tbl_name }))?.sql ?? "" : "";
    const cacheKey = `${rowKey(r)}\0${tableSql}`;
    const cached = this.models.get(cacheKey);
    if (cached) return cached;
    const obj = this.build(r, tableSql);
    if (!obj) return null;
    this.parsed++;
    if (this.models.size >= MODEL_CACHE_LIMIT) this.models.clear();
    this.models.set(cacheKey, obj);
    return obj;
  }
  /** The models of `wanted` objects, by the key `model` finds them under: what a cached prefix keeps. */
  exportModels(wanted) {
    return [...this.models].filter(([, obj]) => wanted.has(obj));
  }
  /**
   * Models read before, of the same rows on the same engine (a cached prefix's). A model depends only on its
   * row and, for an index, its table's SQL, which the key holds: a key that matches is the same object. (A
   * view's double-quoted strings are what SQLite said when the row was first modelled: the tables it reads
   * are those of the same prefix.)
   */
  importModels(entries2) {
    for (const [key, obj] of entries2) if (!this.models.has(key)) this.models.set(key, obj);
  }
  build(r, tableSql) {
    const fromSql = buildFromSql(r, r.type === "view" ? viewStrings(r.sql, this.prepareError) : void 0);
    if (fromSql) return fromSql;
    if (r.type === "index") return buildIndex(r, this.indexColumns(r.name), tableSql);
    if (r.type === "table") return buildTable(r, this.tableInfo(r.name, r.sql));
    return null;
  }
  /** Shadow tables belong to their virtual table; only SQLite knows which names its modules claim. */
  isShadow(name, objects) {
    const lower = foldCase(name);
    const cut = lower.lastIndexOf("_");
    let owner = false;
    for (let i = cut; i > 0 && !owner; i = lower.lastIndexOf("_", i - 1)) {
      owner = objects.get(objectKey({ kind: "virtual", name: lower.slice(0, i) }))?.kind === "virtual";
    }
    if (!owner) return false;
    const rows = this.query("SELECT type FROM pragma_table_list(?) WHERE schema = 'main'", [
      name
    ]);
    return rows[0]?.type === "shadow";
  }
  indexColumns(index) {
    return this.query("SELECT * FROM main.pragma_index_xinfo(?)", [index]);
  }
  tableInfo(table, sql) {
    const list = /\b(without|strict)\b/i.test(sql) ? this.query(
      "SELECT wr, strict FROM pragma_table_list(?) WHERE schema = 'main'",
      [table]
    )[0] : void 0;
    const columns2 = this.query("SELECT * FROM main.pragma_table_xinfo(?)", [table]);
    const indexes = this.query(
      `SELECT name, "unique", origin, partial FROM main.pragma_index_list(?) WHERE origin <> 'c'`,
      [table]
    ).map((i) => ({ ...i, columns: this.indexColumns(i.name) }));
    return { withoutRowid: list?.wr === 1, strict: list?.strict === 1, columns: columns2, indexes };
  }
};

// src/adapters/reader-state.ts
function emptyState() {
  const objects = LayeredMap.of();
  return {
    objects,
    sources: /* @__PURE__ */ new Map(),
    schema: schemaOf(objects),
    rows: /* @__PURE__ */ new Map(),
    maxRid: 0
  };
}
function nextRows(base, { added, removed }, inPlace) {
  if (added.length === 0 && removed.length === 0) return { rows: base.rows, maxRid: base.maxRid };
  const rows = inPlace ? base.rows : new Map(base.rows);
  let maxRid = base.maxRid;
  let lostMax = false;
  for (const r of removed) {
    deleteRow(rows, r.rid);
    if (r.rid === maxRid) lostMax = true;
  }
  for (const r of added) {
    setRow(rows, r);
    if (r.rid >= maxRid) {
      maxRid = r.rid;
      lostMax = false;
    }
  }
  if (lostMax) {
    maxRid = 0;
    for (const rid of rows.keys()) if (rid > maxRid) maxRid = rid;
  }
  return { rows, maxRid };
}
function applyChanges(modeller, base, changes, inPlace) {
  const added = changes.added.filter(listed).map(row);
  const removed = changes.removed.filter(listed).map(row);
  const rows = nextRows(base, changes, inPlace);
  return { ...applyModel(modeller, base, rows.rows, added, removed, inPlace), ...rows };
}
var rank = (r) => isVirtual(r) ? 0 : r.type === "table" ? 1 : 2;
var byRank = (a, b) => rank(a) - rank(b);
function applyModel(modeller, base, rows, added, removed, inPlace) {
  const objects = new Pending(base.objects);
  const sources = inPlace ? base.sources : new Map(base.sources);
  const gone = /* @__PURE__ */ new Set();
  for (const r of removed) {
    for (const key of keysOfRow(r)) {
      const source = sources.get(key);
      if (source && rowKey(source) === rowKey(r)) {
        objects.delete(key);
        sources.delete(key);
        gone.add(key);
      }
    }
  }
  const ordered = added.length > 1 ? [...added].sort(byRank) : added;
  const redefined = /* @__PURE__ */ new Set();
  for (const r of ordered) {
    const obj = modeller.model(r, objects, sources);
    if (!obj) continue;
    const key = objectKey(obj);
    const existed = gone.has(key) || sources.has(key);
    if (obj.kind === "table" && existed) redefined.add(foldCase(obj.name));
    objects.set(key, obj);
    sources.set(key, r);
  }
  if (redefined.size > 0) {
    for (const r of rowsNamed(rows, redefined)) {
      if (r.type !== "index" || !redefined.has(r.foldedTable)) continue;
      const key = objectKey({ kind: "index", name: r.name });
      const source = sources.get(key);
      if (!source || !objects.has(key)) continue;
      const again = modeller.model(source, objects, sources);
      if (again) objects.set(key, again);
    }
  }
  const next = objects.done();
  return { objects: next, sources, schema: schemaOf(next) };
}

// src/adapters/schema-reader.ts
var HISTORY_LIMIT = 32;
var ALL_ROWS = "SELECT rowid AS rid, type, name, tbl_name, sql FROM main.sqlite_schema";
var SchemaReader = class {
  constructor(db, strategy = "except") {
    this.db = db;
    this.strategy = strategy;
    this.queries = new CachedQueries(db);
    this.modeller = new ObjectModeller(this.queries, (sql) => prepareError(db, sql));
  }
  db;
  strategy;
  counts = { reads: 0, unchanged: 0, rowsFetched: 0 };
  tag = `__lockstep_schema_reader_${Math.random().toString(36).slice(2, 10)}`;
  queries;
  modeller;
  /** The states the copy has held, by generation. */
  history = /* @__PURE__ */ new Map();
  state;
  /** schema_version and generation at the last full read. */
  version = -1;
  generation = 0;
  /** The last read was a full one: the copy holds `state`. Hinted reads leave the copy behind. */
  synced = false;
  nextGeneration = 1;
  get stats() {
    return { ...this.counts, parsed: this.modeller.parsed };
  }
  /**
   * `writes` says how the schema changed since the last read, as executeScript classified the statements: new
   * rows (CREATE), removed ones (DROP), rows rewritten in place (ALTER … ADD/DROP COLUMN, RENAME TO) let the
   * reader look at just the rows they can touch. Row counts and the last rowid confirm the claim where they
   * can; anything else reads the full delta.
   */
  read(writes = "any") {
    this.counts.reads++;
    if (writes === "none" && this.state) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    if (this.state && this.strategy === "except" && writes !== "any" && writes !== "none") {
      const changes = this.hinted(this.state, writes);
      if (changes) {
        this.counts.rowsFetched += changes.added.length;
        this.state = applyChanges(this.modeller, this.state, changes, !this.synced);
        this.synced = false;
        return this.state.schema;
      }
    }
    const [version, generation] = this.probe();
    if (this.state && this.synced && version === this.version && generation === this.generation) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    const base = generation === null ? void 0 : this.history.get(generation);
    if (generation === null) this.createTemp();
    const next = this.strategy === "except" && base ? this.applyDelta(base) : this.applyScan(base ?? this.state);
    this.remember(version, next);
    return next.schema;
  }
  hinted(base, writes) {
    if (writes === "insert") return readInserted(this.queries, base);
    if ("mixed" in writes) return readMixed(this.queries, base, writes.mixed);
    return "alter" in writes ? readAltered(this.queries, base, writes.alter) : readDropped(this.queries, base, writes.drop);
  }
  query(sql, params = []) {
    return this.queries.all(sql, params);
  }
  /** The models of the objects of the last read, for a cached prefix to bring back (see importModels). */
  exportModels() {
    return this.modeller.exportModels(new Set(this.state?.objects.values() ?? []));
  }
  /** Models a cached prefix kept: the first read of its database then asks SQLite for none of them. */
  importModels(entries2) {
    this.modeller.importModels(entries2);
  }
  /** Drops the temp tables (the reader can still be used; it recreates them). */
  dispose() {
    this.queries.free();
    this.db.exec(`DROP TABLE IF EXISTS temp."${this.tag}"; DROP TABLE IF EXISTS temp."${this.tag}_gen"`);
    this.history.clear();
    this.state = void 0;
    this.synced = false;
  }
  probe() {
    try {
      const [row2] = this.query(
        `SELECT schema_version AS v, (SELECT g FROM temp."${this.tag}_gen") AS g FROM main.pragma_schema_version`
      );
      return [row2?.v ?? 0, row2?.g ?? null];
    } catch {
      const version = this.query("SELECT schema_version AS v FROM main.pragma_schema_version")[0]?.v ?? 0;
      return [version, null];
    }
  }
  createTemp() {
    this.db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS "${this.tag}"(rid INTEGER PRIMARY KEY, type TEXT, name TEXT, tbl_name TEXT, sql TEXT);
       CREATE TEMP TABLE IF NOT EXISTS "${this.tag}_gen"(g INTEGER);
       DELETE FROM temp."${this.tag}"; DELETE FROM temp."${this.tag}_gen";
       INSERT INTO temp."${this.tag}_gen" VALUES (0);`
    );
    this.history.clear();
  }
  /** After a full read: the copy holds `next`, and the generation written beside it says so. */
  remember(version, next) {
    const generation = this.nextGeneration++;
    this.query(`UPDATE temp."${this.tag}_gen" SET g = ?`, [generation]);
    this.version = version;
    this.generation = generation;
    this.synced = true;
    this.state = next;
    this.history.set(generation, next);
    if (this.history.size > HISTORY_LIMIT) this.history.delete(this.history.keys().next().value);
  }
  /**
   * Rows that differ from the copy, which holds `base`, found by SQLite in one linear pass (a rowid join; an
   * EXCEPT would sort both sides on every read). A row count tells whether any row is gone without a second
   * pass. An ALTER rewrites its row in place: a changed row is its old version removed and its new one added.
   * The copy is brought up to date.
   */
  applyDelta(base) {
    const t = `temp."${this.tag}"`;
    const changed = this.query(
      `SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql
         FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
        WHERE c.rid IS NULL OR c.sql IS NOT s.sql OR c.name IS NOT s.name
           OR c.tbl_name IS NOT s.tbl_name OR c.type IS NOT s.type`
    ).map(copied);
    const total = this.query("SELECT count(*) AS n FROM main.sqlite_schema")[0]?.n ?? 0;
    const removed = [];
    let fresh = 0;
    for (const r of changed) {
      const old = base.rows.get(r.rid);
      if (old) removed.push(old);
      else fresh++;
    }
    if (changed.length > 0)
      this.query(
        `INSERT OR REPLACE INTO ${t} SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema
          WHERE rowid IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(changed.map((r) => r.rid))]
      );
    if (base.rows.size - (total - fresh) > 0) {
      const gone = this.query(
        `SELECT rid FROM ${t} WHERE rid NOT IN (SELECT rowid FROM main.sqlite_schema)`
      ).map(({ rid }) => rid);
      for (const rid of gone) {
        const old = base.rows.get(rid);
        if (old) removed.push(old);
      }
      this.query(`DELETE FROM ${t} WHERE rid IN (SELECT value FROM json_each(?))`, [JSON.stringify(gone)]);
    }
    this.counts.rowsFetched += changed.length;
    return applyChanges(this.modeller, base, { added: changed, removed }, false);
  }
  /** Every row pulled into JS and compared with the previous state there. */
  applyScan(previous) {
    const rows = this.query(ALL_ROWS).map(copied);
    this.counts.rowsFetched += rows.length;
    if (this.strategy === "except") {
      this.db.exec(
        `DELETE FROM temp."${this.tag}"; INSERT INTO temp."${this.tag}" SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema`
      );
    }
    const base = previous ?? emptyState();
    const modelled = rows.filter(listed);
    const known = (r) => keysOfRow(r).some((k) => sameRow(base.sources.get(k), r));
    const added = modelled.filter((r) => !known(r));
    const keys = new Set(modelled.map(rowKey));
    const removed = [...base.sources.values()].filter((r) => !keys.has(rowKey(r)));
    const maxRid = rows.reduce((m, r) => Math.max(m, r.rid), 0);
    const all = new Map(rows.map((r) => [r.rid, r]));
    return { ...applyModel(this.modeller, base, all, added, removed, false), rows: all, maxRid };
  }
};
function prepareError(db, sql) {
  try {
    db.prepare(sql).finalize();
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// src/core/sql/literal.ts
function quoteIdent(name) {
  return `"${name.split('"').join('""')}"`;
}
function sqlLiteral(value, real = false) {
  if (value === null) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (value === Number.POSITIVE_INFINITY) return "9e999";
    if (value === Number.NEGATIVE_INFINITY) return "-9e999";
    const text = String(value);
    if (!real) return text;
    return /[.e]/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === "string") return `'${value.split("'").join("''")}'`;
  let hex = "";
  for (const byte of value) hex += byte.toString(16).padStart(2, "0");
  return `X'${hex.toUpperCase()}'`;
}

// src/engine/replay/dqs-check.ts
function dqsCheckOf(body) {
  if (!body.includes('"')) return void 0;
  const tokens = tokenize(body);
  const quoted = tokens.filter((t) => t.kind === "quoted" && t.text.startsWith('"'));
  if (quoted.length === 0) return void 0;
  if (!isWord(tokens[0], "create")) return { tokens, quoted };
  let i = 1;
  if (isWord(tokens[i], "temp") || isWord(tokens[i], "temporary")) i++;
  const kind = tokens[i];
  const at = objectNameAt(tokens, i + 1);
  const name = tokens[at]?.value ?? "";
  if (isWord(kind, "view")) return { tokens, quoted, after: () => `SELECT * FROM ${quoteIdent(name)}` };
  if (isWord(kind, "trigger")) return { tokens, quoted, after: (db) => triggerProbe(db, tokens, at + 1) };
  return { tokens, quoted };
}
function triggerProbe(db, tokens, from) {
  let i = from;
  if (isWord(tokens[i], "before") || isWord(tokens[i], "after")) i++;
  else if (isWords(tokens, i, "instead", "of")) i += 2;
  const event = tokens[i];
  let column;
  if (isWords(tokens, i, "update", "of")) column = tokens[i + 2]?.value;
  while (i < tokens.length && !isWord(tokens[i], "on")) i++;
  const table = tokens[isOp(tokens[i + 2], ".") ? i + 3 : i + 1]?.value;
  if (!table) return void 0;
  if (isWord(event, "insert")) return `INSERT INTO ${quoteIdent(table)} DEFAULT VALUES`;
  if (isWord(event, "delete")) return `DELETE FROM ${quoteIdent(table)}`;
  if (!isWord(event, "update")) return void 0;
  column ??= columnsOf(db, table)[0];
  return column === void 0 ? void 0 : `UPDATE ${quoteIdent(table)} SET ${quoteIdent(column)} = ${quoteIdent(column)}`;
}
function columnsOf(db, table) {
  const stmt = db.prepare("SELECT name FROM pragma_table_info(?)");
  try {
    return stmt.rows([table]).map(([name]) => String(name));
  } finally {
    stmt.finalize();
  }
}
var NO_SUCH_COLUMN = /^no such column: (.*?)(?: - should this be a string literal in single-quotes\?)?$/;
function dqsNote(db, error, check, sql, offset, chunk) {
  const named = error?.match(NO_SUCH_COLUMN)?.[1];
  if (named === void 0) return void 0;
  const bare = named.startsWith('"') && named.endsWith('"') ? named.slice(1, -1).split('""').join('"') : named;
  const tok = check.quoted.find((t) => foldCase(t.value) === foldCase(bare));
  if (!tok) return void 0;
  const columns2 = allColumns(db);
  const guess = closest(
    tok.value,
    columns2.filter((c) => foldCase(c) !== foldCase(tok.value))
  );
  return {
    ...positionIn(sql, offset + tok.start, chunk),
    token: tok.value,
    statement: sql.slice(offset + (check.tokens[0]?.start ?? 0), offset + (check.tokens.at(-1)?.end ?? 0)),
    ...guess ? { guess } : {}
  };
}
function allColumns(db) {
  return queryRows(
    db,
    "SELECT DISTINCT p.name FROM sqlite_schema s, pragma_table_info(s.name) p WHERE s.type = 'table'"
  ).map(([name]) => String(name));
}
function noteDqs(findings, set, migration, script, notes) {
  const n = notes[0];
  if (!n) return;
  const runner = runnerOf(toolOf(set.layout));
  const token = codeSpan(`"${n.token}"`);
  const others = [...new Set(notes.slice(1).map((o) => o.line))];
  const also = others.length > 0 ? ` (the file has ${notes.length - 1} more, at line${others.length > 1 ? "s" : ""} ${others.slice(0, 10).join(", ")}${others.length > 10 ? ", \u2026" : ""})` : "";
  findings.push(
    finding(
      "dqs",
      `${script.file}:${n.line}: ${token} in ${codeSpan(excerpt(n.statement, 60))} is a string only because no column or table is named ${codeSpan(n.token)}${also}: SQLite takes a double-quoted name it cannot find as a string literal, so ${runner} runs it and a misspelt name becomes the constant '${n.token}' without an error; write ${codeSpan(`'${n.token.split("'").join("''")}'`)} if a string is meant${n.guess ? `, or ${codeSpan(n.guess)} if that column was meant` : ""}`,
      { version: migration.version, file: script.file, line: n.line, column: n.column }
    )
  );
}

// src/adapters/sqlite/statements.ts
var NEXT = [
  [1, 0, 2, 3, 4, 2, 2, 2],
  [1, 1, 2, 3, 4, 2, 2, 2],
  [1, 2, 2, 2, 2, 2, 2, 2],
  [1, 3, 3, 2, 4, 2, 2, 2],
  [1, 4, 2, 2, 2, 4, 5, 2],
  [6, 5, 5, 5, 5, 5, 5, 5],
  [6, 6, 5, 5, 5, 5, 5, 7],
  [1, 7, 5, 5, 5, 5, 5, 5]
];
var KEYWORDS = {
  explain: 3 /* Explain */,
  create: 4 /* Create */,
  temp: 5 /* Temp */,
  temporary: 5 /* Temp */,
  trigger: 6 /* Trigger */,
  end: 7 /* End */
};
function isIdChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36 || c >= 128;
}
function* statementSpans(sql) {
  let state = 1 /* Start */;
  let start = 0;
  let hasStatement = false;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    let token;
    if (c === 59) {
      token = 0 /* Semi */;
      i++;
    } else if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
      token = 1 /* Ws */;
      i++;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
      token = 1 /* Ws */;
    } else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const end = sql.indexOf("\n", i + 2);
      i = end === -1 ? n : end + 1;
      token = 1 /* Ws */;
    } else if (c === 91) {
      const end = sql.indexOf("]", i + 1);
      i = end === -1 ? n : end + 1;
      token = 2 /* Other */;
    } else if (c === 96 || c === 34 || c === 39) {
      const quote2 = sql[i];
      let j = i + 1;
      for (; ; ) {
        const end = sql.indexOf(quote2, j);
        if (end === -1) {
          j = n;
          break;
        }
        if (sql[end + 1] === quote2) j = end + 2;
        else {
          j = end + 1;
          break;
        }
      }
      i = j;
      token = 2 /* Other */;
    } else if (isIdChar(c)) {
      let j = i + 1;
      while (j < n && isIdChar(sql.charCodeAt(j))) j++;
      token = j - i <= 9 ? KEYWORDS[sql.slice(i, j).toLowerCase()] ?? 2 /* Other */ : 2 /* Other */;
      i = j;
    } else {
      token = 2 /* Other */;
      i++;
    }
    const ends = token === 0 /* Semi */ && state !== 1 /* Start */ && state !== 0 /* Invalid */ && state !== 5 /* Trigger */ && state !== 6 /* Semi */;
    state = NEXT[state]?.[token] ?? 2 /* Normal */;
    if (token !== 1 /* Ws */ && token !== 0 /* Semi */) hasStatement = true;
    if (ends) {
      yield [start, i - start];
      start = i;
      hasStatement = false;
    }
  }
  if (hasStatement) yield [start, n - start];
}

// src/engine/replay/execute.ts
var SCHEMA_NEUTRAL = /* @__PURE__ */ new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "REPLACE",
  "SELECT",
  "WITH",
  "VALUES",
  "BEGIN",
  "COMMIT",
  "END",
  "SAVEPOINT",
  "REINDEX",
  "EXPLAIN"
]);
var NEUTRAL_PRAGMA = /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:foreign_keys|defer_foreign_keys|foreign_key_check|foreign_key_list|table_info|table_xinfo|index_list|index_info|integrity_check|quick_check|recursive_triggers|case_sensitive_like)\b/i;
function schemaWritesOf(keyword, text) {
  if (SCHEMA_NEUTRAL.has(keyword)) return "none";
  if (keyword === "CREATE") return "insert";
  if (keyword === "DROP") return droppedObject(text);
  if (keyword === "PRAGMA" && NEUTRAL_PRAGMA.test(text)) return "none";
  if (keyword === "ALTER") return alteredTable(text);
  return "any";
}
function alteredTable(text) {
  const tokens = tokenize(text.slice(0, 400));
  if (!isWords(tokens, 0, "alter", "table")) return "any";
  let i = 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  if (!name || name.kind !== "word" && name.kind !== "quoted") return "any";
  if (isWord(tokens[i + 1], "add") || isWord(tokens[i + 1], "drop")) return { alter: [foldCase(name.value)] };
  const to = tokens[i + 3];
  const ends = tokens.length === i + 4 || isOp(tokens[i + 4], ";");
  if (isWords(tokens, i + 1, "rename", "to") && to && (to.kind === "word" || to.kind === "quoted") && ends)
    return {
      mixed: { drops: [], alters: [], renames: [{ from: foldCase(name.value), to: foldCase(to.value) }] }
    };
  return "any";
}
function droppedObject(text) {
  const tokens = tokenize(text.slice(0, 400));
  if (!["table", "index", "view", "trigger"].some((kind) => isWord(tokens[1], kind))) return "any";
  let i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  return name && (name.kind === "word" || name.kind === "quoted") ? { drop: [foldCase(name.value)] } : "any";
}
function combineWrites(a, b) {
  if (b === "none") return a;
  if (a === "none") return b;
  if (a === "any" || b === "any") return "any";
  if (a === "insert" && b === "insert") return a;
  if (typeof a === "object" && typeof b === "object") {
    if ("alter" in a && "alter" in b) return { alter: [.../* @__PURE__ */ new Set([...a.alter, ...b.alter])] };
    if ("drop" in a && "drop" in b) return { drop: [.../* @__PURE__ */ new Set([...a.drop, ...b.drop])] };
  }
  const x = asMixed(a);
  const y = asMixed(b);
  return {
    mixed: {
      drops: [.../* @__PURE__ */ new Set([...x.drops, ...y.drops])],
      alters: [.../* @__PURE__ */ new Set([...x.alters, ...y.alters])],
      renames: [...x.renames, ...y.renames]
    }
  };
}
function asMixed(w) {
  if (w === "insert") return { drops: [], alters: [], renames: [] };
  if ("mixed" in w) return w.mixed;
  return "drop" in w ? { drops: w.drop, alters: [], renames: [] } : { drops: [], alters: w.alter, renames: [] };
}
var BYPASSING_PRAGMAS = /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:writable_schema|ignore_check_constraints|legacy_file_format|schema_version|cell_size_check)\b/i;
var TRANSACTION_KEYWORDS = /* @__PURE__ */ new Set(["BEGIN", "COMMIT", "END", "ROLLBACK"]);
function isSensitive(keyword, sql) {
  if (TRANSACTION_KEYWORDS.has(keyword)) return true;
  return keyword === "PRAGMA" && /foreign_keys\s*=/i.test(sql);
}
function executeScript(db, script, rewrite, trace) {
  const started = performance.now();
  const sensitive = [];
  let failure;
  let bypassedChecks = false;
  let ranPragma = false;
  let schemaWrites = "none";
  const dqs = [];
  if (script.transaction) db.exec("BEGIN");
  outer: for (const [chunkIndex, chunk] of script.chunks.entries()) {
    const sql = rewrite ? rewrite(chunk.sql) : chunk.sql;
    for (const [statementOffset, length] of statementSpans(sql)) {
      const text = sql.slice(statementOffset, statementOffset + length);
      let stmt;
      try {
        stmt = db.prepare(text);
      } catch (error) {
        failure = failureAt(sql, statementOffset, chunk, error);
        break outer;
      }
      const body = skipTriviaText(text);
      const keyword = leadingKeyword(body);
      if (keyword === "PRAGMA") {
        ranPragma = true;
        if (BYPASSING_PRAGMAS.test(body)) bypassedChecks = true;
      }
      schemaWrites = combineWrites(schemaWrites, schemaWritesOf(keyword, body));
      let noted;
      if (isSensitive(keyword, body)) {
        const at = positionIn(sql, skipTrivia(sql, statementOffset), chunk);
        noted = { ...at, keyword, statement: body.trim() };
        sensitive.push(noted);
      }
      trace?.(chunkIndex, statementOffset, text.length);
      const check = dqsCheckOf(body);
      const bodyOffset = statementOffset + (text.length - body.length);
      let note = check && !check.after ? dqsNote(db, db.strictError(body), check, sql, bodyOffset, chunk) : void 0;
      try {
        stmt.drain();
      } catch (error) {
        failure = failureAt(sql, statementOffset, chunk, error);
        break outer;
      } finally {
        stmt.finalize();
      }
      const probe = check?.after?.(db);
      if (check && probe) note = dqsNote(db, db.strictError(probe), check, sql, bodyOffset, chunk);
      if (note) dqs.push(note);
      if (noted?.keyword === "PRAGMA") noted.foreignKeys = foreignKeysOn(db);
    }
  }
  if (failure) {
    rollbackQuietly(db);
  } else if (script.transaction) {
    try {
      db.exec("COMMIT");
    } catch (error) {
      failure = { line: 1, column: 1, message: messageOf(error), statement: "COMMIT", atToolCommit: true };
      rollbackQuietly(db);
    }
  }
  if (failure) schemaWrites = "any";
  return {
    ok: !failure,
    failure,
    sensitive,
    bypassedChecks,
    ranPragma,
    schemaWrites,
    dqs,
    ms: performance.now() - started
  };
}
function foreignKeysOn(db) {
  const stmt = db.prepare("PRAGMA foreign_keys");
  try {
    return Number(stmt.rows()[0]?.[0]) === 1;
  } finally {
    stmt.finalize();
  }
}
function skipTriviaText(sql) {
  return sql.slice(skipTrivia(sql, 0));
}
function rollbackQuietly(db) {
  try {
    db.exec("ROLLBACK");
  } catch {
  }
}
function failureAt(sql, offset, chunk, error) {
  const start = skipTrivia(sql, offset);
  const at = positionIn(sql, start, chunk);
  const end = sql.indexOf(";", start);
  return {
    ...at,
    message: messageOf(error),
    statement: excerpt(sql.slice(start, end === -1 ? void 0 : end + 1))
  };
}
function messageOf(error) {
  return boundedMessage(error instanceof Error ? error.message : String(error));
}

// src/engine/replay/integrity.ts
var WHOLE_DATABASE = { integrity: "all", foreignKeys: "all" };
var IntegrityChecker = class {
  constructor(db) {
    this.db = db;
  }
  db;
  /** Prepared once (the table-valued forms take the table as a parameter): a replay asks thousands of times. */
  statements = /* @__PURE__ */ new Map();
  /** PRAGMA foreign_keys as last read; only a PRAGMA statement changes it (see pragmasRan). */
  enforced;
  /** A script ran a PRAGMA: foreign_keys is read again before the next check. */
  pragmasRan() {
    this.enforced = void 0;
  }
  rows(sql, param) {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt.rows(param === void 0 ? [] : [param]);
  }
  check(scope) {
    const problems = [];
    const integrity = scope.integrity === "all" ? this.rows("SELECT * FROM main.pragma_integrity_check") : scope.integrity.flatMap((t) => this.rows("SELECT * FROM main.pragma_integrity_check(?)", t));
    for (const [message] of integrity) {
      if (message !== "ok") problems.push(`integrity_check: ${String(message)}`);
    }
    this.enforced ??= this.rows("SELECT * FROM main.pragma_foreign_keys")[0]?.[0] === 1;
    const enforced = this.enforced;
    const targets = scope.foreignKeys === "all" || !enforced ? "all" : scope.foreignKeys;
    let violations;
    try {
      violations = targets === "all" ? this.rows("SELECT * FROM main.pragma_foreign_key_check") : targets.flatMap((t) => this.rows("SELECT * FROM main.pragma_foreign_key_check(?)", t));
    } catch (error) {
      problems.push(
        `foreign_key_check: ${error.message} (the referenced columns must exist and be a PRIMARY KEY or UNIQUE)`
      );
      return problems;
    }
    for (const [table, rowid, parent] of violations.slice(0, 5)) {
      problems.push(
        `foreign_key_check: row ${rowid === null ? "(without rowid)" : String(rowid)} of ${codeSpan(String(table))} references a missing row in ${codeSpan(String(parent))}`
      );
    }
    if (violations.length > 5) problems.push(`foreign_key_check: ${violations.length - 5} more violations`);
    return problems;
  }
};
function scopeOfStep(before, after, step, applicationFunctions, changedNames = changedTables(diffSchemas(before, after))) {
  const changed = changedNames.filter((name) => isTable(after, name));
  const togglesForeignKeys = step.sensitive.some((s) => s.keyword === "PRAGMA");
  const redefined = changed.filter((name) => isTable(before, name));
  const parents = new Set(redefined);
  const children = [];
  if (parents.size > 0 && !togglesForeignKeys) {
    const child = (o) => {
      if (o.kind === "table" && parentsOf(o).some((parent) => parents.has(parent)))
        children.push(foldCase(o.name));
    };
    if (after.objects instanceof LayeredMap)
      after.objects.withTerms(foreignKeyParents, parents).forEach(child);
    else after.objects.forEach(child);
  }
  return {
    integrity: step.bypassedChecks || applicationFunctions ? "all" : redefined,
    foreignKeys: togglesForeignKeys ? "all" : [.../* @__PURE__ */ new Set([...changed, ...children])]
  };
}
function foreignKeyParents(o) {
  return o.kind === "table" ? parentsOf(o) : [];
}
var referenced = /* @__PURE__ */ new WeakMap();
function parentsOf(table) {
  let parents = referenced.get(table);
  if (!parents) {
    parents = table.foreignKeys.map((fk) => foldCase(fk.table));
    referenced.set(table, parents);
  }
  return parents;
}
function isTable(schema, name) {
  return schema.objects.get(objectKey({ kind: "table", name }))?.kind === "table";
}

// src/engine/replay/mismatch.ts
function mismatchFinding(rule, diff, ctx, where) {
  const explanation = `${ctx.lead ?? ""}${explainDiff(diff, ctx)}`;
  const affinities = declaredTypeOnly(diff);
  const message = affinities ? `${explanation}; only the declared type differs, with the same SQLite type affinity (${affinities.join(", ")}): SQLite stores, compares and sorts the values alike and enforces no length, so only what reads declared types (an ORM, a schema dump) sees it; if it matters to them, ${ctx.advice}` : `${explanation}; ${ctx.problem ? `${ctx.problem} \u2014 ` : ""}${ctx.advice}`;
  const found = finding(rule, message, where);
  if (affinities) found.severity = "warning";
  const definitions = abbreviatedDefinitions(diff);
  if (definitions.length > 0) found.definitions = definitions;
  return found;
}
function downMismatch(v, diff, where, lead = "") {
  return mismatchFinding(
    "down-mismatch",
    diff,
    {
      actual: `after the down of ${v}`,
      expected: `before ${v}'s up`,
      lead,
      advice: "make the down undo exactly what the up did"
    },
    where
  );
}
function redoMismatch(v, diff, where) {
  return mismatchFinding(
    "redo-mismatch",
    diff,
    {
      actual: `after ${v}'s up ran again`,
      expected: "after its first up",
      problem: "the up does not give the same schema twice",
      advice: "check what the down leaves behind"
    },
    where
  );
}
function columnOrderFinding(v, diff, redoToo, where) {
  const explanation = explainDiff(diff, { actual: `after the down of ${v}`, expected: `before ${v}'s up` });
  const redoNote = redoToo ? ", so running the up again gives the columns in another order too" : "";
  return finding(
    "down-column-order",
    `${explanation}${redoNote}; no data is lost, but code that relies on column order (SELECT *, INSERT without column names) sees a different table: if that matters, have the down rebuild the table with its columns in the old order`,
    where
  );
}

// src/core/replay-chain.ts
function chainKeys(seed, steps) {
  let key = digest(JSON.stringify(seed));
  return steps.map((step) => {
    key = digest(`${key}
${JSON.stringify(step)}`);
    return key;
  });
}
function migrationStep(migration, downChecked) {
  return {
    version: migration.version,
    name: migration.name,
    files: migration.files,
    up: scriptStep(migration.up),
    down: scriptStep(migration.down),
    verify: scriptStep(migration.verify),
    code: migration.code ?? null,
    downChecked
  };
}
function scriptStep(script) {
  if (!script) return null;
  return [script.file, script.transaction, script.chunks.map((c) => [c.line, c.column, c.sql])];
}
function digest(text) {
  return digestOf("sha256", text, "hex");
}

// src/engine/replay/prefix-record.ts
function encodeRecord(record) {
  return { ...record, models: record.models.map(([key, obj]) => [key, JSON.stringify(obj)]) };
}
var shared = /* @__PURE__ */ new Map();
var SHARED_LIMIT = 5e4;
function decodeRecord(record, engine) {
  const models = [];
  for (const [key, text] of record.models) {
    const at = `${engine}\0${key}`;
    let obj = shared.get(at);
    if (!obj) {
      try {
        obj = JSON.parse(text);
      } catch {
        return void 0;
      }
      if (shared.size >= SHARED_LIMIT) shared.clear();
      shared.set(at, obj);
    }
    models.push([key, obj]);
  }
  return { ...record, models };
}
function cachedVerdicts(record) {
  return {
    migrations: record.reports,
    findings: [...record.findings, ...record.final ?? []],
    // The models are those of the objects of the last read (see SchemaReader.exportModels).
    schema: makeSchema(record.models.map(([, obj]) => obj)),
    touched: new Map(record.touched)
  };
}
function readRecord(value, count, engine) {
  const stored = asStored(value, count);
  return stored && decodeRecord(stored, engine);
}
function asStored(value, count) {
  if (typeof value !== "object" || value === null) return void 0;
  const r = value;
  const arrays = [r.reports, r.findings, r.touched, r.reportedIntegrity, r.pragmas, r.models];
  if (r.count !== count || !arrays.every(Array.isArray) || r.reports?.length !== count) return void 0;
  if (r.final !== void 0 && !Array.isArray(r.final)) return void 0;
  const model = (m) => Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && typeof m[1] === "string";
  return r.models?.every(model) ? r : void 0;
}

// src/engine/replay/prefix-cache.ts
var CONNECTION_PRAGMAS = [
  "foreign_keys",
  "legacy_alter_table",
  "recursive_triggers",
  "automatic_index",
  "reverse_unordered_selects",
  "ignore_check_constraints",
  "trusted_schema",
  "cell_size_check",
  "writable_schema",
  "query_only"
];
var UNREADABLE_SETTING = /case_sensitive_like/i;
var PrefixCache = class _PrefixCache {
  constructor(entries2, keys, engine) {
    this.entries = entries2;
    this.keys = keys;
    this.engine = engine;
  }
  entries;
  keys;
  engine;
  /**
   * The cache for this replay, or undefined when it cannot be trusted to give the cold run's answer: no
   * cache directory, or application functions (JavaScript lockstep cannot fingerprint).
   */
  static open(set, options, engine, downChecked) {
    if (!options.cache || Object.keys(options.functions ?? {}).length > 0) return void 0;
    const seed = {
      lockstep: VERSION,
      build: BUILD,
      engine,
      layout: set.layout,
      transaction: set.transaction ?? null,
      hasDowns: set.hasDowns,
      downPolicy: options.downPolicy,
      idempotent: options.idempotent ?? false,
      baseline: options.baseline ? migrationStep({ version: "", name: "", files: [], up: options.baseline }, false) : null,
      replacements: options.cache.replacements ?? null,
      // Data mode changes verdicts: its seed and seed files are part of every key.
      data: options.data ? {
        seed: options.data.seed,
        seeds: options.data.seeds.map((s) => ({
          after: s.after,
          file: s.script.file,
          sql: s.script.chunks
        }))
      } : null
    };
    const steps = set.migrations.map((m) => migrationStep(m, downChecked(m)));
    return new _PrefixCache(
      new ReplayCache(options.cache.dir),
      chainKeys(seed, steps),
      `${engine.name} ${engine.sqlite}`
    );
  }
  /**
   * The verdicts of the whole history when its entry has them with its final check's findings: nothing is
   * left to run, so the entry's database is neither read back nor checked.
   */
  wholeHistory() {
    const count = this.keys.length;
    const key = this.keys[count - 1];
    const entry2 = key === void 0 ? void 0 : this.entries.get(key);
    const record = entry2 && readRecord(entry2.record, count, this.engine);
    return record?.final ? cachedVerdicts(record) : void 0;
  }
  /**
   * The longest stored prefix whose entry is sound, with its database bytes; without them when the prefix is
   * the whole history and its record has the final check's findings (nothing is left to run on it).
   */
  longest() {
    const listed2 = this.entries.storedKeys();
    for (let count = this.keys.length; count >= 1; count--) {
      const key = this.keys[count - 1];
      if (!listed2.has(key)) continue;
      const entry2 = this.entries.get(key);
      const record = entry2 && readRecord(entry2.record, count, this.engine);
      if (!entry2 || !record) continue;
      if (count === this.keys.length && record.final) return { record };
      const database = entry2.database();
      if (database) return { record, database };
    }
    return void 0;
  }
  /**
   * Stores the state after the first `record.count` migrations, unless the database holds what its file
   * would not carry: an open transaction, temporary objects of the migrations, a setting not readable back.
   */
  store(db, record, migrations) {
    const key = this.keys[record.count - 1];
    if (!key || this.entries.has(key)) return;
    const image = connectionImage(
      db,
      migrations.flatMap((m) => [m.up, m.down])
    );
    if (image)
      this.entries.put({
        key,
        record: encodeRecord({ ...record, pragmas: image.pragmas }),
        database: image.bytes
      });
  }
};
function connectionImage(db, scripts) {
  if (scripts.some((s) => s?.chunks.some((c) => UNREADABLE_SETTING.test(c.sql)))) return void 0;
  if (inTransaction(db) || hasTemporaryObjects(db)) return void 0;
  const pragmas = CONNECTION_PRAGMAS.map((name) => [name, readPragma(db, name)]);
  return { bytes: db.export(), pragmas };
}
function restorePragmas(db, pragmas) {
  for (const [name, value] of pragmas) {
    if (!CONNECTION_PRAGMAS.includes(name) || typeof value !== "number" && value !== null) continue;
    if (value !== null) db.exec(`PRAGMA ${name} = ${Math.trunc(value)}`);
  }
}
function readPragma(db, name) {
  const stmt = db.prepare(`PRAGMA ${name}`);
  try {
    return stmt.rows()[0]?.[0] ?? null;
  } finally {
    stmt.finalize();
  }
}
function inTransaction(db) {
  try {
    db.exec("BEGIN");
  } catch {
    return true;
  }
  db.exec("ROLLBACK");
  return false;
}
function hasTemporaryObjects(db) {
  const stmt = db.prepare(
    "SELECT count(*) FROM temp.sqlite_schema WHERE name NOT LIKE '\\_\\_lockstep\\_%' ESCAPE '\\'"
  );
  try {
    return Number(stmt.rows()[0]?.[0] ?? 0) > 0;
  } finally {
    stmt.finalize();
  }
}

// src/engine/replay/transaction-notes.ts
var FOREIGN_KEYS_OFF = /\bforeign_keys\s*(?:=\s*|\(\s*)['"]?(?:off|0|false|no)\b/i;
var ROLLBACK_TO_SAVEPOINT = /^rollback\s+(?:transaction\s+)?to\b/i;
function noteTransactionControl(findings, set, migration, script, result) {
  const tool = toolOf(set.layout);
  const runner = runnerOf(tool);
  const at = (s) => ({
    version: migration.version,
    file: script.file,
    line: s.line,
    column: s.column
  });
  const control = result.sensitive.filter((s) => s.keyword !== "PRAGMA");
  const { failure } = result;
  const optOut = set.transaction ? void 0 : optOutAdvice(tool);
  if (script.transaction && failure) {
    const begin = control.find(
      (s) => s.keyword === "BEGIN" && s.line === failure.line && s.column === failure.column
    );
    const ended = failure.atToolCommit && [...control].reverse().find(endsTransaction);
    if (begin) {
      const remedy = optOut ? `remove the file's own BEGIN/COMMIT, or let the file run as written: ${optOut}` : `remove the file's own BEGIN/COMMIT: ${runner} has no way to run one file outside its transaction`;
      findings.push(
        finding(
          "transaction-control",
          `${script.file}: BEGIN at line ${begin.line} runs inside the transaction ${runner} already runs the file in, where it fails with "cannot start a transaction within a transaction"; ${remedy}`,
          at(begin)
        )
      );
    } else if (ended && /no transaction is active/.test(failure.message)) {
      findings.push(
        finding(
          "transaction-control",
          `${script.file}: ${ended.keyword} at line ${ended.line} ends the transaction ${runner} runs the file in, so what follows runs outside any transaction and ${runner}'s own COMMIT after the file fails with "cannot commit - no transaction is active"; remove it${optOut ? `, or let the file run as written: ${optOut}` : ", or open a new transaction (BEGIN) before the file ends"}`,
          at(ended)
        )
      );
    }
  } else if (!script.transaction && result.ok) {
    const open = unclosedBegin(control);
    if (open) {
      findings.push(
        finding(
          "transaction-control",
          `${script.file} opens a transaction at line ${open.line} that it never closes: the next migration's statements run inside it, and a failure rolls them back together; end the file with COMMIT`,
          at(open)
        )
      );
    }
  }
  const ignored = result.sensitive.filter(
    (s) => s.keyword === "PRAGMA" && s.foreignKeys === true && FOREIGN_KEYS_OFF.test(s.statement)
  );
  const pragma = ignored[0];
  if (!pragma) return;
  const also = ignored.slice(1).map((s) => `line ${s.line}`);
  const where = `${script.file}:${pragma.line}${also.length > 0 ? ` (and ${also.join(", ")})` : ""}`;
  findings.push(
    finding(
      "fk-pragma-in-transaction",
      `${codeSpan(excerpt(pragma.statement, 80))} at ${where} is a no-op where it stands: ${whyIgnored(tool, set, runner, script, result.sensitive, pragma)}`,
      at(pragma)
    )
  );
}
function endsTransaction(s) {
  return s.keyword === "COMMIT" || s.keyword === "END" || s.keyword === "ROLLBACK" && !ROLLBACK_TO_SAVEPOINT.test(s.statement);
}
function whyIgnored(tool, set, runner, script, sensitive, pragma) {
  let open = script.transaction ? "tool" : void 0;
  for (const s of sensitive.slice(0, sensitive.indexOf(pragma))) {
    if (s.keyword === "BEGIN") open = s;
    else if (endsTransaction(s)) open = void 0;
  }
  if (open !== "tool") {
    const begun = open ? `the file's own BEGIN at line ${open.line} opened a transaction` : "a transaction is open there";
    return `${begun}, where SQLite ignores it, so foreign keys stay on through what follows; turn them off before the BEGIN and back on after the COMMIT`;
  }
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  const stays = "where SQLite ignores it, so foreign keys stay as the connection has them through what follows (with them on, a DROP TABLE deletes or blocks the rows that reference it)";
  if (wraps === tool.transaction.wraps && tool.transaction.pragmaIgnored)
    return tool.transaction.pragmaIgnored;
  if (wraps === "all-pending")
    return `the database's "transaction": "all" says ${runner} runs every pending migration in one transaction, ${stays}; turn foreign keys off on the connection before the runner starts its transaction, and back on after`;
  return `${runner} runs the file inside a transaction, ${stays}; ${(set.transaction ? void 0 : optOutAdvice(tool)) ?? "run it outside the transaction"}`;
}
function unclosedBegin(control) {
  let open;
  for (const s of control) {
    if (s.keyword === "BEGIN") open ??= s;
    else if (!(s.keyword === "ROLLBACK" && ROLLBACK_TO_SAVEPOINT.test(s.statement))) open = void 0;
  }
  return open;
}

// src/engine/replay/replay-steps.ts
var ReplayState = class {
  constructor(options) {
    this.options = options;
  }
  options;
  db;
  reader;
  integrity;
  applied = [];
  reportedIntegrity = /* @__PURE__ */ new Set();
  async open() {
    this.db = await this.fresh(this.options.start);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }
  /** A new connection on `bytes` (or an empty database), with the application's functions. */
  async fresh(bytes) {
    const engine = await loadEngine(this.options.engine);
    const db = bytes ? engine.openBytes(bytes) : engine.openMemory();
    for (const [name, fn] of Object.entries(this.options.functions ?? {})) db.defineFunction(name, fn);
    return db;
  }
  /** Every script goes through here, so the integrity checker hears of every PRAGMA. */
  run(script) {
    const trace = this.options.trace;
    const result = executeScript(
      this.db,
      script,
      this.options.rewrite,
      trace && ((chunk, offset, length) => trace.statement(script, chunk, offset, length))
    );
    trace?.settled(script);
    if (result.ranPragma) this.integrity.pragmasRan();
    return result;
  }
  /** The database a verified prefix left (a cache entry), with the connection's settings as they were. */
  async load(bytes, pragmas) {
    this.db.close();
    this.db = (await loadEngine(this.options.engine)).openBytes(bytes);
    restorePragmas(this.db, pragmas);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }
  recordApplied(script) {
    this.applied.push(script);
  }
  /** Replays every applied up into a fresh database: the state right after the last up, untouched by any down. */
  async rebuild() {
    this.db.close();
    const image = this.image;
    this.db = await this.fresh(image?.bytes ?? this.options.start);
    if (image) restorePragmas(this.db, image.pragmas);
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
    for (const script of this.applied.slice(image?.count ?? 0)) this.run(script);
    this.keepImage(this.db);
  }
  /**
   * The history without data as it stood at the last rebuild, so that the next rebuild (a replay with data
   * rebuilds after every up that fails only with rows) replays only the ups since, not the whole history
   * again. Not kept where a replay starts from a real database: that history is not without data.
   */
  image;
  keepImage(db) {
    if (this.options.start) return;
    const image = connectionImage(db, this.applied);
    this.image = image && { ...image, count: this.applied.length };
  }
  /** Application functions may be non-deterministic, and an index built on one can drift from its table. */
  get hasFunctions() {
    return Object.keys(this.options.functions ?? {}).length > 0;
  }
  /** Whether `script` runs on the same history without any data: a failure that only rows cause. */
  async passesEmpty(script) {
    const image = this.options.start ? void 0 : this.image;
    const db = await this.fresh(image?.bytes);
    try {
      if (image) restorePragmas(db, image.pragmas);
      for (const applied of this.applied.slice(image?.count ?? 0))
        executeScript(db, applied, this.options.rewrite);
      this.keepImage(db);
      return executeScript(db, script, this.options.rewrite).ok;
    } finally {
      db.close();
    }
  }
  close() {
    this.db.close();
  }
};
async function verifyDown(state, set, migration, before, after, report, findings, onRestored) {
  const down = migration.down;
  const up = migration.up;
  const v = migration.version;
  const result = state.run(down);
  noteTransactionControl(findings, set, migration, down, result);
  noteDqs(findings, set, migration, down, result.dqs);
  if (!result.ok && result.failure) {
    report.down = "failed";
    findings.push(
      finding(
        "down-failed",
        `the down of ${v} failed at ${down.file}:${result.failure.line}:${result.failure.column} (${quoteStatement(result.failure.statement)}): ${result.failure.message}; fix the down so ${v} can be rolled back`,
        { version: v, file: down.file, line: result.failure.line, column: result.failure.column }
      )
    );
    return down.transaction ? "rolled-back" : "rebuild";
  }
  const afterDown = state.reader.read(result.schemaWrites);
  checkIntegrity(
    state,
    findings,
    migration,
    down.file,
    `after the down of ${migration.version}`,
    scopeOfStep(after, afterDown, result, state.hasFunctions)
  );
  const downDiff = diffSchemas(before, afterDown);
  let columnOrder;
  if (!isEmptyDiff(downDiff)) {
    if (!isColumnOrderOnly(downDiff)) {
      report.down = "mismatch";
      const lead = isBlank(down) ? `the down of ${v} is empty but its up changed the schema: ` : "";
      findings.push(downMismatch(v, downDiff, { version: v, file: down.file, line: startLine(down) }, lead));
      return "rebuild";
    }
    columnOrder = downDiff;
  }
  report.down = "ok";
  onRestored?.(afterDown);
  const redo = state.run(up);
  if (!redo.ok && redo.failure) {
    report.redo = "mismatch";
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again at ${up.file}:${redo.failure.line}:${redo.failure.column}: ${redo.failure.message}; the down does not undo everything the up needs to run`,
        { version: v, file: up.file, line: redo.failure.line, column: redo.failure.column }
      )
    );
    return "rebuild";
  }
  const afterRedo = state.reader.read(redo.schemaWrites);
  const redoDiff = diffSchemas(after, afterRedo);
  const redoOrderOnly = !isEmptyDiff(redoDiff) && isColumnOrderOnly(redoDiff);
  if (columnOrder) {
    findings.push(
      columnOrderFinding(v, columnOrder, redoOrderOnly, {
        version: v,
        file: down.file,
        line: startLine(down)
      })
    );
  }
  if (isEmptyDiff(redoDiff) || redoOrderOnly && columnOrder) {
    report.redo = "ok";
    return redoOrderOnly ? "rebuild" : "unchanged";
  }
  report.redo = "mismatch";
  findings.push(redoMismatch(v, redoDiff, { version: v, file: up.file, line: startLine(up) }));
  return "rebuild";
}
function checkIntegrity(state, findings, migration, file, when, scope) {
  findings.push(
    ...integrityFindings(state.integrity.check(scope), state.reportedIntegrity, migration, file, when)
  );
}
function integrityFindings(problems, reported, migration, file, when) {
  const out = [];
  for (const problem of problems) {
    if (reported.has(problem)) continue;
    reported.add(problem);
    out.push(
      finding("integrity", `${when}, ${problem}; fix the data or constraints the step leaves`, {
        version: migration.version,
        file
      })
    );
  }
  return out;
}
function quoteStatement(statement) {
  return codeSpan(excerpt(statement, 80));
}
function startLine(script) {
  return script.chunks[0]?.line ?? 1;
}
function isBlank(script) {
  return script.chunks.every((c) => c.sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim() === "");
}

// src/engine/replay/replay-position.ts
var SLOTS = 7;
function scriptIds(set, baseline) {
  const ids = /* @__PURE__ */ new Map();
  if (baseline) ids.set(baseline, -1);
  for (const [i, m] of set.migrations.entries()) {
    if (m.up) ids.set(m.up, 2 * i);
    if (m.down) ids.set(m.down, 2 * i + 1);
  }
  return ids;
}
function readPosition(position) {
  return {
    phase: Atomics.load(position, 1 /* Phase */),
    script: position[2 /* Script */] ?? -2,
    chunk: position[3 /* Chunk */] ?? 0,
    offset: position[4 /* Offset */] ?? 0,
    length: position[5 /* Length */] ?? 0,
    again: position[6 /* Again */] === 1
  };
}
function timeoutFinding(set, baseline, rewrite, at, seconds, done) {
  const budget = `its time budget of ${seconds} s`;
  const next = `; if it is only slow, raise "timeout" in the config (or pass --timeout SECONDS)`;
  const migration = at.script >= 0 ? set.migrations[at.script >> 1] : void 0;
  const script = at.script === -1 ? baseline : at.script >= 0 ? at.script % 2 === 0 ? migration?.up : migration?.down : void 0;
  const current = set.migrations[done.length];
  const report = current ? stuckReport(current, at, migration) : void 0;
  if (!script) {
    const where = current ? ` while replaying ${current.version}` : "";
    return {
      finding: finding(
        "timeout",
        `the replay ran past ${budget}${where}; it was stopped, and nothing after it was replayed${next}`,
        {
          version: current?.version
        }
      ),
      report
    };
  }
  const which = at.script === -1 ? "the baseline" : `the ${at.script % 2 === 0 ? "up" : "down"} of ${migration?.version}`;
  const again = !at.again ? "" : current === migration ? " (run again after its down)" : " (run again to rebuild the database after a down left it wrong)";
  const version = migration?.version;
  if (at.phase !== 2 /* Statement */) {
    return {
      finding: finding(
        "timeout",
        `lockstep's own checks after ${which} (${script.file}) ran past ${budget}; the replay was stopped, and nothing after it was replayed${next}`,
        { version, file: script.file }
      ),
      report
    };
  }
  const chunk = script.chunks[at.chunk] ?? script.chunks[0];
  const sql = chunk ? rewrite ? rewrite(chunk.sql) : chunk.sql : "";
  const start = skipTrivia(sql, at.offset);
  const { line, column } = chunk ? positionIn(sql, start, chunk) : { line: 1, column: 1 };
  const statement = quoteStatement(sql.slice(start, at.offset + at.length));
  return {
    finding: finding(
      "timeout",
      `a statement of ${which}${again} ran past ${budget} at ${script.file}:${line}:${column} (${statement}): it was stopped, and the migrations after it were not replayed; make it finish (a recursive query needs a condition that ends it)${next}`,
      { version, file: script.file, line, column }
    ),
    report
  };
}
function stuckReport(current, at, running) {
  const report = {
    version: current.version,
    name: current.name,
    files: current.files,
    up: "not-run",
    down: "not-run",
    redo: "not-run",
    ms: 0
  };
  if (running !== current) return report;
  if (at.script % 2 === 0 && !at.again) report.up = "failed";
  else if (at.script % 2 === 0) {
    report.up = "ok";
    report.down = "ok";
  } else {
    report.up = "ok";
    report.down = "failed";
  }
  return report;
}

export {
  inlineCode,
  codeTicks,
  escapeMarkdown,
  escapeProse,
  ReplayCache,
  LayeredMap,
  diffSchemas,
  isEmptyDiff,
  isColumnOrderOnly,
  changedTables,
  affinityOf,
  describeObject,
  tableLines,
  KIND_WORDS,
  objectKey,
  serializeSchema,
  makeSchema,
  withoutTables,
  schemaOf,
  renderDiffText,
  renderDiffMarkdown,
  summarizeDiff,
  countDiff,
  cachedVerdicts,
  PrefixCache,
  quoteIdent,
  sqlLiteral,
  statementSpans,
  noteDqs,
  SchemaReader,
  executeScript,
  WHOLE_DATABASE,
  IntegrityChecker,
  scopeOfStep,
  downMismatch,
  redoMismatch,
  columnOrderFinding,
  noteTransactionControl,
  ReplayState,
  verifyDown,
  checkIntegrity,
  integrityFindings,
  quoteStatement,
  isBlank,
  SLOTS,
  scriptIds,
  readPosition,
  timeoutFinding
};
