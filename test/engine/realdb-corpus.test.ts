import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runDrift } from "../../src/engine/realdb/drift.js";
import { openRealDatabase } from "../../src/engine/realdb/real-database.js";
import { runReplayOn } from "../../src/engine/realdb/replay-on.js";
import { CORPORA, present } from "../helpers/corpora.js";
import { snapshot } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

const DBMATE = resolve(import.meta.dirname, "../../node_modules/@dbmate/linux-x64/bin/dbmate");
const SET = join(CORPORA, "ncps-dbmate");

describe.runIf(present)("ncps-dbmate migrated by the real dbmate", () => {
  it("status: all 14 applied; drift: none (dbmate's schema is the replay's); --on: nothing to replay, the file untouched", async () => {
    const db = join(tempTree({}), "ncps.db");
    const run = spawnSync(
      DBMATE,
      ["--no-dump-schema", "--migrations-dir", join(SET, "db/migrations/sqlite"), "up"],
      { env: { DATABASE_URL: `sqlite:${db}`, PATH: process.env.PATH }, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const before = snapshot(db);
    const req = { cwd: SET, file: db, engine: "wasm" as const, cache: false as const };
    const real = await openRealDatabase(req);
    expect(real.status?.entries.map((e) => e.state)).toEqual(Array(14).fill("applied"));
    const drift = await runDrift(req);
    expect(drift.diff.added.length + drift.diff.removed.length + drift.diff.changed.length).toBe(0);
    const on = await runReplayOn(req);
    expect(on.applied).toHaveLength(14);
    expect(on.report.migrations).toEqual([]);
    const after = snapshot(db);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.beside).toEqual(before.beside);
  });
});
