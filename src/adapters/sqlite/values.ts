/** A function's JavaScript result as SQLite stores it: a boolean as 1 or 0, nothing as NULL. */
export function toSqlResult(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** An engine error's message as SQLite gave it, without the wrapper's prefix. */
export function sqliteMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^SQLITE_[A-Z_]+: sqlite3 result code \d+: /, "");
}
