import type { SqlDatabase as Database } from "../../src/adapters/sqlite/engine.js";
import { integrityProblems, schemaStructure } from "./structure.js";

export interface UpDown {
  version: string;
  name: string;
  up: string;
  down: string;
}

const snapshot = (db: Database): string => JSON.stringify(schemaStructure(db));

/**
 * Applies each migration up, down, up on `db` and returns what went wrong (empty when clean): a down that
 * does not restore the structure from before the up, a redo that differs from the first up, an up that
 * changes nothing, integrity problems, or a statement that fails (which ends the replay: what follows would
 * only be noise). `afterUp` runs once each migration is finally applied.
 */
export function replayUpDownUp(
  db: Database,
  migrations: UpDown[],
  afterUp?: (m: UpDown) => void,
  requireChange = true,
): string[] {
  const problems: string[] = [];
  for (const m of migrations) {
    const label = `${m.version}_${m.name}`;
    let step = "up";
    try {
      const before = snapshot(db);
      db.exec(m.up);
      const after = snapshot(db);
      if (requireChange && after === before) problems.push(`${label}: up changes no schema`);
      step = "down";
      db.exec(m.down);
      if (snapshot(db) !== before) problems.push(`${label}: down does not restore the schema`);
      step = "redo";
      db.exec(m.up);
      if (snapshot(db) !== after) problems.push(`${label}: redo differs from the first up`);
      for (const p of integrityProblems(db)) problems.push(`${label}: ${p}`);
      afterUp?.(m);
    } catch (error) {
      problems.push(`${label}: ${step} failed: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
  }
  return problems;
}
