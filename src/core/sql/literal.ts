/** A value as SQLite hands it over: what `sqlLiteral` writes back as SQL. */
export type LiteralValue = number | string | Uint8Array | bigint | null;

/** An identifier always double-quoted, so keywords and odd characters read as one name. */
export function quoteIdent(name: string): string {
  return `"${name.split('"').join('""')}"`;
}

/**
 * The SQL literal that stores exactly `value` again: text with its quotes doubled (newlines kept), blobs as
 * X'..', reals in JavaScript's shortest round-trip form (and `2.0`, not `2`, so the value stays a REAL).
 * `real`: SQLite's typeof() said real, since both engines give integers and integral reals as the same number.
 */
export function sqlLiteral(value: LiteralValue, real = false): string {
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
