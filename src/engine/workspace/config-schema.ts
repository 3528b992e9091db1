import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { RULES, type RuleId } from "../../core/finding.js";
// The ids alone: the tools' readers are not needed to check a config.
import { LAYOUT_IDS } from "../../core/tools/layout-id.js";
import { TRANSACTION_SETTINGS } from "../../core/tools/transaction-setting.js";

// zod/mini with the English messages only: the classic API carries every locale, and this module is
// loaded by every pre-commit hook of a configured repository.
z.config(en());

const text = () => z.string().check(z.minLength(1));
/** Seconds one statement may run before the replay stops it with a `timeout` finding. */
const seconds = () => z.number().check(z.positive(), z.lte(86_400));

/** A SQLite 3 release: `3.31` or `3.31.1`. */
const sqliteRelease = () => z.string().check(z.regex(/^3\.\d{1,3}(\.\d{1,3})?$/));

export const databaseSchema = z.strictObject({
  name: text(),
  dir: text(),
  layout: z.optional(z.enum(LAYOUT_IDS)),
  pattern: z.optional(text()),
  order: z.optional(text()),
  baseline: z.optional(text()),
  functions: z.optional(text()),
  replacements: z.optional(z.array(z.strictObject({ from: text(), to: z.string() }))),
  exclude: z.optional(z.array(text())),
  down: z.optional(z.enum(["required", "optional", "none"])),
  timeout: z.optional(seconds()),
  /** How the runner wraps migrations, where it differs from the layout's tool (`all`: every pending one in one). */
  transaction: z.optional(z.enum(TRANSACTION_SETTINGS)),
  /** The oldest SQLite the database runs on (`3.31`): SQL newer than it is a `sqlite-version` finding. */
  sqlite: z.optional(sqliteRelease()),
  /** Replay with generated rows in every table (see Replay with data in the README). */
  data: z.optional(z.boolean()),
  /** The project's seed SQL, run after a migration (`after`: its version) or after every up (`every`). */
  seed: z.optional(z.array(z.strictObject({ file: text(), after: text() }))),
  /** Every up is written to be re-run safely: the replay runs it twice and the second run must change nothing. */
  idempotent: z.optional(z.boolean()),
  /** Replays through the project's own tool or scripts on a throwaway SQLite file (code migrations). */
  runner: z.optional(
    z.union([
      text(),
      z.strictObject({
        preset: z.optional(text()),
        up: z.optional(text()),
        down: z.optional(text()),
        to: z.optional(text()),
        env: z.optional(z.record(z.string(), z.string())),
        cwd: z.optional(text()),
        timeout: z.optional(seconds()),
        scripts: z.optional(z.record(z.string().check(z.regex(/^\.?[A-Za-z0-9]+$/)), text())),
        tables: z.optional(z.array(text())),
        before: z.optional(text()),
      }),
    ]),
  ),
});

const severity = z.optional(z.enum(["error", "warning", "off"]));

// One optional key per rule id, unknown keys refused: a record keyed by an enum let "__proto__" through.
const ruleSeverities = z.strictObject(
  Object.fromEntries((Object.keys(RULES) as RuleId[]).map((id) => [id, severity])) as Record<
    RuleId,
    typeof severity
  >,
);

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  databases: z.array(databaseSchema).check(z.minLength(1)),
  /** The branch whose lock file says which migrations are applied (default: origin/HEAD, origin/main, …). */
  baseBranch: z.optional(text()),
  /** The default of every database's `timeout`. */
  timeout: z.optional(seconds()),
  /** The default of every database's `data`. */
  data: z.optional(z.boolean()),
  /** The default of every database's `sqlite`. */
  sqlite: z.optional(sqliteRelease()),
  /** The default of every database's `idempotent`. */
  idempotent: z.optional(z.boolean()),
  /** The SQLite engine replays run on: native (node:sqlite), wasm, or auto (native where the runtime has it). */
  engine: z.optional(z.enum(["auto", "native", "wasm"])),
  /** `replay: true`: the pre-commit guard also replays the staged migrations (downs of new ones only). */
  guard: z.optional(z.strictObject({ replay: z.optional(z.boolean()) })),
  rules: z.optional(ruleSeverities),
});

/** The keys the object at `path` in a config may have (none when `path` leads to no object). */
export function keysAt(path: readonly PropertyKey[]): string[] {
  // Told apart by `def.type`, not by class: `z.core.$ZodObject` would bundle all of zod's core and locales.
  let def = (configSchema as z.core.$ZodType)._zod.def as SchemaDef | undefined;
  for (const step of [...path, undefined]) {
    while (def?.type === "optional") def = def.innerType?._zod.def;
    if (step === undefined) break;
    if (def?.type === "object") def = def.shape?.[String(step)]?._zod.def;
    else if (def?.type === "array") def = def.element?._zod.def;
    else return [];
  }
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** The parts of a schema's definition `keysAt` walks. */
interface SchemaDef {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType | undefined>;
  element?: z.core.$ZodType;
}
