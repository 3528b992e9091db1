import { objectKey } from "../core/schema/index.js";
import { foldCase } from "../core/sql/tokenize.js";
import type { CachedQueries, SqlValue } from "./cached-queries.js";
import type { RowChanges, State } from "./reader-state.js";
import { type CopiedRow, copied, isVirtual, rowsNamed } from "./schema-rows.js";
import type { MixedWrites } from "./schema-writes.js";

/**
 * Reads after a script that, by its statements, only added rows (CREATE), only removed the named objects' rows
 * (DROP), only rewrote the named tables' rows in place (ALTER … ADD/DROP COLUMN), or did those and RENAME TO
 * together. Each is one query on sqlite_schema, compared in JS with the rows the last read saw; the row count
 * (and, for new rows only, the row that had the largest rowid) confirms the claim, and `undefined` sends the
 * caller to a full delta read.
 */

const COUNT = "(SELECT count(*) FROM main.sqlite_schema) AS total";

/** Rows by a condition on rowid, and how many rows sqlite_schema has (0 when no row matched). */
function fetch(queries: CachedQueries, where: string, params: SqlValue[]) {
  const raw = queries.all<CopiedRow & { total: number }>(
    `SELECT rowid AS rid, type, name, tbl_name, sql, ${COUNT} FROM main.sqlite_schema WHERE ${where}`,
    params,
  );
  return { rows: raw.map(copied), total: raw[0]?.total ?? 0 };
}

/**
 * `rowid IN (?, ?)`: one statement per count of rowids, which SQLite re-prepares faster than json_each (every
 * statement is re-prepared after a schema change); a long list goes as one JSON parameter.
 */
function rowidIn(rids: readonly number[]): [string, SqlValue[]] {
  if (rids.length > 16) return ["rowid IN (SELECT value FROM json_each(?))", [JSON.stringify(rids)]];
  return [`rowid IN (${rids.map(() => "?").join(", ")})`, [...rids]];
}

/** Only CREATEs: every new row has a rowid above the largest one seen, which is still the same object. */
export function readInserted(queries: CachedQueries, base: State): RowChanges | undefined {
  const { rows, total } = fetch(queries, "rowid >= ?", [base.maxRid]);
  const last = base.rows.get(base.maxRid);
  const lastKept =
    base.maxRid === 0 ||
    rows.some(
      (r) => r.rid === base.maxRid && last !== undefined && last.name === r.name && last.type === r.type,
    );
  const fresh = rows.filter((r) => r.rid > base.maxRid);
  if (!lastKept || base.rows.size + fresh.length !== total) return undefined;
  return { added: fresh, removed: [] };
}

/**
 * Only DROPs of the named objects (folded names): the rows that can be gone are theirs and their tables'
 * (indexes, triggers, autoindexes); the row count confirms nothing else went.
 */
export function readDropped(
  queries: CachedQueries,
  base: State,
  names: readonly string[],
): RowChanges | undefined {
  const candidates = new Map<number, CopiedRow>();
  for (const r of rowsNamed(base.rows, new Set(names))) candidates.set(r.rid, r);
  const [where, params] = rowidIn([...candidates.keys()]);
  const kept =
    candidates.size > 0 ? `(SELECT group_concat(rowid) FROM main.sqlite_schema WHERE ${where})` : "NULL";
  const [answer] = queries.all<{ total: number; kept: string | null }>(
    `SELECT ${COUNT}, ${kept} AS kept`,
    candidates.size > 0 ? params : [],
  );
  if (!answer) return undefined;
  for (const rid of answer.kept?.split(",") ?? []) candidates.delete(Number(rid));
  const gone = [...candidates.values()];
  if (base.rows.size - gone.length !== answer.total) return undefined;
  return { added: [], removed: gone };
}

/** Only ADD/DROP COLUMN of the named tables (folded names), which rewrite each table's row where it is. */
export function readAltered(
  queries: CachedQueries,
  base: State,
  tables: readonly string[],
): RowChanges | undefined {
  const rids: number[] = [];
  for (const name of tables) {
    const rid = base.sources.get(objectKey({ kind: "table", name }))?.rid;
    if (rid === undefined) return undefined;
    rids.push(rid);
  }
  const { rows, total } = fetch(queries, ...rowidIn(rids));
  const same = (r: CopiedRow, o: CopiedRow | undefined) =>
    o !== undefined &&
    r.type === "table" &&
    o.type === "table" &&
    o.name === r.name &&
    tables.includes(r.folded);
  const old = rows.map((r) => base.rows.get(r.rid));
  if (rows.length !== tables.length || total !== base.rows.size) return undefined;
  if (!rows.every((r, i) => same(r, old[i]))) return undefined;
  const added: CopiedRow[] = [];
  const removed: CopiedRow[] = [];
  rows.forEach((r, i) => {
    const o = old[i] as CopiedRow;
    if (o.sql === r.sql && o.tbl_name === r.tbl_name) return;
    added.push(r);
    removed.push(o);
  });
  return { added, removed };
}

/**
 * CREATEs, DROPs, ADD/DROP COLUMN and RENAME TO together (a table rebuild). Rows that can be gone or rewritten
 * are those of the named objects and their tables, and rows whose SQL names a renamed table (SQLite rewrites
 * every reference to it); new rows have rowids above the largest one seen, or are among the rows fetched, or
 * the count does not add up. A dropped or renamed virtual table (its shadow tables go along under other names)
 * is left to a full read.
 */
export function readMixed(queries: CachedQueries, base: State, writes: MixedWrites): RowChanges | undefined {
  const names = new Set([...writes.drops, ...writes.alters]);
  const renamed = writes.renames.map(({ from }) => from);
  for (const { from, to } of writes.renames) names.add(from).add(to);
  const candidates: number[] = [];
  // Without a rename only the named rows can change; a rename also rewrites whatever mentions the table.
  for (const r of renamed.length === 0 ? rowsNamed(base.rows, names) : base.rows.values()) {
    if (names.has(r.folded) || names.has(r.foldedTable)) {
      if (isVirtual(r)) return undefined;
    } else if (renamed.length === 0 || !mentions(r, renamed)) continue;
    candidates.push(r.rid);
  }
  const [inCandidates, params] = candidates.length > 0 ? rowidIn(candidates) : ["0", []];
  const { rows, total } = fetch(queries, `rowid > ? OR ${inCandidates}`, [base.maxRid, ...params]);
  const added: CopiedRow[] = [];
  const removed: CopiedRow[] = [];
  const seen = new Set<number>();
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
  // Rows not fetched are taken as unchanged: the count confirms no new row hides among them.
  if (base.rows.size - gone + fresh !== total) return undefined;
  return { added, removed };
}

/** Whether the row's SQL contains one of the (folded) names anywhere: a superset of what refers to them. */
function mentions(r: CopiedRow, names: readonly string[]): boolean {
  if (r.sql === null) return false;
  r.foldedSql ??= foldCase(r.sql);
  const text = r.foldedSql;
  return names.some((name) => text.includes(name));
}
