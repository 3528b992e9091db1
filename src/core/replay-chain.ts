import { digestOf } from "./digest.js";
import type { Migration, MigrationScript } from "./migration.js";

/**
 * Keys for the verified-prefix cache: key k stands for "the database and the verdicts after migration k",
 * and folds in everything before it, so a change anywhere earlier (an edited file, another order, a down
 * checked or not, another engine or lockstep) gives every later key a new value.
 */
export function chainKeys(seed: unknown, steps: readonly unknown[]): string[] {
  let key = digest(JSON.stringify(seed));
  return steps.map((step) => {
    key = digest(`${key}\n${JSON.stringify(step)}`);
    return key;
  });
}

/** What of a migration decides its replay: its scripts as read (file, position, text), and whether its down is checked. */
export function migrationStep(migration: Migration, downChecked: boolean): unknown {
  return {
    version: migration.version,
    name: migration.name,
    files: migration.files,
    up: scriptStep(migration.up),
    down: scriptStep(migration.down),
    verify: scriptStep(migration.verify),
    code: migration.code ?? null,
    downChecked,
  };
}

function scriptStep(script: MigrationScript | undefined): unknown {
  if (!script) return null;
  return [script.file, script.transaction, script.chunks.map((c) => [c.line, c.column, c.sql])];
}

function digest(text: string): string {
  return digestOf("sha256", text, "hex");
}
