import { open, readFile, stat } from "node:fs/promises";
import { LockstepError } from "../core/errors.js";
import { kindOf } from "./regular-file.js";
import { queryRows, type SqlDatabase, type SqlEngine } from "./sqlite/engine.js";

const SQLITE_HEADER = "SQLite format 3\0";

/** The wasm engine's whole heap (WebAssembly memory): a larger file cannot be loaded into it. */
const MAX_DATABASE_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * A real database's bytes. SQLite never opens the file itself (the engine loads a copy into memory), so
 * nothing is written beside it: no -journal, no -wal, no change to the file's bytes.
 */
export async function readDatabaseFile(abs: string, source: string): Promise<Uint8Array> {
  const info = await stat(abs).catch((cause) => {
    throw new LockstepError("usage", `${source} does not exist; give the path of a SQLite database file`, {
      cause,
    });
  });
  // Never opened unless it is a regular file: a FIFO would wait for a writer forever.
  if (!info.isFile())
    throw new LockstepError("usage", `${source} is ${kindOf(info)}, not a SQLite database file`);
  if (info.size >= MAX_DATABASE_BYTES)
    throw new LockstepError(
      "usage",
      `${source} is 2 GiB or larger, more than the in-memory SQLite engine of lockstep can hold`,
    );
  const header = await readHeader(abs).catch((cause) => {
    throw new LockstepError(
      "io",
      `${source} cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"}); check its permissions`,
      { cause },
    );
  });
  if (header !== SQLITE_HEADER)
    throw new LockstepError("usage", `${source} is not a SQLite database file (no SQLite header)`);
  return readFile(abs);
}

async function readHeader(abs: string): Promise<string> {
  const handle = await open(abs, "r");
  try {
    const buffer = Buffer.alloc(16);
    await handle.read(buffer, 0, 16, 0);
    return buffer.toString("latin1");
  } finally {
    await handle.close();
  }
}

/** An in-memory copy of the bytes, with a message naming the file when they are not a database. */
export function openCopy(engine: SqlEngine, bytes: Uint8Array, source: string): SqlDatabase {
  try {
    const db = engine.openBytes(bytes);
    db.prepare("SELECT count(*) FROM sqlite_schema").finalize();
    return db;
  } catch (cause) {
    throw new LockstepError(
      "io",
      `${source} cannot be read as a SQLite database: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}

/** The names of the database's tables. */
export function tableNames(db: SqlDatabase): string[] {
  return queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map((r) =>
    String(r[0]),
  );
}
